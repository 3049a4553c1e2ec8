package jp.kyoten.events;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.QrCode;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.publicform.PublicFormGuard;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.Feedback;

/**
 * The hub's public event pages, without an account: the calendar of published events and
 * its iCalendar feed, an event with its registration form, a person's registration page
 * (reached by the link in their mail: the check-in QR code, cancellation, the
 * questionnaire after the event) and the announcement unsubscribe page. The hub comes
 * from the slug and every database access runs in its scope, so another hub's ids and
 * tokens are not found (404).
 */
@Controller
@RequestMapping("/p/{hubSlug}/events")
class PublicEventsController {

	private final Hubs hubs;

	private final Events events;

	private final RegisterForEvent register;

	private final CancelRegistration cancel;

	private final AnswerSurvey survey;

	private final AnnounceEvent announce;

	private final PublicFormGuard guard;

	private final EventSettings settings;

	private final EventMails mails;

	private final Feedback feedback;

	PublicEventsController(Hubs hubs, Events events, RegisterForEvent register, CancelRegistration cancel,
			AnswerSurvey survey, AnnounceEvent announce, PublicFormGuard guard, EventSettings settings,
			EventMails mails, Feedback feedback) {
		this.settings = settings;
		this.hubs = hubs;
		this.events = events;
		this.register = register;
		this.cancel = cancel;
		this.survey = survey;
		this.announce = announce;
		this.guard = guard;
		this.mails = mails;
		this.feedback = feedback;
	}

	@ModelAttribute("hub")
	Hub hub(@PathVariable String hubSlug) {
		return hubs.bySlug(hubSlug)
			.filter(Hub::isActive)
			.orElseThrow(() -> new RecordNotFoundException("hub", hubSlug));
	}

	/**
	 * The forms' CSRF token is stored in the session before the page is written: a long
	 * page (the QR code) would otherwise commit the response before the form asks for it.
	 */
	@ModelAttribute
	void csrfToken(org.springframework.security.web.csrf.CsrfToken token) {
		if (token != null) {
			token.getToken();
		}
	}

	@GetMapping
	String list(@ModelAttribute("hub") Hub hub, Model model) {
		model.addAttribute("events", in(hub, () -> events.published(Instant.now())));
		return "events/public/list";
	}

	@GetMapping("/{id}")
	String show(@ModelAttribute("hub") Hub hub, @PathVariable long id, Model model) {
		EventView event = publicEvent(hub, id);
		model.addAttribute("registrationForm", RegistrationForm.blank(guard.issue()));
		return detail(hub, event, model);
	}

	@PostMapping("/{id}")
	String registerPublic(@ModelAttribute("hub") Hub hub, @PathVariable long id,
			@Valid @ModelAttribute RegistrationForm registrationForm, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		EventView event = publicEvent(hub, id);
		PublicFormGuard.Verdict verdict = guard.check(registrationForm.issued(), registrationForm.website());
		if (verdict == PublicFormGuard.Verdict.HONEYPOT) {
			// a robot filled the hidden field: it is told what a person would be told,
			// and nothing is saved
			feedback.done(redirect, "registration.received");
			return "redirect:/p/" + hub.getSlug() + "/events/" + id + "/thanks";
		}
		if (verdict != PublicFormGuard.Verdict.ACCEPTED) {
			result.reject("registration.guard." + verdict);
		}
		List<QuestionView> questions = in(hub, () -> events.questions(id));
		Registrant person = registrationForm.registrant(result, questions);
		admit(hub, "event-registration", request, response, result);
		if (person != null && !result.hasErrors()) {
			var registered = feedback.saved(result,
					() -> in(hub, () -> register.register(id, person, RegisterForEvent.Source.PUBLIC)));
			if (registered.isPresent()) {
				RegistrationResult r = registered.get();
				feedback.done(redirect, "registration.done." + r.status(), person.name(), r.waitlistPosition());
				return "redirect:/p/" + hub.getSlug() + "/events/" + id + "/thanks";
			}
		}
		return detail(hub, event, model);
	}

