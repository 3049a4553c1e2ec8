package jp.kyoten.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.events.EventCounts;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Kpi;
import jp.kyoten.matching.OtherHires;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly reports of the hub in scope: their versions, and what a version says — the
 * frozen snapshot of a submitted version, or the numbers computed now with the draft's
 * texts.
 */
@Service
@Transactional(readOnly = true)
public class MonthlyReports {

	/**
	 * One version of a month's report; {@code snapshot} is the frozen
	 * {@link MonthlyReportData} once submitted.
	 */
	public record Version(long id, YearMonth month, int version, String successStories, String issues,
			boolean submitted, String snapshot, Instant submittedAt, String submittedBy, Instant updatedAt,
			String updatedBy, int lockVersion, ReportKind kind) {
	}

	/**
	 * Ends with a line break, so that whatever clause follows stands apart from the table
	 * name.
	 */
	static final String COLUMNS = """
			SELECT id, month, version, success_stories, issues, submitted, snapshot::text, submitted_at, submitted_by,
			       updated_at, updated_by, lock_version, kind
			  FROM monthly_report
			""";

	private final JdbcClient jdbc;

	private final Kpis kpis;

	private final Hubs hubs;

	private final JsonMapper json;

	private final EventCounts events;

	private final IndicatorSets indicators;

	private final OtherHires otherHires;

	MonthlyReports(JdbcClient jdbc, Kpis kpis, Hubs hubs, JsonMapper json, EventCounts events, IndicatorSets indicators,
			OtherHires otherHires) {
		this.indicators = indicators;
		this.otherHires = otherHires;
		this.jdbc = jdbc;
		this.kpis = kpis;
		this.hubs = hubs;
		this.json = json;
		this.events = events;
	}

	/** The month's versions of the monthly report, newest first. */
	List<Version> versions(YearMonth month) {
		return versions(ReportKind.MONTHLY, month);
	}

	/** The month's versions of a report, newest first. */
	List<Version> versions(ReportKind kind, YearMonth month) {
		return jdbc.sql(COLUMNS + " WHERE hub_id = ? AND kind = ? AND month = ? ORDER BY version DESC")
			.params(HubScope.require(), kind.name(), Date.valueOf(month.atDay(1)))
			.query(MonthlyReports::version)
			.list();
	}

	Optional<Version> latest(YearMonth month) {
		return latest(ReportKind.MONTHLY, month);
	}

	Optional<Version> latest(ReportKind kind, YearMonth month) {
		return versions(kind, month).stream().findFirst();
	}

	/**
	 * The newest version of each month of the hub that has a monthly report, newest month
	 * first.
	 */
	List<Version> recent(int limit) {
		return recent(ReportKind.MONTHLY, limit);
	}

	List<Version> recent(ReportKind kind, int limit) {
		return jdbc.sql(COLUMNS + """
				WHERE hub_id = ? AND kind = ? AND (month, version) IN (
				      SELECT month, max(version) FROM monthly_report WHERE hub_id = ? AND kind = ? GROUP BY month)
				ORDER BY month DESC LIMIT ?""")
			.params(HubScope.require(), kind.name(), HubScope.require(), kind.name(), limit)
			.query(MonthlyReports::version)
			.list();
	}

	/**
	 * A monthly report's version by id; another hub's id, or another report's, is not
	 * found.
	 */
	Version get(long id) {
		return get(ReportKind.MONTHLY, id);
	}

