package jp.kyoten.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a monthly report (月次報告) says, in codes and numbers: what the exports render
 * and what submitting freezes as the version's snapshot (jsonb). {@code month} is
 * {@code YYYY-MM}.
 * <p>
 * {@code events}, {@code eventTotals} and {@code otherHires} were added after the first
 * versions were submitted: a snapshot frozen before carries null there and is shown as
 * submitted, without those sections.
 */
public record MonthlyReportData(String hubName, String hubPrefecture, String month, int fiscalYear, int version,
		boolean submitted, Instant submittedAt, String submittedBy, List<KpiLine> kpis, List<PlacementRow> placements,
		List<Kpis.IssueCount> consultationsByIssue, String successStories, String issues, List<EventLine> events,
		EventTotals eventTotals, List<OtherHire> otherHires) {

	/**
	 * One indicator of the hub's kind (for a Pro hub one of its five KPIs): the month,
	 * April to the month, the year's target and the cumulative achievement in percent.
	 * Counts are whole numbers; a percentage indicator (満足度, 内定率) carries one decimal, or
	 * null when nothing was measured.
	 */
	public record KpiLine(String kpi, Number month, Number cumulative, Integer target, Double achievement) {
	}

	/**
	 * 協議会やセミナーの開催状況 (seed 000 §5(1)⑤): one event of the month — participant companies are
	 * those with someone checked in, people those checked in; 満足度 is the participant
	 * companies' top-two share, institutions' and talent's apart (EventCounts).
	 */
	public record EventLine(LocalDate day, String kind, String title, String theme, int companies, int people,
			int institutions, int talent, int companyAnswers, BigDecimal satisfaction,
			BigDecimal institutionSatisfaction, BigDecimal talentSatisfaction, int offers) {
	}

	/**
	 * The month's events added up: 延べ参加企業数 (once per event) beside the distinct
	 * companies.
	 */
	public record EventTotals(int events, int people, int companyAttendances, int distinctCompanies,
			BigDecimal satisfaction) {
	}

	/**
	 * A hire the hub took part in by another route than a hand-off to a registered agency
	 * (an event's follow-up): listed beside the KPI placements, not counted in KPI 2.
	 */
	public record OtherHire(LocalDate day, String route, String companyName, String via, String talentName) {
	}

	public long uijTurns() {
		return placements.stream().filter(p -> p.counted() && p.uijTurn().isTurn()).count();
	}

	/**
	 * Whether the version carries the sections added later (a snapshot submitted before
	 * does not).
	 */
	public boolean hasEventSections() {
		return events != null;
	}

}
