package jp.kyoten.events;

import java.time.Clock;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.QrCode;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.Role;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.web.Feedback;

/**
 * Staff pages of events: the list by month, planning (create, edit, sessions, questions), the plan's state,
 * registrations by staff and their cancellation, announcements, council minutes and handouts.
 */
@Controller
@RequestMapping("/events")
@PreAuthorize(EventPermissions.STAFF)
class EventsController {

	private final Clock clock;

	private final Events events;

	private final PlanEvent plan;

	private final RegisterForEvent register;

	private final CancelRegistration cancel;

	private final AnnounceEvent announce;

	private final KeepHandouts handouts;

	private final EventMails mails;

	private final Feedback feedback;

	private final EventPlans plans;

	private final RegistrantLists registrants;

	EventsController(Events events, PlanEvent plan, RegisterForEvent register, CancelRegistration cancel,
			AnnounceEvent announce, KeepHandouts handouts, EventMails mails, Feedback feedback,
			EventPlans plans, Clock clock, RegistrantLists registrants) {
		this.registrants = registrants;
		this.plans = plans;
		this.clock = clock;
		this.events = events;
		this.plan = plan;
		this.register = register;
		this.cancel = cancel;
		this.announce = announce;
		this.handouts = handouts;
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

	/** The month's events as a calendar reads them; with {@code all}, every event of the hub (to search them). */
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
		// the approval is the prefecture's: a manager records it as given (the record names the manager's role)
		Runnable step = to == EventState.APPROVED ? () -> plans.approve(id, null) : () -> plan.advance(id, to);
		return act(id, redirect, step, "events.state.changed");
	}

	@PostMapping("/{id}/sessions")
	@PreAuthorize(EventPermissions.PLANNERS)
	String addSession(@PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
			@RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime endTime, RedirectAttributes redirect) {
		events.get(id);
		return act(id, redirect, () -> plan.addSession(id, date.atTime(startTime).atZone(HubTime.ZONE).toInstant(),
				date.atTime(endTime).atZone(HubTime.ZONE).toInstant()), "events.session.added");
	}

	@PostMapping("/{id}/questions")
	@PreAuthorize(EventPermissions.PLANNERS)
	String questions(@PathVariable long id, @RequestParam(name = "label", required = false) List<String> labels,
			@RequestParam(name = "required", required = false) List<Integer> required, RedirectAttributes redirect) {
		List<String> given = labels == null ? List.of() : labels;
		List<Boolean> flags = new java.util.ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			flags.add(required != null && required.contains(i));
		}
		return act(id, redirect, () -> plan.setQuestions(id, given, flags), "events.questions.saved");
	}

	@PostMapping("/{id}/minutes")
	@PreAuthorize(EventPermissions.PLANNERS)
	String minutes(@PathVariable long id, @RequestParam(required = false) String minutes,
			RedirectAttributes redirect) {
		String text = minutes == null || minutes.isBlank() ? null
				: minutes.strip().substring(0, Math.min(minutes.strip().length(), 50_000));
		return act(id, redirect, () -> plan.recordMinutes(id, text), "events.minutes.saved");
	}

	@PostMapping("/{id}/handouts")
	@PreAuthorize(EventPermissions.PLANNERS)
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		events.get(id);
		if (file == null || file.isEmpty()) {
			feedback.refuse(redirect, "handout.empty");
			return "redirect:/events/" + id;
		}
		if (file.getSize() > handouts.maxBytes()) {
			// refused before the bytes are read into memory
			feedback.refuse(redirect, "handout.tooLarge", handouts.maxBytes() / 1024 / 1024);
			return "redirect:/events/" + id;
		}
		byte[] data = file.getBytes();
		return act(id, redirect, () -> handouts.upload(id, file.getOriginalFilename(), data), "events.handout.added");
	}

	@GetMapping("/{id}/handouts/{handoutId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long handoutId) {
		KeepHandouts.Handout h = handouts.download(id, handoutId)
			.orElseThrow(() -> new RecordNotFoundException("handout", handoutId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(h.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(h.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(h.data());
	}

	@PostMapping("/{id}/handouts/{handoutId}/delete")
	@PreAuthorize(EventPermissions.PLANNERS)
	String deleteHandout(@PathVariable long id, @PathVariable long handoutId, RedirectAttributes redirect) {
		return act(id, redirect, () -> handouts.delete(id, handoutId), "events.handout.deleted");
	}

	@GetMapping("/{id}/registrations/new")
	@PreAuthorize(EventPermissions.PLANNERS)
	String newRegistration(@PathVariable long id, Model model) {
		model.addAttribute("event", events.get(id));
		model.addAttribute("questions", events.questions(id));
		model.addAttribute("registrationForm", RegistrationForm.blank(null));
		return "events/registration-form";
	}

	@PostMapping("/{id}/registrations")
	@PreAuthorize(EventPermissions.PLANNERS)
	String registerByStaff(@PathVariable long id, @Valid @ModelAttribute RegistrationForm registrationForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		EventView event = events.get(id);
		List<QuestionView> questions = events.questions(id);
		Registrant person = registrationForm.registrant(result, questions);
		if (person != null) {
			var registered = feedback.saved(result, Feedback.field("email"),
					() -> register.register(id, person, RegisterForEvent.Source.STAFF));
			if (registered.isPresent()) {
				RegistrationResult r = registered.get();
				feedback.done(redirect, "registration.done." + r.status(), person.name(), r.waitlistPosition());
				return "redirect:/events/" + id;
			}
		}
		model.addAttribute("event", event);
		model.addAttribute("questions", questions);
		return "events/registration-form";
	}

	@PostMapping("/{id}/registrations/{registrationId}/cancel")
	@PreAuthorize(EventPermissions.PLANNERS)
	String cancelRegistration(@PathVariable long id, @PathVariable long registrationId,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> cancel.cancel(id, registrationId), "registration.cancelled");
	}

	@PostMapping("/{id}/announce")
	@PreAuthorize(EventPermissions.PLANNERS)
	String announce(@PathVariable long id, @RequestParam String subject, @RequestParam String text,
			RedirectAttributes redirect) {
		if (subject.isBlank() || text.isBlank() || subject.length() > 200 || text.length() > 10_000) {
			feedback.refuse(redirect, "announcement.invalid");
			return "redirect:/events/" + id;
		}
		feedback.obtain(redirect, () -> announce.announce(id, subject.strip(), text.strip()))
			.ifPresent(sent -> feedback.done(redirect, "announcement.queued", sent));
		return "redirect:/events/" + id;
	}

	private String act(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
		return feedback.redirect(redirect, "/events/" + id, doneKey, action);
	}

}