	Version get(ReportKind kind, long id) {
		return jdbc.sql(COLUMNS + " WHERE id = ? AND kind = ?")
			.params(id, kind.name())
			.query(MonthlyReports::version)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("monthly_report", id));
	}

	/**
	 * The first submission of each month of the fiscal year (the obligations tracker asks
	 * whether each month was reported by its deadline): month → when its first version
	 * was submitted. One query.
	 */
	Map<YearMonth, Instant> firstSubmissions(ReportKind kind, FiscalYear year) {
		Map<YearMonth, Instant> months = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				SELECT month, min(submitted_at) FROM monthly_report
				 WHERE hub_id = ? AND kind = ? AND submitted AND month >= ? AND month < ?
				 GROUP BY month ORDER BY month""")
			.params(HubScope.require(), kind.name(), Date.valueOf(year.start()), Date.valueOf(year.end()))
			.query((rs, n) -> months.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getTimestamp(2).toInstant()))
			.list();
		return months;
	}

	/**
	 * What the version says: its snapshot once submitted, otherwise today's numbers with
	 * its texts.
	 */
	MonthlyReportData data(Version v) {
		if (v.submitted()) {
			return json.readValue(v.snapshot(), MonthlyReportData.class);
		}
		return compute(v.month(), v.version(), v.successStories(), v.issues(), null, null);
	}

	/** The month as no version says it yet: today's numbers, no texts. */
	MonthlyReportData unwritten(YearMonth month) {
		return compute(month, 0, "", "", null, null);
	}

	/**
	 * What a submitted METI version says (its snapshot), or the numbers computed now for
	 * a draft.
	 */
	MetiReportData metiData(Version v, MetiReports meti) {
		if (v.submitted()) {
			return json.readValue(v.snapshot(), MetiReportData.class);
		}
		return meti.compute(v.month(), v.version(), v.successStories(), null, null);
	}

	String snapshot(Object data) {
		return json.writeValueAsString(data);
	}

	/**
	 * The month's report computed now: KPIs for the month and April to the month against
	 * the year's targets (the same {@link Kpis#monthly} the dashboard shows), the month's
	 * placements (with 実際の就職; those whose talent did not join are listed, not counted),
	 * consultations by issue, the month's events (協議会やセミナーの開催状況, from the events module's
	 * {@link EventCounts}) and the hires through events beside the KPI placements.
	 */
	MonthlyReportData compute(YearMonth month, int version, String successStories, String issues, Instant submittedAt,
			String submittedBy) {
		long hubId = HubScope.require();
		Hub hub = hubs.get(hubId);
		FiscalYear year = FiscalYear.of(month);
		Map<YearMonth, KpiFigures> monthly = kpis.monthly(hubId, year);
		KpiFigures inMonth = monthly.get(month);
		KpiFigures cumulative = Kpis.cumulative(monthly, month);
		Map<Kpi, Integer> targets = hubs.targets(hubId, year.year());
		LocalDate from = month.atDay(1);
		LocalDate to = month.plusMonths(1).atDay(1);
		List<MonthlyReportData.KpiLine> lines = hub.getKind() == jp.kyoten.hub.HubKind.PRO_TALENT
				? Arrays.stream(Kpi.values())
					.map(k -> new MonthlyReportData.KpiLine(k.name(), inMonth.get(k), cumulative.get(k), targets.get(k),
							KpiProgress.rate(cumulative.get(k), targets.get(k))))
					.toList()
				: indicatorLines(hubId, hub.getKind(), year, from, to);
		List<EventCounts.EventSummary> summaries = events.events(from, to);
		List<MonthlyReportData.EventLine> eventLines = summaries.stream()
			.map(e -> new MonthlyReportData.EventLine(e.day(), e.kind(), e.title(), e.theme(), e.companies(),
					e.people(), e.institutions(), e.talent(), e.companyAnswers(), e.satisfaction(),
					e.institutionSatisfaction(), e.talentSatisfaction(), e.offers()))
			.toList();
		EventCounts.Totals t = EventCounts.add(summaries, events.distinctCompanies(from, to, List.of()));
		// 「実際の就職」 beside the placements (seed 000 §5(1)⑤): every hire the hub took part
		// in by another route than a
		// hand-off — after an event's follow-up, introduced by the hub, through an
		// institution — listed, never in KPI 2.
		List<MonthlyReportData.OtherHire> hires = Stream
			.concat(events.hires(from, to)
				.stream()
				.map(h -> new MonthlyReportData.OtherHire(h.offeredOn(), "EVENT_FOLLOW_UP", h.companyName(),
						h.eventTitle(), h.talentName())),
					otherHires.between(from, to)
						.stream()
						.map(h -> new MonthlyReportData.OtherHire(h.hiredOn(), h.route().name(), h.companyName(),
								h.via(), h.talentName())))
			.sorted(Comparator.comparing(MonthlyReportData.OtherHire::day))
			.toList();
		return new MonthlyReportData(hub.getName(), hub.getPrefectureCode(), month.toString(), year.year(), version,
				submittedAt != null, submittedAt, submittedBy, lines,
				kpis.placements(hubId, hub.getPrefectureCode(), from, to, null, null, true),
				kpis.consultationsByIssue(hubId, from, to), successStories, issues, eventLines,
				new MonthlyReportData.EventTotals(t.events(), t.people(), t.companyAttendances(), t.distinctCompanies(),
						t.satisfaction()),
				hires);
	}

	/**
	 * The indicator set of a TALENT_PROGRAMME or YOROZU hub: the month and April to the
	 * month against the targets.
	 */
	private List<MonthlyReportData.KpiLine> indicatorLines(long hubId, jp.kyoten.hub.HubKind kind, FiscalYear year,
			LocalDate from, LocalDate to) {
		Map<jp.kyoten.hub.Indicator, java.math.BigDecimal> inMonth = indicators.actuals(hubId, kind, from, to);
		Map<jp.kyoten.hub.Indicator, java.math.BigDecimal> sofar = indicators.actuals(hubId, kind, year.start(), to);
		Map<jp.kyoten.hub.Indicator, Integer> targets = hubs.indicatorTargets(hubId, year.year());
		return inMonth.keySet()
			.stream()
			.map(i -> new MonthlyReportData.KpiLine(i.name(), inMonth.get(i), sofar.get(i), targets.get(i),
					IndicatorSets.achievement(sofar.get(i), targets.get(i))))
			.toList();
	}

	private static Version version(ResultSet rs, int n) throws SQLException {
		Timestamp submittedAt = rs.getTimestamp(8);
		return new Version(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getInt(3), rs.getString(4),
				rs.getString(5), rs.getBoolean(6), rs.getString(7),
				submittedAt == null ? null : submittedAt.toInstant(), rs.getString(9), rs.getTimestamp(10).toInstant(),
				rs.getString(11), rs.getInt(12), ReportKind.valueOf(rs.getString(13)));
	}

}
