package jp.kyoten.finance;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One 経費項目 of a fiscal year: its budget, what was spent in each month from April to March, and in all. */
public record BudgetLine(ExpenseCategory category, long budget, List<Long> months) {

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
