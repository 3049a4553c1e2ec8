package jp.kyoten.finance;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One 経費項目 of a fiscal year: its budget, what was spent in each month from April to
 * March, and in all. For the categories staff are paid on, {@code fromWork} is what their
 * work days give over the year and {@code notBooked} what of it the ledger does not hold
 * yet (both null for the other categories, and where no work was recorded).
 */
public record BudgetLine(ExpenseCategory category, long budget, List<Long> months, Long fromWork, Long notBooked) {

	@JsonProperty
	public long actual() {
		return months.stream().mapToLong(Long::longValue).sum();
	}

	@JsonProperty
	public long remaining() {
		return budget - actual();
	}

	@JsonProperty
	public boolean overBudget() {
		return actual() > budget;
	}

}