	@GetMapping("/{id}/thanks")
	String thanks(@ModelAttribute("hub") Hub hub, @PathVariable long id, Model model) {
		model.addAttribute("event", publicEvent(hub, id));
		return "events/public/thanks";
	}

	@GetMapping("/r/{token}")
	String registration(@ModelAttribute("hub") Hub hub, @PathVariable String token, Model model) {
		RegistrationView r = byToken(hub, token);
		EventView event = in(hub, () -> events.get(r.eventId()));
		model.addAttribute("registration", r);
		model.addAttribute("event", event);
		model.addAttribute("qr", QrCode.of(token));
		model.addAttribute("surveyOpen", !event.startsAt().toInstant().isAfter(Instant.now()));
		model.addAttribute("answered", in(hub, () -> survey.answered(r.id())));
		model.addAttribute("cancellable",
				r.status() != RegistrationStatus.CANCELLED && event.startsAt().toInstant().isAfter(Instant.now()));
		return "events/public/registration";
	}

	@PostMapping("/r/{token}/cancel")
	String cancelByPerson(@ModelAttribute("hub") Hub hub, @PathVariable String token, RedirectAttributes redirect) {
		byToken(hub, token);
		if (feedback.accepted(redirect, () -> {
			in(hub, () -> {
				cancel.byToken(token);
				return null;
			});
		})) {
			feedback.done(redirect, "registration.cancelledByPerson");
		}
		return "redirect:/p/" + hub.getSlug() + "/events/r/" + token;
	}

	@GetMapping("/r/{token}/survey")
	String surveyPage(@ModelAttribute("hub") Hub hub, @PathVariable String token, Model model) {
		RegistrationView r = byToken(hub, token);
		model.addAttribute("surveyForm", SurveyForm.blank(guard.issue()));
		return surveyForm(hub, r, model);
	}

	@PostMapping("/r/{token}/survey")
	String answerSurvey(@ModelAttribute("hub") Hub hub, @PathVariable String token,
			@Valid @ModelAttribute SurveyForm surveyForm, BindingResult result, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		RegistrationView r = byToken(hub, token);
		return submitSurvey(hub, r.eventId(), r.id(), surveyForm, result, request, response, redirect,
				"/p/" + hub.getSlug() + "/events/r/" + token, () -> surveyForm(hub, r, model));
	}

	/**
	 * The event's own questionnaire link (its QR code is shown at the venue): anonymous
	 * answers, once the event began.
	 */
	@GetMapping("/{id}/survey")
	String eventSurvey(@ModelAttribute("hub") Hub hub, @PathVariable long id, Model model) {
		model.addAttribute("surveyForm", SurveyForm.blank(guard.issue()));
		return anonymousSurvey(hub, publicEvent(hub, id), model);
	}

	@PostMapping("/{id}/survey")
	String answerEventSurvey(@ModelAttribute("hub") Hub hub, @PathVariable long id,
			@Valid @ModelAttribute SurveyForm surveyForm, BindingResult result, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		EventView event = publicEvent(hub, id);
		return submitSurvey(hub, id, null, surveyForm, result, request, response, redirect,
				"/p/" + hub.getSlug() + "/events/" + id + "/survey", () -> anonymousSurvey(hub, event, model));
	}

	/**
	 * Checks the guard, saves the answer and redirects to {@code done}, or shows the form
	 * again with its errors.
	 */
	private String submitSurvey(Hub hub, long eventId, Long registrationId, SurveyForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, String done,
			Supplier<String> again) {
		PublicFormGuard.Verdict verdict = guard.check(form.issued(), form.website());
		if (verdict != PublicFormGuard.Verdict.ACCEPTED) {
			result.reject("registration.guard." + verdict);
		}
		admit(hub, "event-survey", request, response, result);
		if (feedback.accepted(result,
				() -> in(hub, () -> survey.answer(eventId, registrationId, form.answer(), false)))) {
			feedback.done(redirect, "survey.thanks");
			return "redirect:" + done;
		}
		return again.get();
	}

