package jp.kyoten.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

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

import jp.kyoten.directory.Companies;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.schedule.AppointmentView;
import jp.kyoten.schedule.Appointments;
import jp.kyoten.platform.web.Feedback;

/**
 * Company visits: recorded from the appointment in one step, listed, shown and revised.
 */
@Controller
@RequestMapping("/visits")
@PreAuthorize(ActivityRoles.STAFF)
class VisitsController {

	private final Clock clock;

	private final Visits visits;

	private final Appointments appointments;

	private final Companies companies;

	private final Consultations consultations;

	private final UserAccounts accounts;

	private final Feedback feedback;

	VisitsController(Visits visits, Appointments appointments, Companies companies, Consultations consultations,
			UserAccounts accounts, Feedback feedback, Clock clock) {
		this.clock = clock;
		this.visits = visits;
		this.appointments = appointments;
		this.companies = companies;
		this.consultations = consultations;
		this.accounts = accounts;
		this.feedback = feedback;
	}

	@ModelAttribute("allIssues")
	ManagementIssue[] issues() {
		return ManagementIssue.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String q, ListParams list, HttpServletRequest request, Model model) {
		String text = FormText.trimmed(q);
		model.addAttribute("results",
				visits.page(from, to, text, list.request(Visits.SORTING), ListParams.baseUrl(request)));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("q", text);
		return "activity/visits";
	}

	/** From an appointment (the usual way) or for a company. */
	@GetMapping("/new")
	String newVisit(@RequestParam(required = false) Long appointmentId, @RequestParam(required = false) Long companyId,
			Model model) {
		if (appointmentId != null) {
			var recorded = visits.ofAppointment(appointmentId);
			if (recorded.isPresent()) {
				return "redirect:/visits/" + recorded.get().id();
			}
		}
		AppointmentView appointment = appointmentId == null ? null : appointments.get(appointmentId);
		Long company = companyId != null ? companyId : appointment != null ? appointment.companyId() : null;
		LocalDate day = appointment != null ? appointment.firstDay() : LocalDate.now(clock);
		Long me = CurrentUser.get().map(KyotenUser::userId).orElse(null);
		List<Long> staff = appointment != null && appointment.ownerId() != null ? List.of(appointment.ownerId())
				: me != null ? List.of(me) : List.of();
		model.addAttribute("visitDetails", new VisitDetails(company, appointmentId, day, staff, null, null, null, null,
				appointment != null && appointment.consultationId() == null, List.of(), null));
		return form(model, appointment, company);
	}

	@PostMapping
	String create(@Valid @ModelAttribute VisitDetails visitDetails, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var id = feedback.saved(result, () -> visits.record(visitDetails));
		if (id.isPresent()) {
			feedback.done(redirect, "visit.created");
			return "redirect:/visits/" + id.get();
		}
		AppointmentView appointment = visitDetails.appointmentId() == null ? null
				: appointments.get(visitDetails.appointmentId());
		return form(model, appointment, visitDetails.companyId());
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("visit", visits.get(id));
		return "activity/visit";
	}

	@PostMapping("/{id}/followed-up")
	String followedUp(@PathVariable long id, RedirectAttributes redirect) {
		visits.markFollowedUp(id);
		feedback.done(redirect, "consultation.followedUp");
		return "redirect:/visits/" + id;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		VisitView v = visits.get(id);
		model.addAttribute("visitDetails", new VisitDetails(v.companyId(), v.appointmentId(), v.visitedOn(),
				v.staffUserIds(), v.metWith(), v.discussed(), v.nextAction(), v.followUpOn(), false, List.of(), null));
		model.addAttribute("editing", v);
		return form(model, null, v.companyId());
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute VisitDetails visitDetails,
			BindingResult result, Model model, RedirectAttributes redirect) {
		VisitView v = visits.get(id);
		if (feedback.accepted(result, () -> visits.revise(id, version, visitDetails))) {
			feedback.done(redirect, "visit.updated");
			return "redirect:/visits/" + id;
		}
		model.addAttribute("editing", v);
		return form(model, null, v.companyId());
	}

	private String form(Model model, AppointmentView appointment, Long companyId) {
		model.addAttribute("appointment", appointment);
		model.addAttribute("company", companyId == null ? null
				: companies.find(companyId).orElseThrow(() -> new RecordNotFoundException("company", companyId)));
		model.addAttribute("earlier", companyId == null ? List.of() : consultations.ofCompany(companyId));
		model.addAttribute("staffMembers",
				accounts.membersOf(HubScope.require()).stream().filter(m -> m.enabled() && m.isStaff()).toList());
		if (!model.containsAttribute("editing")) {
			model.addAttribute("editing", null);
		}
		return "activity/visit-form";
	}

}
