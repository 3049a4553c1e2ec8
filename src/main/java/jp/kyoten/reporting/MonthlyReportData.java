package jp.kyoten.reporting;

import java.time.Instant;
import java.util.List;

/**
 * Everything a monthly report (月次報告) says, in codes and numbers: what the exports render and what submitting
 * freezes as the version's snapshot (jsonb). {@code month} is {@code YYYY-MM}.
 */
record MonthlyReportData(String hubName, String hubPrefecture, String month, int fiscalYear, int version,
		boolean submitted, Instant submittedAt, String submittedBy, List<KpiLine> kpis, List<PlacementRow> placements,
		List<Kpis.IssueCount> consultationsByIssue, String successStories, String issues) {

	/** One KPI: the month, April to the month, the year's target and the cumulative achievement in percent. */
	record KpiLine(String kpi, int month, int cumulative, Integer target, Double achievement) {
	}

	public long uijTurns() {
		return placements.stream().filter(p -> p.uijTurn().isTurn()).count();
	}

}