	private String anonymousSurvey(Hub hub, EventView event, Model model) {
		model.addAttribute("issued", guard.issue());
		model.addAttribute("event", event);
		model.addAttribute("nextActions", NextAction.values());
		model.addAttribute("answered", false);
		model.addAttribute("surveyOpen", !event.startsAt().toInstant().isAfter(Instant.now()));
		model.addAttribute("surveyAction", "/p/" + hub.getSlug() + "/events/" + event.id() + "/survey");
		return "events/public/survey";
	}

	@GetMapping("/unsubscribe/{token}")
	String unsubscribePage(@ModelAttribute("hub") Hub hub, @PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "events/public/unsubscribe";
	}

	/**
	 * The one-click unsubscribe of RFC 8058 (a mail client posts
	 * {@code List-Unsubscribe=One-Click}) and the button of the page alike; the token in
	 * the URL is the authority, so no CSRF token is asked for.
	 */
	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@ModelAttribute("hub") Hub hub, @PathVariable String token, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!guard.admit(settings.form("unsubscribe"), hub.getId(), request.getRemoteAddr())) {
			// a mail client's one-click post carries no form time, so only the limits
			// guard it
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("tooMany", true);
			model.addAttribute("token", token);
			return "events/public/unsubscribe";
		}
		boolean done = in(hub, () -> announce.unsubscribe(token));
		model.addAttribute("done", done);
		model.addAttribute("token", token);
		return "events/public/unsubscribe";
	}

	/**
	 * Counts a form that is about to be kept against the limits; over them, the form is
	 * refused with 429.
	 */
	private void admit(Hub hub, String form, HttpServletRequest request, HttpServletResponse response,
			BindingResult result) {
		if (!result.hasErrors() && !guard.admit(settings.form(form), hub.getId(), request.getRemoteAddr())) {
			result.reject("registration.guard.TOO_MANY");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
	}

	private String surveyForm(Hub hub, RegistrationView r, Model model) {
		model.addAttribute("issued", guard.issue());
		EventView event = in(hub, () -> events.get(r.eventId()));
		model.addAttribute("registration", r);
		model.addAttribute("event", event);
		model.addAttribute("nextActions", NextAction.values());
		model.addAttribute("answered", in(hub, () -> survey.answered(r.id())));
		model.addAttribute("surveyOpen", !event.startsAt().toInstant().isAfter(Instant.now()));
		model.addAttribute("surveyAction", "/p/" + hub.getSlug() + "/events/r/" + r.token() + "/survey");
		return "events/public/survey";
	}

	private String detail(Hub hub, EventView event, Model model) {
		model.addAttribute("issued", guard.issue());
		model.addAttribute("event", event);
		model.addAttribute("sessions", in(hub, () -> events.sessions(event.id())));
		model.addAttribute("questions", in(hub, () -> events.questions(event.id())));
		model.addAttribute("audienceValues", Audience.values());
		return "events/public/detail";
	}

	/** A published event of the hub; plans not yet published are not found. */
	private EventView publicEvent(Hub hub, long id) {
		EventView event = in(hub, () -> events.get(id));
		if (event.state() == EventState.PLANNED || event.state() == EventState.APPROVED) {
			throw new RecordNotFoundException("event", id);
		}
		return event;
	}

	private RegistrationView byToken(Hub hub, String token) {
		return in(hub, () -> events.byToken(token)).orElseThrow(() -> new RecordNotFoundException("registration", "-"));
	}

	private static <T> T in(Hub hub, Supplier<T> work) {
		return HubScope.callAs(hub.getId(), work);
	}

}
