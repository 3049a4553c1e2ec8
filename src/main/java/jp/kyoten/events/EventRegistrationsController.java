package jp.kyoten.events;

import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.web.Feedback;

/**
 * Registrations staff make for a person (by phone, at the desk), and their cancellation.
 */
@Controller
@RequestMapping("/events")
@PreAuthorize(EventPermissions.STAFF)
class EventRegistrationsController {

	private final Events events;

	private final RegisterForEvent register;

	private final CancelRegistration cancel;

	private final Feedback feedback;

	EventRegistrationsController(Events events, RegisterForEvent register, CancelRegistration cancel,
			Feedback feedback) {
		this.events = events;
		this.register = register;
		this.cancel = cancel;
		this.feedback = feedback;
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
	String cancelRegistration(@PathVariable long id, @PathVariable long registrationId, RedirectAttributes redirect) {
		return act(id, redirect, () -> cancel.cancel(id, registrationId), "registration.cancelled");
	}

	private String act(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
		return feedback.redirect(redirect, "/events/" + id, doneKey, action);
	}

}
