package jp.kyoten.reporting;

import java.time.YearMonth;
import java.util.List;

import org.springframework.ui.Model;

/**
 * The month page of a versioned report (月次報告, 実績報告): the month and its neighbours, the
 * version shown, the history, and whether the month can still be written or only
 * corrected. One place, so both reports keep one rule for when a submitted version is
 * frozen.
 */
final class VersionedReportPage {

	private VersionedReportPage() {
	}

	/** {@code form} is null on a version's own page, which is read-only. */
	static void fill(Model model, YearMonth month, Object report, MonthlyReports.Version version,
			List<MonthlyReports.Version> versions, Object form) {
		MonthlyReports.Version latest = versions.isEmpty() ? null : versions.get(0);
		model.addAttribute("month", month.toString());
		model.addAttribute("wareki", MonthlyReportDocument.wareki(month));
		model.addAttribute("previousMonth", month.minusMonths(1).toString());
		model.addAttribute("nextMonth", month.plusMonths(1).toString());
		model.addAttribute("report", report);
		model.addAttribute("version", version);
		model.addAttribute("versions", versions);
		model.addAttribute("isLatest", version == null || latest == null || latest.id() == version.id());
		boolean onMonthPage = form != null;
		model.addAttribute("draft", latest != null && !latest.submitted() ? latest : null);
		model.addAttribute("editable", onMonthPage && (latest == null || !latest.submitted()));
		model.addAttribute("canCorrect", onMonthPage && latest != null && latest.submitted());
		if (onMonthPage && !model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
	}

}
