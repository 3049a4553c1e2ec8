package jp.kyoten.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Kpi;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly reports of the hub in scope: their versions, and what a version says — the frozen snapshot of a
 * submitted version, or the numbers computed now with the draft's texts.
 */
@Service
@Transactional(readOnly = true)
class MonthlyReports {

	/** One version of a month's report; {@code snapshot} is the frozen {@link MonthlyReportData} once submitted. */
	record Version(long id, YearMonth month, int version, String successStories, String issues, boolean submitted,
			String snapshot, Instant submittedAt, String submittedBy, Instant updatedAt, String updatedBy,
			int lockVersion) {
	}

	/** Ends with a line break, so that whatever clause follows stands apart from the table name. */
	static final String COLUMNS = """
			SELECT id, month, version, success_stories, issues, submitted, snapshot::text, submitted_at, submitted_by,
			       updated_at, updated_by, lock_version
			  FROM monthly_report
			""";

	private final JdbcClient jdbc;

	private final Kpis kpis;

	private final Hubs hubs;

	private final JsonMapper json;

	MonthlyReports(JdbcClient jdbc, Kpis kpis, Hubs hubs, JsonMapper json) {
		this.jdbc = jdbc;
		this.kpis = kpis;
		this.hubs = hubs;
		this.json = json;
	}

	/** The month's versions, newest first. */
	List<Version> versions(YearMonth month) {
		return jdbc.sql(COLUMNS + " WHERE hub_id = ? AND month = ? ORDER BY version DESC")
			.params(HubScope.require(), Date.valueOf(month.atDay(1)))
			.query(MonthlyReports::version)
			.list();
	}

	Optional<Version> latest(YearMonth month) {
		return versions(month).stream().findFirst();
	}

	/** The newest version of each month of the hub that has a report, newest month first. */
	List<Version> recent(int limit) {
		return jdbc.sql(COLUMNS + """
				 WHERE hub_id = ? AND (month, version) IN (
				       SELECT month, max(version) FROM monthly_report WHERE hub_id = ? GROUP BY month)
				 ORDER BY month DESC LIMIT ?""")
			.params(HubScope.require(), HubScope.require(), limit)
			.query(MonthlyReports::version)
			.list();
	}

	/** A version by id; another hub's id is not found. */
	Version get(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = ?")
			.param(id)
			.query(MonthlyReports::version)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("monthly_report", id));
	}

	/** What the version says: its snapshot once submitted, otherwise today's numbers with its texts. */
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

	String snapshot(MonthlyReportData data) {
		return json.writeValueAsString(data);
	}

	/**
	 * The month's report computed now: KPIs for the month and April to the month against the year's targets
	 * (the same {@link Kpis#monthly} the dashboard shows), the month's placements and consultations by issue.
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
		List<MonthlyReportData.KpiLine> lines = Arrays.stream(Kpi.values())
			.map(k -> new MonthlyReportData.KpiLine(k.name(), inMonth.get(k), cumulative.get(k), targets.get(k),
					KpiProgress.rate(cumulative.get(k), targets.get(k))))
			.toList();
		LocalDate from = month.atDay(1);
		LocalDate to = month.plusMonths(1).atDay(1);
		return new MonthlyReportData(hub.getName(), hub.getPrefectureCode(), month.toString(), year.year(), version,
				submittedAt != null, submittedAt, submittedBy, lines,
				kpis.placements(hubId, hub.getPrefectureCode(), from, to, null, null),
				kpis.consultationsByIssue(hubId, from, to), successStories, issues);
	}

	private static Version version(ResultSet rs, int n) throws SQLException {
		Timestamp submittedAt = rs.getTimestamp(8);
		return new Version(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getInt(3), rs.getString(4),
				rs.getString(5), rs.getBoolean(6), rs.getString(7), submittedAt == null ? null : submittedAt.toInstant(),
				rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getInt(12));
	}

}
