package jp.kyoten.finance;

import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 予算対実績 of a fiscal year: a line per 経費項目, the totals per month and in all, and the ratio
 * checks of the final inspection computed from the actual figures.
 */
public record BudgetReport(int fiscalYear, List<YearMonth> months, List<BudgetLine> lines, List<RatioCheck> ratios) {

	@JsonProperty
	public long budgetTotal() {
		return lines.stream().mapToLong(BudgetLine::budget).sum();
	}

	@JsonProperty
	public long actualTotal() {
		return lines.stream().mapToLong(BudgetLine::actual).sum();
	}

	@JsonProperty
	public List<Long> monthTotals() {
		return java.util.stream.IntStream.range(0, months.size())
			.mapToObj(i -> lines.stream().mapToLong(l -> l.months().get(i)).sum())
			.toList();
	}

}
