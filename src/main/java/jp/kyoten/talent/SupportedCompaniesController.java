package jp.kyoten.talent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.Feedback;

/**
 * The supported-company programmes: the year's enrolled companies with the spot-support
 * companies not yet followed up, one company's sessions and measures, and the monthly
 * report per company.
 */
@Controller
@RequestMapping("/supported-companies")
@PreAuthorize(TalentPermissions.STAFF)
class SupportedCompaniesController {

	private final SupportedCompanies supported;

	private final Feedback feedback;

	private final Clock clock;

	SupportedCompaniesController(SupportedCompanies supported, Feedback feedback, Clock clock) {
		this.supported = supported;
		this.feedback = feedback;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer fiscalYear, Model model) {
		int year = year(fiscalYear);
		model.addAttribute("year", year);
		model.addAttribute("enrolments", supported.ofYear(year));
		model.addAttribute("notFollowedUp", supported.notFollowedUp(year));
		model.addAttribute("programmes", SupportedCompanies.Programme.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1).toString());
		return "talent/supported-companies";
	}

	@PostMapping
	String enrol(@RequestParam(required = false) Long companyId,
			@RequestParam(required = false) SupportedCompanies.Programme programme,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selectedOn,
			@RequestParam(required = false) String selectionMethod,
			@RequestParam(required = false) String selectionReason,
			@RequestParam(required = false) Integer plannedSessions, @RequestParam(required = false) String outline,
			RedirectAttributes redirect) {
		int year = Hubs.fiscalYearOf(selectedOn == null ? LocalDate.now(clock) : selectedOn);
		return feedback.redirect(redirect, "/supported-companies?fiscalYear=" + year, "support.enrolledNow", () -> {
			if (companyId == null) {
				throw new jp.kyoten.platform.BusinessRuleException("support.companyUnknown");
			}
			supported.enrol(new SupportedCompanies.NewEnrolment(companyId, programme, year, selectedOn, selectionMethod,
					selectionReason, plannedSessions, outline));
		});
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("enrolment", supported.get(id));
		model.addAttribute("sessions", supported.sessions(id));
		model.addAttribute("measures", supported.measures(id));
		model.addAttribute("today", LocalDate.now(clock));
		return "talent/supported-company";
	}

	@PostMapping("/{id}/sessions")
	String log(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String format,
			@RequestParam(required = false) String issues, @RequestParam(required = false) String supportGiven,
			@RequestParam(required = false) String improvement, @RequestParam(required = false) String nextDirection,
			@RequestParam(defaultValue = "false") boolean bureauPresent, RedirectAttributes redirect) {
		supported.get(id);
		return feedback.redirect(redirect, "/supported-companies/" + id, "support.sessionSaved",
				() -> supported.log(id, new SupportedCompanies.NewSession(heldOn, kind, format, issues, supportGiven,
						improvement, nextDirection, bureauPresent)));
	}

	@PostMapping("/{id}/measures")
	String measure(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String unit, @RequestParam(required = false) BigDecimal before,
			@RequestParam(required = false) BigDecimal after, RedirectAttributes redirect) {
		supported.get(id);
		return feedback.redirect(redirect, "/supported-companies/" + id, "support.measureSaved",
				() -> supported.measure(id, name, unit, before, after));
	}

	/** The monthly report per company (yyyy-MM), to print or send to the bureau. */
	@GetMapping("/report/{month}")
	String monthly(@PathVariable String month, Model model) {
		YearMonth m;
		try {
			m = YearMonth.parse(month);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new RecordNotFoundException("month", month);
		}
		int year = Hubs.fiscalYearOf(m.atDay(1));
		model.addAttribute("month", m);
		model.addAttribute("entries", supported.monthly(m, year));
		model.addAttribute("year", year);
		return "talent/supported-report";
	}

	private int year(Integer fiscalYear) {
		return fiscalYear != null && fiscalYear >= 2000 && fiscalYear <= 2100 ? fiscalYear
				: Hubs.fiscalYearOf(LocalDate.now(clock));
	}

}
