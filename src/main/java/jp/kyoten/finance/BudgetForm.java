package jp.kyoten.finance;

import java.util.EnumMap;
import java.util.Map;

/**
 * The budget form: an amount (円) per 経費項目, bound from {@code amounts[TRAVEL]} and so on.
 */
public class BudgetForm {

	private Map<ExpenseCategory, Long> amounts = new EnumMap<>(ExpenseCategory.class);

	public Map<ExpenseCategory, Long> getAmounts() {
		return amounts;
	}

	public void setAmounts(Map<ExpenseCategory, Long> amounts) {
		this.amounts = amounts;
	}

	/** The amounts given, empty fields left out. */
	Map<ExpenseCategory, Long> given() {
		Map<ExpenseCategory, Long> given = new EnumMap<>(ExpenseCategory.class);
		amounts.forEach((c, a) -> {
			if (c != null && a != null) {
				given.put(c, a);
			}
		});
		return given;
	}

}
