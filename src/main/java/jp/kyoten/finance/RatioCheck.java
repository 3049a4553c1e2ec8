package jp.kyoten.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One limit the final inspection (確定検査) checks, with this year's actual figures:
 * {@code amount} over {@code base} against {@code limitPercent}. The rule's wording is
 * the message {@code finance.rule.<rule>}.
 */
public record RatioCheck(Rule rule, long amount, long base, int limitPercent) {

	/** Within 90 % of its limit a ratio is shown as approaching it. */
	static final BigDecimal NEAR = new BigDecimal("0.9");

	public enum Rule {

		/**
		 * 一般管理費 ≤ 10 % of 人件費 + 事業費: seed 000 §5(3)(2) 「一般管理費については、10%以内」; seed 001 §10
		 * 「一般管理費＝（人件費＋事業費）（再委託・外注費を除く）×一般管理費率」; seed 002 「1. 人件費＋2. 事業費の10%以内」.
		 */
		OVERHEAD,
		/**
		 * 再委託 ≤ 50 % of the whole: seed 001 §10 ⑭ and seed 004 ⑪
		 * 「事業費総額に対する再委託費の割合が50%を超えないか」.
		 */
		SUBCONTRACT

	}

	public enum Level {

		OK, NEAR, OVER

	}

	/** The ratio in percent, one decimal; zero when there is no base yet. */
	@JsonProperty
	public BigDecimal percent() {
		if (base <= 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(amount)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
	}

	@JsonProperty
	public Level level() {
		if (base <= 0) {
			return amount > 0 ? Level.OVER : Level.OK;
		}
		BigDecimal share = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(100));
		BigDecimal limit = BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(limitPercent));
		if (share.compareTo(limit) > 0) {
			return Level.OVER;
		}
		return share.compareTo(limit.multiply(NEAR)) >= 0 ? Level.NEAR : Level.OK;
	}

	/**
	 * The page's bar ({@code <meter>}) is full at one and a half times the limit; its
	 * value is capped there.
	 */
	public BigDecimal barMax() {
		return BigDecimal.valueOf(limitPercent).multiply(new BigDecimal("1.5"));
	}

	public BigDecimal bar() {
		return percent().min(barMax());
	}

	/** Where the bar turns to "approaching the limit". */
	public BigDecimal barNear() {
		return BigDecimal.valueOf(limitPercent).multiply(NEAR);
	}

	/**
	 * Both checks from the totals of the four groups (I 人件費, II 事業費, III 再委託・外注費, IV
	 * 一般管理費).
	 */
	static java.util.List<RatioCheck> of(long personnel, long project, long subcontract, long overhead) {
		long total = personnel + project + subcontract + overhead;
		return java.util.List.of(new RatioCheck(Rule.OVERHEAD, overhead, personnel + project, 10),
				new RatioCheck(Rule.SUBCONTRACT, subcontract, total, 50));
	}

}
