package jp.kyoten.finance;

import java.time.LocalDate;

/** An expense to book: date, category, payee, purpose, amount including tax and the tax in it (円). */
public record NewExpense(LocalDate entryDate, ExpenseCategory category, String payee, String purpose, long amount,
		long tax) {
}
