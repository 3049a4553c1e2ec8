package jp.kyoten.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.Feedback;

/**
 * The monthly report (月次報告) pages: pick a month, read it (its newest version, or any
 * version of its history), write the texts and submit (managers), start a correction, and
 * export a version as xlsx, PDF or CSV.
 */
@Controller
@RequestMapping("/reports/monthly")
@PreAuthorize(ReportingRoles.READERS)
class MonthlyReportController {

	private final Clock clock;

	/**
	 * The manager's texts; {@code lockVersion} is the draft's as the page showed it
	 * (null: no draft yet).
	 */
	record TextsForm(@Size(max = WriteMonthlyReport.MAX_TEXT) String successStories,
			@Size(max = WriteMonthlyReport.MAX_TEXT) String issues, Integer lockVersion) {
	}

	private final MonthlyReports reports;

	private final WriteMonthlyReport write;

	private final MonthlyReportDocument documents;

	private final ReportFiles files;

	private final Feedback feedback;

	MonthlyReportController(MonthlyReports reports, WriteMonthlyReport write, MonthlyReportDocument documents,
			ReportFiles files, Clock clock, Feedback feedback) {
		this.feedback = feedback;
		this.clock = clock;
		this.reports = reports;
		this.write = write;
		this.documents = documents;
		this.files = files;
	}

	@GetMapping
	String index(@RequestParam(required = false) String month, Model model) {
		if (month != null && !month.isBlank()) {
			return "redirect:/reports/monthly/" + month(month);
		}
		model.addAttribute("recent", reports.recent(24));
		model.addAttribute("base", "/reports/monthly");
		model.addAttribute("titleKey", "report.title");
		model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1).toString());
		return "reporting/monthly-index";
	}

	@GetMapping("/{month}")
	String show(@PathVariable String month, Model model) {
		YearMonth m = month(month);
		Optional<MonthlyReports.Version> latest = reports.latest(m);
		TextsForm form = latest.filter(v -> !v.submitted())
			.map(v -> new TextsForm(v.successStories(), v.issues(), v.lockVersion()))
			.orElse(new TextsForm("", "", null));
		return page(m, latest.orElse(null), form, model);
	}

	@GetMapping("/versions/{id}")
	String version(@PathVariable long id, Model model) {
		MonthlyReports.Version v = reports.get(id);
		model.addAttribute("viewingHistory", true);
		return page(v.month(), v, null, model);
	}

	@PostMapping("/{month}/texts")
	@PreAuthorize(ReportingRoles.EDITORS)
	String saveTexts(@PathVariable String month, @Valid @ModelAttribute("form") TextsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		YearMonth m = month(month);
		if (feedback.accepted(result,
				() -> write.saveTexts(m, form.successStories(), form.issues(), form.lockVersion()))) {
			feedback.done(redirect, "report.saved");
			return "redirect:/reports/monthly/" + m;
		}
		String view = page(m, reports.latest(m).orElse(null), form, model);
		// the form comes back with what was typed, whatever happened to the report
		// meanwhile
		model.addAttribute("editable", true);
		return view;
	}

	@PostMapping("/{month}/submit")
	@PreAuthorize(ReportingRoles.EDITORS)
	String submit(@PathVariable String month, @RequestParam int lockVersion, RedirectAttributes redirect) {
		YearMonth m = month(month);
		return feedback.redirect(redirect, "/reports/monthly/" + m, "report.submittedNow",
				() -> write.submit(m, lockVersion));
	}

	@PostMapping("/{month}/correct")
	@PreAuthorize(ReportingRoles.EDITORS)
	String correct(@PathVariable String month, RedirectAttributes redirect) {
		YearMonth m = month(month);
		return feedback.redirect(redirect, "/reports/monthly/" + m, "report.correcting", () -> write.correct(m));
	}

	/**
	 * The month's newest version (or, with none yet, the numbers as of now) as
	 * {@code xlsx}, {@code pdf} or {@code csv}.
	 */
	@GetMapping("/{month}/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String month, @PathVariable String format,
			@RequestParam(required = false) String charset) {
		YearMonth m = month(month);
		MonthlyReportData data = reports.latest(m).map(reports::data).orElseGet(() -> reports.unwritten(m));
		return file(data, format, charset);
	}

	@GetMapping("/versions/{id}/export.{format}")
	ResponseEntity<byte[]> exportVersion(@PathVariable long id, @PathVariable String format,
			@RequestParam(required = false) String charset) {
		return file(reports.data(reports.get(id)), format, charset);
	}

	private ResponseEntity<byte[]> file(MonthlyReportData data, String format, String charset) {
		return files.file(documents.of(data), documents.fileName(data), data.month(), format, charset, "monthly_report",
				data.month() + " v" + data.version());
	}

	private String page(YearMonth month, MonthlyReports.Version version, TextsForm form, Model model) {
		MonthlyReportData data = version == null ? reports.unwritten(month) : reports.data(version);
		model.addAttribute("monthLabel", month.getYear() + "-" + month.getMonthValue());
		VersionedReportPage.fill(model, month, data, version, reports.versions(month), form);
		return "reporting/monthly";
	}

	private static YearMonth month(String value) {
		return ReportFiles.month(value);
	}

}
