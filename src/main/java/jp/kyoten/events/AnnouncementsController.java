package jp.kyoten.events;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.web.Feedback;

/** An announcement of an event, mailed to the hub's subscribers. */
@Controller
@RequestMapping("/events")
@PreAuthorize(EventPermissions.STAFF)
class AnnouncementsController {

	private final AnnounceEvent announce;

	private final Feedback feedback;

	AnnouncementsController(AnnounceEvent announce, Feedback feedback) {
		this.announce = announce;
		this.feedback = feedback;
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

}
