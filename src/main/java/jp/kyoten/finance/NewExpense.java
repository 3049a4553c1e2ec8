package jp.kyoten.finance;

import java.time.LocalDate;

/**
 * An expense to book: date, category, payee, purpose, amount including tax and the tax in
 * it (円), and the event or activity it was for where one applies ({@code linkKind} and
 * {@code linkId} both or neither).
 */
public record NewExpense(LocalDate entryDate, ExpenseCategory category, String payee, String purpose, long amount,
		long tax, LinkKind linkKind, Long linkId) {

	/** An expense for nothing in particular (rent, supplies). */
	public NewExpense(LocalDate entryDate, ExpenseCategory category, String payee, String purpose, long amount,
			long tax) {
		this(entryDate, category, payee, purpose, amount, tax, null, null);
	}

}
