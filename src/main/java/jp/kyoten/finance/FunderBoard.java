package jp.kyoten.finance;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 外部資金 of a fiscal year as a board: a column per stage with its funders and the sums
 * expected and received, and the totals per kind of funds.
 */
public record FunderBoard(int fiscalYear, List<Column> columns, List<KindTotal> kinds) {

	public record Column(FunderStage stage, List<FunderView> funders) {

		@JsonProperty
		public long expected() {
			return funders.stream().mapToLong(FunderView::expected).sum();
		}

		@JsonProperty
		public long received() {
			return funders.stream().mapToLong(FunderView::received).sum();
		}

	}

	public record KindTotal(FunderKind kind, int funders, long expected, long received) {
	}

	/**
	 * Expected from the funders still in the pipeline or who contributed (a declined
	 * funder's hope is gone).
	 */
	@JsonProperty
	public long expected() {
		return columns.stream().filter(c -> c.stage() != FunderStage.DECLINED).mapToLong(Column::expected).sum();
	}

	@JsonProperty
	public long received() {
		return columns.stream().mapToLong(Column::received).sum();
	}

	@JsonProperty
	public int funders() {
		return columns.stream().mapToInt(c -> c.funders().size()).sum();
	}

}
