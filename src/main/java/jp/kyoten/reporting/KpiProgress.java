package jp.kyoten.reporting;

import jp.kyoten.hub.Kpi;

/**
 * One KPI of a fiscal year against its target and against the straight-line pace for a
 * day: {@code pace} is what the target calls for by then (target × share of the year
 * gone). Without a target, the percentages are null.
 */
record KpiProgress(Kpi kpi, int actual, Integer target, Double achievement, Double pace, Boolean ahead) {

	static KpiProgress of(Kpi kpi, int actual, Integer target, double elapsed) {
		if (target == null) {
			return new KpiProgress(kpi, actual, null, null, null, null);
		}
		double pace = target * elapsed;
		return new KpiProgress(kpi, actual, target, rate(actual, target), pace, actual >= pace);
	}

	/**
	 * Achievement in percent, one decimal; null without a target, and for a target of 0.
	 */
	static Double rate(int actual, Integer target) {
		if (target == null || target == 0) {
			return null;
		}
		return Math.round(actual * 1000.0 / target) / 10.0;
	}

	/** Achievement of the pace in percent (100 = exactly on pace). */
	public Double paceRate() {
		return pace == null || pace == 0 ? null : Math.round(actual * 1000.0 / pace) / 10.0;
	}

}
