package jp.kyoten.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reporting module publishes about report submissions (for the obligations tracker): for the hub in scope,
 * when each month's report of a kind was first submitted.
 */
@Service
@Transactional(readOnly = true)
public class ReportSubmissions {

	private final MonthlyReports reports;

	ReportSubmissions(MonthlyReports reports) {
		this.reports = reports;
	}

	/** Month → the moment its first version was submitted, for the months of the fiscal year that have one. */
	public Map<YearMonth, Instant> firstSubmissions(ReportKind kind, int fiscalYear) {
		return reports.firstSubmissions(kind, new FiscalYear(fiscalYear));
	}

}
