package jp.kyoten.reporting;

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

import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.Feedback;

/**
 * The METI talent programme's 実績報告 (due by the 15th of the next month), for hubs of kind
 * TALENT_PROGRAMME only: read a month (its newest version or any of its history), write
 * the notes and submit (managers), correct, export a version as xlsx, PDF or CSV.
 * Versions freeze on submission as the monthly report's do.
 */
@Controller
@RequestMapping("/reports/meti")
@PreAuthorize(ReportingRoles.READERS)
class MetiReportController {

	record NotesForm(@Size(max = WriteMonthlyReport.MAX_TEXT) String notes, Integer lockVersion) {
	}

	private final MonthlyReports reports;

	private final MetiReports meti;

	private final WriteMonthlyReport write;

	private final MetiReportDocument documents;

	private final ReportFiles files;

	private final Hubs hubs;

	private final java.time.Clock clock;

	private final Feedback feedback;

	MetiReportController(MonthlyReports reports, MetiReports meti, WriteMonthlyReport write,
			MetiReportDocument documents, ReportFiles files, Hubs hubs, java.time.Clock clock, Feedback feedback) {
		this.feedback = feedback;
		this.clock = clock;
		this.reports = reports;
		this.meti = meti;
		this.write = write;
		this.documents = documents;
		this.files = files;
		this.hubs = hubs;
	}

	@GetMapping
	String index(@RequestParam(required = false) String month, Model model) {
		talentProgramme();
		if (month != null && !month.isBlank()) {
			return "redirect:/reports/meti/" + ReportFiles.month(month);
		}
		model.addAttribute("recent", reports.recent(ReportKind.METI, 24));
		model.addAttribute("base", "/reports/meti");
		model.addAttribute("titleKey", "meti.title");
		model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1).toString());
		return "reporting/monthly-index";
	}

	@GetMapping("/{month}")
	String show(@PathVariable String month, Model model) {
		YearMonth m = ReportFiles.month(month);
		talentProgramme();
		Optional<MonthlyReports.Version> latest = reports.latest(ReportKind.METI, m);
		NotesForm form = latest.filter(v -> !v.submitted())
			.map(v -> new NotesForm(v.successStories(), v.lockVersion()))
			.orElse(new NotesForm("", null));
		return page(m, latest.orElse(null), form, model);
	}

	@GetMapping("/versions/{id}")
	String version(@PathVariable long id, Model model) {
		talentProgramme();
		MonthlyReports.Version v = reports.get(ReportKind.METI, id);
		model.addAttribute("viewingHistory", true);
		return page(v.month(), v, null, model);
	}

	@PostMapping("/{month}/notes")
	@PreAuthorize(ReportingRoles.EDITORS)
	String saveNotes(@PathVariable String month, @Valid @ModelAttribute("form") NotesForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		YearMonth m = ReportFiles.month(month);
		talentProgramme();
		if (feedback.accepted(result,
				() -> write.saveTexts(ReportKind.METI, m, form.notes(), "", form.lockVersion()))) {
			feedback.done(redirect, "report.saved");
			return "redirect:/reports/meti/" + m;
		}
		String view = page(m, reports.latest(ReportKind.METI, m).orElse(null), form, model);
		model.addAttribute("editable", true);
		return view;
	}

	@PostMapping("/{month}/submit")
	@PreAuthorize(ReportingRoles.EDITORS)
	String submit(@PathVariable String month, @RequestParam int lockVersion, RedirectAttributes redirect) {
		YearMonth m = ReportFiles.month(month);
		talentProgramme();
		return act(m, redirect, "report.submittedNow", () -> write.submit(ReportKind.METI, m, lockVersion));
	}

	@PostMapping("/{month}/correct")
	@PreAuthorize(ReportingRoles.EDITORS)
	String correct(@PathVariable String month, RedirectAttributes redirect) {
		YearMonth m = ReportFiles.month(month);
		talentProgramme();
		return act(m, redirect, "report.correcting", () -> write.correct(ReportKind.METI, m));
	}

	@GetMapping("/{month}/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String month, @PathVariable String format,
			@RequestParam(required = false) String charset) {
		YearMonth m = ReportFiles.month(month);
		talentProgramme();
		MetiReportData data = reports.latest(ReportKind.METI, m)
			.map(v -> reports.metiData(v, meti))
			.orElseGet(() -> meti.compute(m, 0, "", null, null));
		return file(data, format, charset);
	}

	@GetMapping("/versions/{id}/export.{format}")
	ResponseEntity<byte[]> exportVersion(@PathVariable long id, @PathVariable String format,
			@RequestParam(required = false) String charset) {
		talentProgramme();
		return file(reports.metiData(reports.get(ReportKind.METI, id), meti), format, charset);
	}

	private ResponseEntity<byte[]> file(MetiReportData data, String format, String charset) {
		return files.file(documents.of(data), documents.fileName(data), data.month(), format, charset, "meti_report",
				data.month() + " v" + data.version());
	}

	private String act(YearMonth m, RedirectAttributes redirect, String doneKey, Runnable action) {
		return feedback.redirect(redirect, "/reports/meti/" + m, doneKey, action);
	}

	private String page(YearMonth month, MonthlyReports.Version version, NotesForm form, Model model) {
		MetiReportData data = version == null ? meti.compute(month, 0, "", null, null)
				: reports.metiData(version, meti);
		VersionedReportPage.fill(model, month, data, version, reports.versions(ReportKind.METI, month), form);
		return "reporting/meti";
	}

	/** The 実績報告 belongs to the METI talent programme; other hubs have no such page. */
	private void talentProgramme() {
		if (hubs.kindOf(HubScope.require()) != HubKind.TALENT_PROGRAMME) {
			throw new RecordNotFoundException("meti report", HubScope.require());
		}
	}

}
