package jp.kyoten.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One KPI of a hub's scorecard over the roadmap's three fiscal years: the target and the
 * actual of each year side by side (an actual is null where the year has not begun, or a
 * manual KPI's value was not entered).
 */
public record ScorecardKpi(long id, Perspective perspective, String name, KpiMeasure measure, KpiUnit unit,
		List<BigDecimal> targets, List<BigDecimal> actuals) {

	public boolean computed() {
		return measure.computed();
	}

	/**
	 * A target or an actual as the page prints it: thousands grouped, one decimal where
	 * there is one; null blank.
	 */
	public String shown(BigDecimal value) {
		return value == null ? "" : new java.text.DecimalFormat("#,##0.#").format(value);
	}

	/**
	 * Achievement of year {@code i} (0–2) in percent, whole; null without a target or an
	 * actual.
	 */
	@JsonProperty
	public List<BigDecimal> achievements() {
		return java.util.stream.IntStream.range(0, 3).mapToObj(this::achievement).toList();
	}

	public BigDecimal achievement(int i) {
		BigDecimal target = targets.get(i);
		BigDecimal actual = actuals.get(i);
		if (target == null || actual == null || target.signum() == 0) {
			return null;
		}
		return actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP);
	}

}
