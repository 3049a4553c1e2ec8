package jp.kyoten.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The hub's reports as JSON: the monthly report (月次報告) and the METI 実績報告 of a month —
 * what the newest version says (its frozen snapshot once submitted, otherwise the numbers
 * as of now), or the version asked for, and the list of the month's versions.
 */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize(ReportingRoles.READERS)
@Tag(name = "reports", description = "Monthly report (月次報告) and METI results report (実績報告) with their versions")
class ReportsApiController {

	/** One version of a month's report. */
	record VersionInfo(long id, int version, boolean submitted, Instant submittedAt, String submittedBy) {
	}

	record MonthlyReportResponse(String month, List<VersionInfo> versions, MonthlyReportData report) {
	}

	record MetiReportResponse(String month, List<VersionInfo> versions, MetiReportData report) {
	}

	private final MonthlyReports reports;

	private final MetiReports meti;

	private final Hubs hubs;

	ReportsApiController(MonthlyReports reports, MetiReports meti, Hubs hubs) {
		this.reports = reports;
		this.meti = meti;
		this.hubs = hubs;
	}

	@GetMapping("/monthly/{month}")
	@Operation(summary = "The monthly report of a month (yyyy-mm): the newest version's figures, or those of "
			+ "?version=n; version 0 means no version exists yet and the figures are as of now")
	MonthlyReportResponse monthly(@PathVariable String month,
			@Parameter(description = "a version number of the month") @RequestParam(required = false) Integer version) {
		YearMonth m = ReportFiles.month(month);
		List<MonthlyReports.Version> versions = reports.versions(ReportKind.MONTHLY, m);
		MonthlyReportData data = pick(versions, version).map(reports::data).orElseGet(() -> reports.unwritten(m));
		return new MonthlyReportResponse(m.toString(), infos(versions), data);
	}

	@GetMapping("/meti/{month}")
	@Operation(summary = "The METI results report (実績報告, TALENT_PROGRAMME hubs) of a month (yyyy-mm), due the 15th "
			+ "of the next month: the newest version's figures, or those of ?version=n")
	MetiReportResponse meti(@PathVariable String month, @RequestParam(required = false) Integer version) {
		YearMonth m = ReportFiles.month(month);
		if (hubs.kindOf(HubScope.require()) != HubKind.TALENT_PROGRAMME) {
			throw new RecordNotFoundException("meti report", m);
		}
		List<MonthlyReports.Version> versions = reports.versions(ReportKind.METI, m);
		MetiReportData data = pick(versions, version).map(v -> reports.metiData(v, meti))
			.orElseGet(() -> meti.compute(m, 0, "", null, null));
		return new MetiReportResponse(m.toString(), infos(versions), data);
	}

	private static java.util.Optional<MonthlyReports.Version> pick(List<MonthlyReports.Version> versions,
			Integer version) {
		if (version == null) {
			return versions.stream().findFirst();
		}
		return java.util.Optional.of(versions.stream()
			.filter(v -> v.version() == version)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("report version", version)));
	}

	private static List<VersionInfo> infos(List<MonthlyReports.Version> versions) {
		return versions.stream()
			.map(v -> new VersionInfo(v.id(), v.version(), v.submitted(), v.submittedAt(), v.submittedBy()))
			.toList();
	}

}
