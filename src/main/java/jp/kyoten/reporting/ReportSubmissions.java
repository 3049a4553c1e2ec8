package jp.kyoten.reporting;

import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.tenancy.HubScope;

/**
 * What the reporting module publishes about report submissions (for the obligations
 * tracker and the national view): for the hub in scope, when each month's report of a
 * kind was submitted, version by version.
 */
@Service
@Transactional(readOnly = true)
public class ReportSubmissions {

	/**
	 * One submitted version: which report, month and version, and when; nothing of what
	 * it says.
	 */
	public record SubmittedVersion(ReportKind kind, YearMonth month, int version, Instant submittedAt) {
	}

	private final MonthlyReports reports;

	private final JdbcClient jdbc;

	ReportSubmissions(MonthlyReports reports, JdbcClient jdbc) {
		this.reports = reports;
		this.jdbc = jdbc;
	}

	/**
	 * Month → the moment its first version was submitted, for the months of the fiscal
	 * year that have one.
	 */
	public Map<YearMonth, Instant> firstSubmissions(ReportKind kind, int fiscalYear) {
		return reports.firstSubmissions(kind, new FiscalYear(fiscalYear));
	}

	/**
	 * Every submitted version of the hub in scope for months from {@code from} on, oldest
	 * first. One query.
	 */
	public List<SubmittedVersion> submittedSince(YearMonth from) {
		return jdbc.sql("""
				SELECT kind, month, version, submitted_at FROM monthly_report
				 WHERE hub_id = ? AND submitted AND month >= ?
				 ORDER BY month, kind, version""")
			.params(HubScope.require(), Date.valueOf(from.atDay(1)))
			.query((rs, n) -> new SubmittedVersion(ReportKind.valueOf(rs.getString(1)),
					YearMonth.from(rs.getDate(2).toLocalDate()), rs.getInt(3), rs.getTimestamp(4).toInstant()))
			.list();
	}

}
