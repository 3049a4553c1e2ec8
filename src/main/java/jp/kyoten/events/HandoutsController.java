package jp.kyoten.events;

import java.io.IOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.Feedback;

/** An event's handouts (配布資料): uploaded by planners, downloaded by staff. */
@Controller
@RequestMapping("/events")
@PreAuthorize(EventPermissions.STAFF)
class HandoutsController {

	private final Events events;

	private final KeepHandouts handouts;

	private final Feedback feedback;

	HandoutsController(Events events, KeepHandouts handouts, Feedback feedback) {
		this.events = events;
		this.handouts = handouts;
		this.feedback = feedback;
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
					ContentDisposition.attachment()
						.filename(h.filename(), java.nio.charset.StandardCharsets.UTF_8)
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

	private String act(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
		return feedback.redirect(redirect, "/events/" + id, doneKey, action);
	}

}
