package jp.kyoten.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.StaffMember;
import jp.kyoten.platform.ReferencedRecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.Feedback;

/**
 * The hub's calendar (day, week and month, for one person or the whole hub) and the
 * appointment pages: show, book, edit, cancel. The calendar itself is drawn by
 * FullCalendar from {@link CalendarEventsController}.
 */
@Controller
@RequestMapping("/schedule")
@PreAuthorize(SchedulePermissions.STAFF)
class ScheduleController {

	private final Clock clock;

	static final List<String> VIEWS = List.of("day", "week", "month", "list");

	private final Appointments appointments;

	private final BookAppointment book;

	private final ChangeAppointment change;

	private final SchedulePermissions permissions;

	private final ScheduleWarnings warnings;

	private final BusinessCalendar calendar;

	private final Feedback feedback;

	ScheduleController(Appointments appointments, BookAppointment book, ChangeAppointment change,
			SchedulePermissions permissions, ScheduleWarnings warnings, BusinessCalendar calendar, Feedback feedback,
			Clock clock) {
		this.clock = clock;
		this.appointments = appointments;
		this.book = book;
		this.change = change;
		this.permissions = permissions;
		this.warnings = warnings;
		this.calendar = calendar;
		this.feedback = feedback;
	}

	@ModelAttribute("kinds")
	AppointmentKind[] kinds() {
		return AppointmentKind.values();
	}

	/**
	 * {@code owner}: {@code me} (default), {@code hub} for everyone, or a person's id.
	 */
	@GetMapping
	String calendar(@RequestParam(defaultValue = "week") String view,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "me") String owner, @AuthenticationPrincipal KyotenUser user, Model model) {
		List<StaffMember> staff = permissions.staff();
		String selected = "hub".equals(owner) || staff.stream().anyMatch(m -> String.valueOf(m.id()).equals(owner))
				? owner : String.valueOf(user.userId());
		BusinessHours hours = calendar.hours(HubScope.require());
		model.addAttribute("view", VIEWS.contains(view) ? view : "week");
		model.addAttribute("date", date != null ? date : LocalDate.now(clock));
		model.addAttribute("owner", selected);
		model.addAttribute("staff", staff);
		model.addAttribute("hours", hours);
		model.addAttribute("canBookForOthers", SchedulePermissions.booksForOthers(user));
		return "schedule/calendar";
	}

	@GetMapping("/appointments/new")
	String newAppointment(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Long companyId,
			@AuthenticationPrincipal KyotenUser user, Model model) {
		String initialOwner = owner != null && SchedulePermissions.booksForOthers(user)
				&& (owner.equals(AppointmentForm.WHOLE_HUB) || owner.matches("[0-9]{1,18}")) ? owner
						: String.valueOf(user.userId());
		model.addAttribute("appointmentForm",
				AppointmentForm.startingAt(date != null ? date : LocalDate.now(clock), time, initialOwner, companyId));
		return form(model, user, false);
	}

	@PostMapping("/appointments")
	String create(@Valid @ModelAttribute AppointmentForm appointmentForm, BindingResult result,
			@AuthenticationPrincipal KyotenUser user, Model model, RedirectAttributes redirect) {
		AppointmentDetails details = appointmentForm.details(result);
		if (details != null) {
			try {
				var id = feedback.saved(result, Feedback.field("owner"), () -> book.book(details));
				if (id.isPresent()) {
					feedback.done(redirect, "schedule.created", details.title());
					redirect.addFlashAttribute("warnings", warnings.of(details));
					return "redirect:/schedule/appointments/" + id.get();
				}
			}
			catch (ReferencedRecordNotFoundException ex) {
				result.reject(ex.messageKey());
			}
		}
		return form(model, user, false);
	}

	@GetMapping("/appointments/{id}")
	String show(@PathVariable long id, Model model) {
		AppointmentView appointment = appointments.get(id);
		model.addAttribute("appointment", appointment);
		model.addAttribute("ownerName", ownerName(appointment));
		model.addAttribute("mayChange", !appointment.cancelled() && permissions.mayChange(appointment));
		model.addAttribute("days",
				calendar.statuses(HubScope.require(), appointment.firstDay(), appointment.lastDay())
					.stream()
					.filter(d -> !d.open())
					.map(warnings::describe)
					.toList());
		return "schedule/detail";
	}

	@GetMapping("/appointments/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal KyotenUser user, Model model) {
		AppointmentView appointment = changeable(id);
		model.addAttribute("appointment", appointment);
		model.addAttribute("appointmentForm", AppointmentForm.of(appointment));
		return form(model, user, true);
	}

	@PostMapping("/appointments/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute AppointmentForm appointmentForm, BindingResult result,
			@AuthenticationPrincipal KyotenUser user, Model model, RedirectAttributes redirect) {
		AppointmentView appointment = changeable(id);
		AppointmentDetails details = appointmentForm.details(result);
		if (details != null) {
			try {
				int version = appointmentForm.version() == null ? -1 : appointmentForm.version();
				if (feedback.accepted(result, Feedback.field("owner"), () -> change.update(id, version, details))) {
					feedback.done(redirect, "schedule.updated");
					redirect.addFlashAttribute("warnings", warnings.of(details));
					return "redirect:/schedule/appointments/" + id;
				}
			}
			catch (ReferencedRecordNotFoundException ex) {
				result.reject(ex.messageKey());
			}
		}
		model.addAttribute("appointment", appointment);
		return form(model, user, true);
	}

	@PostMapping("/appointments/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/schedule/appointments/" + id, "schedule.cancelled",
				() -> change.cancel(id, version));
	}

	/**
	 * The appointment, if the signed-in user may change it (403 otherwise, 404 when not
	 * in the hub).
	 */
	private AppointmentView changeable(long id) {
		AppointmentView appointment = appointments.get(id);
		permissions.checkChange(appointment.ownerId(), appointment.createdBy());
		return appointment;
	}

	private String form(Model model, KyotenUser user, boolean editing) {
		List<StaffMember> owners = SchedulePermissions.booksForOthers(user) ? permissions.staff()
				: permissions.staff().stream().filter(m -> m.id() == user.userId()).toList();
		model.addAttribute("owners", owners);
		model.addAttribute("wholeHubAllowed", SchedulePermissions.booksForOthers(user));
		model.addAttribute("editing", editing);
		return "schedule/form";
	}

	private String ownerName(AppointmentView a) {
		if (a.ownerId() == null) {
			return feedback.say("schedule.wholeHub");
		}
		Map<Long, String> names = permissions.allMembers()
			.stream()
			.collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
		return names.getOrDefault(a.ownerId(), "—");
	}

}
