package jp.kyoten.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.Feedback;

/**
 * The event report (per event and per month, satisfaction per programme against the 90 %
 * target) with its xlsx and PDF exports, paper questionnaires typed in by staff, and the
 * hire/offer follow-up of participant companies.
 */
@Controller
@RequestMapping("/events")
@PreAuthorize(EventPermissions.PLANNERS)
class EventReportsController {

	private final Clock clock;

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Events events;

	private final EventReports reports;

	private final EventReportExport export;

	private final AnswerSurvey survey;

	private final FollowUpCompanies followUp;

	private final jp.kyoten.matching.CompanyProgress progress;

	private final AuditTrail audit;

	private final Feedback feedback;

	private final Hubs hubs;

	EventReportsController(Events events, EventReports reports, EventReportExport export, AnswerSurvey survey,
			FollowUpCompanies followUp, AuditTrail audit, Feedback feedback,
			jp.kyoten.matching.CompanyProgress progress, Hubs hubs, Clock clock) {
		this.hubs = hubs;
		this.clock = clock;
		this.progress = progress;
		this.events = events;
		this.reports = reports;
		this.export = export;
		this.survey = survey;
		this.followUp = followUp;
		this.audit = audit;
		this.feedback = feedback;
	}

	@GetMapping("/{id}/report")
	String eventReport(@PathVariable long id, Model model) {
		model.addAttribute("event", events.get(id));
		model.addAttribute("figures", reports.ofEvent(id));
		return "events/report";
	}

	@GetMapping("/{id}/report.{format:xlsx|pdf}")
	ResponseEntity<byte[]> exportEvent(@PathVariable long id, @PathVariable String format) {
		EventView event = events.get(id);
		return file("event-" + id, format, event.title(), List.of(reports.ofEvent(id)));
	}

	@GetMapping("/reports")
	String monthly(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		YearMonth shown = month != null ? month : YearMonth.now(clock);
		int fiscalYear = FollowUpCompanies.fiscalYear(shown.atDay(1));
		List<EventFigures> rows = reports.ofMonth(shown);
		model.addAttribute("month", shown);
		model.addAttribute("rows", rows);
		List<EventFigures> table = new java.util.ArrayList<>(rows);
		if (!rows.isEmpty()) {
			table.add(EventReports.sum(feedback.say("report.total"), rows));
		}
		model.addAttribute("table", table);
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("programmes", reports.byProgramme(fiscalYear));
		return "events/reports";
	}

	@GetMapping("/reports/{month}.{format:xlsx|pdf}")
	ResponseEntity<byte[]> exportMonth(@PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@PathVariable String format) {
		return file("events-" + month, format,
				feedback.say("report.monthTitle", month.getYear(), month.getMonthValue()), reports.ofMonth(month));
	}

	@GetMapping("/{id}/survey")
	String paperSurvey(@PathVariable long id, Model model) {
		model.addAttribute("event", events.get(id));
		model.addAttribute("surveyForm", SurveyForm.blank(null));
		model.addAttribute("nextActions", NextAction.values());
		return "events/paper-survey";
	}

	@PostMapping("/{id}/survey")
	String enterPaperSurvey(@PathVariable long id, @Valid @ModelAttribute SurveyForm surveyForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		EventView event = events.get(id);
		if (feedback.accepted(result, () -> survey.answer(id, null, surveyForm.answer(), true))) {
			feedback.done(redirect, "survey.paperSaved");
			return "redirect:/events/" + id + "/survey";
		}
		model.addAttribute("event", event);
		model.addAttribute("nextActions", NextAction.values());
		return "events/paper-survey";
	}

	@GetMapping("/follow-up")
	String followUps(@RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean pending, Model model) {
		int fiscalYear = year != null ? year : FollowUpCompanies.fiscalYear(LocalDate.now(clock));
		List<FollowUpCompanies.Participant> participants = followUp.participants(fiscalYear, null, pending);
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("pending", pending);
		model.addAttribute("participants", participants);
		// what came of the participation: the companies' consultations, needs, hand-offs
		// and placements since April
		model.addAttribute("progress",
				progress.of(participants.stream().map(FollowUpCompanies.Participant::companyId).toList(),
						LocalDate.of(fiscalYear, 4, 1)));
		model.addAttribute("statuses", FollowUpStatus.values());
		return "events/follow-up";
	}

	@PostMapping("/follow-up/{companyId}")
	String recordFollowUp(@PathVariable long companyId, @RequestParam int year, @RequestParam FollowUpStatus status,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "false") boolean pending,
			RedirectAttributes redirect) {
		String stripped = note == null || note.isBlank() ? null : note.strip();
		String text = stripped != null && stripped.length() > 1000 ? stripped.substring(0, 1000) : stripped;
		if (feedback.accepted(redirect, () -> followUp.record(companyId, year, status, text))) {
			feedback.done(redirect, "followUp.saved");
		}
		return "redirect:/events/follow-up?year=" + year + "&pending=" + pending;
	}

	private ResponseEntity<byte[]> file(String name, String format, String title, List<EventFigures> rows) {
		Locale locale = LocaleContextHolder.getLocale();
		boolean pdf = "pdf".equals(format);
		byte[] body = pdf ? export.pdf(title, hubs.nameOf(HubScope.require()), LocalDate.now(clock), rows, locale)
				: export.xlsx(title, rows, locale);
		audit.record(AuditAction.EXPORT, "event_report", null, name + "." + format);
		return ResponseEntity.ok()
			.contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format).build().toString())
			.body(body);
	}

}
