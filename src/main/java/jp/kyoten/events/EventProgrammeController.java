package jp.kyoten.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.Feedback;

/**
 * What an event offers, as its planners keep it: the sessions (dates and times), the
 * questions the registration form asks, and the council minutes.
 */
@Controller
@RequestMapping("/events")
@PreAuthorize(EventPermissions.STAFF)
class EventProgrammeController {

	private final Events events;

	private final PlanEvent plan;

	private final Feedback feedback;

	EventProgrammeController(Events events, PlanEvent plan, Feedback feedback) {
		this.events = events;
		this.plan = plan;
		this.feedback = feedback;
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
	String minutes(@PathVariable long id, @RequestParam(required = false) String minutes, RedirectAttributes redirect) {
		String text = minutes == null || minutes.isBlank() ? null
				: minutes.strip().substring(0, Math.min(minutes.strip().length(), 50_000));
		return act(id, redirect, () -> plan.recordMinutes(id, text), "events.minutes.saved");
	}

	private String act(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
		return feedback.redirect(redirect, "/events/" + id, doneKey, action);
	}

}
