package jp.kyoten.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
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

import jp.kyoten.platform.QrCode;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.Role;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.web.Feedback;

/**
 * Staff pages of an event itself: the list by month (a calendar, or every event to
 * search), the event's page, its creation and edit, and its plan's state. Its parts have
 * their own controllers: the programme (sessions, questions, minutes:
 * {@link EventProgrammeController}), handouts ({@link HandoutsController}), registrations
 * by staff ({@link EventRegistrationsController}), announcements
 * ({@link AnnouncementsController}), check-in ({@link CheckInController}), reports and
 * surveys ({@link EventReportsController}).
 */
@Controller
@RequestMapping("/events")
@PreAuthorize(EventPermissions.STAFF)
class EventsController {

	private final Clock clock;

	private final Events events;

	private final PlanEvent plan;

	private final CancelRegistration cancel;

	private final AnnounceEvent announce;

	private final EventMails mails;

	private final Feedback feedback;

	private final EventPlans plans;

	private final RegistrantLists registrants;

	EventsController(Events events, PlanEvent plan, CancelRegistration cancel, AnnounceEvent announce, EventMails mails,
			Feedback feedback, EventPlans plans, Clock clock, RegistrantLists registrants) {
		this.registrants = registrants;
		this.plans = plans;
		this.clock = clock;
		this.events = events;
		this.plan = plan;
		this.cancel = cancel;
		this.announce = announce;
		this.mails = mails;
		this.feedback = feedback;
	}

	@ModelAttribute("kinds")
	EventKind[] kinds() {
		return EventKind.values();
	}

	@ModelAttribute("audienceValues")
	Audience[] audiences() {
		return Audience.values();
	}

	/**
	 * The month's events as a calendar reads them; with {@code all}, every event of the
	 * hub (to search them).
	 */
	@GetMapping
	String list(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, Model model) {
		YearMonth shown = month != null ? month : YearMonth.now(clock);
		String text = FormText.trimmed(q);
		model.addAttribute("month", shown);
		model.addAttribute("all", all);
		model.addAttribute("q", text);
		model.addAttribute("events",
				events.page(all ? null : shown.atDay(1).atStartOfDay(HubTime.ZONE).toInstant(),
						all ? null : shown.plusMonths(1).atDay(1).atStartOfDay(HubTime.ZONE).toInstant(), text,
						list.request(Events.SORTING), ListParams.baseUrl(request)));
		model.addAttribute("publicList", "/p/" + mails.slug() + "/events");
		return "events/list";
	}

	@GetMapping("/new")
	@PreAuthorize(EventPermissions.PLANNERS)
	String newEvent(Model model) {
		model.addAttribute("eventForm", EventForm.blank(LocalDate.now(clock).plusWeeks(4)));
		model.addAttribute("editing", false);
		return "events/form";
	}

	@PostMapping
	@PreAuthorize(EventPermissions.PLANNERS)
	String create(@Valid @ModelAttribute EventForm eventForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EventDetails details = eventForm.details(result);
		if (details != null) {
			long id = plan.create(details);
			feedback.done(redirect, "events.created", details.title());
			return "redirect:/events/" + id;
		}
		model.addAttribute("editing", false);
		return "events/form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal KyotenUser user, Model model) {
		EventView event = events.get(id);
		model.addAttribute("event", event);
		model.addAttribute("sessions", events.sessions(id));
		model.addAttribute("questions", events.questions(id));
		model.addAttribute("registrations", registrants.of(event));
		model.addAttribute("handouts", events.handouts(id));
		model.addAttribute("decisions", plans.decisions(id));
		model.addAttribute("next", event.state().next());
		model.addAttribute("states", EventState.values());
		model.addAttribute("mayPlan", user.role() != Role.CLERK);
		model.addAttribute("mayApprove", user.role() == Role.HUB_MANAGER || user.role() == Role.SUB_MANAGER);
		model.addAttribute("publicPage", "/p/" + mails.slug() + "/events/" + id);
		String surveyLink = mails.eventLink(id) + "/survey";
		model.addAttribute("surveyLink", surveyLink);
		model.addAttribute("surveyQr", QrCode.of(surveyLink));
		model.addAttribute("subscribers", announce.subscriberCount());
		return "events/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(EventPermissions.PLANNERS)
	String edit(@PathVariable long id, Model model) {
		EventView event = events.get(id);
		model.addAttribute("event", event);
		model.addAttribute("eventForm", EventForm.of(event));
		model.addAttribute("editing", true);
		return "events/form";
	}

	@PostMapping("/{id}")
	@PreAuthorize(EventPermissions.PLANNERS)
	String save(@PathVariable long id, @Valid @ModelAttribute EventForm eventForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EventView event = events.get(id);
		EventDetails details = eventForm.details(result);
		if (details != null) {
			int version = eventForm.version() == null ? -1 : eventForm.version();
			if (feedback.accepted(result, code -> code.startsWith("event.capacity") ? "capacity" : "title", () -> {
				plan.update(id, version, details);
				cancel.capacityChanged(id);
			})) {
				feedback.done(redirect, "events.updated");
				return "redirect:/events/" + id;
			}
		}
		model.addAttribute("event", event);
		model.addAttribute("editing", true);
		return "events/form";
	}

	@PostMapping("/{id}/state")
	@PreAuthorize(EventPermissions.PLANNERS)
	String advance(@PathVariable long id, @RequestParam EventState to, @AuthenticationPrincipal KyotenUser user,
			RedirectAttributes redirect) {
		if (to == EventState.APPROVED && user.role() == Role.COORDINATOR) {
			throw new AccessDeniedException("only managers approve");
		}
		// the approval is the prefecture's: a manager records it as given (the record
		// names the manager's role)
		Runnable step = to == EventState.APPROVED ? () -> plans.approve(id, null) : () -> plan.advance(id, to);
		return act(id, redirect, step, "events.state.changed");
	}

	private String act(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
		return feedback.redirect(redirect, "/events/" + id, doneKey, action);
	}

}
