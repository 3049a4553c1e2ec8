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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.Feedback;

/**
 * 受付 on the day, made for a tablet: the list of one session with a search by name, kana,
 * organisation or address, a field for the QR code (a hand scanner types it), walk-ins,
 * undo, and no-shows after the event. With htmx the search answers only the rows.
 */
@Controller
@RequestMapping("/events/{id}/check-in")
@PreAuthorize(EventPermissions.STAFF)
class CheckInController {

	private final Events events;

	private final CheckIn checkIn;

	private final Feedback feedback;

	private final RegistrantLists registrants;

	CheckInController(Events events, CheckIn checkIn, Feedback feedback, RegistrantLists registrants) {
		this.registrants = registrants;
		this.events = events;
		this.checkIn = checkIn;
		this.feedback = feedback;
	}

	@ModelAttribute("audienceValues")
	Audience[] audiences() {
		return Audience.values();
	}

	@GetMapping
	String page(@PathVariable long id, @RequestParam(required = false) Long session,
			@RequestParam(required = false) String q, Model model, jakarta.servlet.http.HttpServletRequest request) {
		fill(id, session, q, model);
		if (!model.containsAttribute("registrationForm")) {
			model.addAttribute("registrationForm", RegistrationForm.blank(null));
		}
		return request.getHeader("HX-Request") != null ? "events/check-in :: rows" : "events/check-in";
	}

	@PostMapping
	String checkIn(@PathVariable long id, @RequestParam long session, @RequestParam long registrationId,
			@RequestParam(required = false) String q, RedirectAttributes redirect) {
		feedback.obtain(redirect, () -> checkIn.checkIn(id, registrationId, session, "LIST"))
			.ifPresent(r -> feedback.done(redirect, "checkIn.done", r.name()));
		return back(id, session, q);
	}

	@PostMapping("/scan")
	String scan(@PathVariable long id, @RequestParam long session, @RequestParam(required = false) String code,
			RedirectAttributes redirect) {
		try {
			feedback.obtain(redirect, () -> checkIn.scan(id, code, session))
				.ifPresent(r -> feedback.done(redirect, "checkIn.done", r.name()));
		}
		catch (RecordNotFoundException ex) {
			events.get(id);
			feedback.refuse(redirect, "checkIn.unknownCode");
		}
		return back(id, session, null);
	}

	@PostMapping("/undo")
	String undo(@PathVariable long id, @RequestParam long session, @RequestParam long registrationId,
			RedirectAttributes redirect) {
		checkIn.undo(id, registrationId, session);
		feedback.done(redirect, "checkIn.undone");
		return back(id, session, null);
	}

	@PostMapping("/walk-in")
	String walkIn(@PathVariable long id, @RequestParam long session,
			@Valid @ModelAttribute RegistrationForm registrationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Registrant person = registrationForm.registrant(result, List.of());
		if (person != null) {
			if (feedback.accepted(result, Feedback.field("email"), () -> checkIn.walkIn(id, person, session))) {
				feedback.done(redirect, "checkIn.walkedIn", person.name());
				return back(id, session, null);
			}
		}
		fill(id, session, null, model);
		model.addAttribute("walkInOpen", true);
		return "events/check-in";
	}

	@PostMapping("/no-shows")
	String noShows(@PathVariable long id, @RequestParam long session, RedirectAttributes redirect) {
		feedback.done(redirect, "checkIn.noShowsMarked", checkIn.markNoShows(id));
		return back(id, session, null);
	}

	private void fill(long id, Long session, String q, Model model) {
		EventView event = events.get(id);
		List<SessionView> sessions = events.sessions(id);
		SessionView current = sessions.stream()
			.filter(s -> session == null || s.id() == session)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("session", session));
		String text = q == null ? "" : q.strip();
		List<RegistrationView> rows = text.isEmpty()
				? registrants.of(event).stream().filter(r -> r.status() != RegistrationStatus.CANCELLED).toList()
				: registrants.search(event, text);
		model.addAttribute("event", event);
		model.addAttribute("sessions", sessions);
		model.addAttribute("current", current);
		model.addAttribute("q", text);
		model.addAttribute("rows", rows);
		model.addAttribute("walkInOpen", false);
		model.addAttribute("attendedCount", rows.stream().filter(r -> r.attendedSession(current.id())).count());
	}

	private static String back(long id, long session, String q) {
		return "redirect:/events/" + id + "/check-in?session=" + session + (q == null || q.isBlank() ? ""
				: "&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
	}

}
