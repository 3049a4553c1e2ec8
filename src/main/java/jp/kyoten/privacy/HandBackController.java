package jp.kyoten.privacy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.Actor;
import jp.kyoten.platform.web.Feedback;

/**
 * 返還 and 消去: the hand-backs (the admin's of every hub, a manager's of their own), one
 * with its progress bar while it runs (an htmx fragment polled each second, as the
 * registry import's), its download (a file on disk served with Range, so an interrupted
 * download resumes), the prefecture's confirmation, the erasure and its certificate.
 */
@Controller
@RequestMapping("/privacy/hand-backs")
@PreAuthorize(PrivacyRoles.HAND_BACK)
class HandBackController {

	private final HandBacks jobs;

	private final ProduceHandBack produce;

	private final HandBackRunner runner;

	private final EraseHub erase;

	private final PrivacyDocuments documents;

	private final Hubs hubs;

	private final Feedback feedback;

	private final AuditTrail audit;

	HandBackController(HandBacks jobs, ProduceHandBack produce, HandBackRunner runner, EraseHub erase,
			PrivacyDocuments documents, Hubs hubs, Feedback feedback, AuditTrail audit) {
		this.jobs = jobs;
		this.produce = produce;
		this.runner = runner;
		this.erase = erase;
		this.documents = documents;
		this.hubs = hubs;
		this.feedback = feedback;
		this.audit = audit;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("handBacks", jobs.recent(100));
		if (actor.hubId() == null) {
			model.addAttribute("hubs", hubs.all());
		}
		else {
			model.addAttribute("consentUntil", jobs.consentUntil(actor.hubId()).orElse(null));
		}
		return "privacy/hand-backs";
	}

	@PostMapping
	String start(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long hubId,
			RedirectAttributes redirect) {
		long hub = actor.hubId() != null ? actor.hubId() : hubId == null ? -1 : hubId;
		if (hub < 0) {
			feedback.refuse(redirect, "handBack.hubRequired");
			return "redirect:/privacy/hand-backs";
		}
		return feedback.obtain(redirect, () -> produce.start(actor, hub))
			.map(id -> "redirect:/privacy/hand-backs/" + id)
			.orElse("redirect:/privacy/hand-backs");
	}

	@PostMapping("/consent")
	@PreAuthorize(PrivacyRoles.ADMIN)
	String grantConsent(@AuthenticationPrincipal Actor actor, @RequestParam long hubId,
			@RequestParam(defaultValue = "14") int days, RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/privacy/hand-backs", "handBack.consent.granted",
				() -> produce.grantConsent(actor, hubId, days));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model) {
		HandBack job = jobs.get(id);
		model.addAttribute("job", job);
		model.addAttribute("erasureId", erase.ofHandBack(id).orElse(null));
		return htmx != null ? "privacy/hand-back :: progress" : "privacy/hand-back";
	}

	@PostMapping("/{id}/resume")
	String resume(@PathVariable long id, RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/privacy/hand-backs/" + id, "handBack.resumed", () -> produce.resume(id));
	}

	@GetMapping("/{id}/download")
	ResponseEntity<Resource> download(@PathVariable long id) {
		HandBack job = jobs.get(id);
		Path zip = runner.zipOf(job);
		if (!job.done() || !Files.exists(zip)) {
			throw new RecordNotFoundException("hand-back file", id);
		}
		audit.record(AuditAction.EXPORT, "hand_back", id, "返還データをダウンロード: " + job.hubName());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(job.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new FileSystemResource(zip));
	}

	@PostMapping("/{id}/confirm")
	@PreAuthorize(PrivacyRoles.ADMIN)
	String confirm(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/privacy/hand-backs/" + id, "handBack.confirmed",
				() -> produce.confirm(actor, id, note));
	}

	@PostMapping("/{id}/erase")
	@PreAuthorize(PrivacyRoles.ADMIN)
	String erase(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "PERSONAL") ErasureScope scope,
			@RequestParam(required = false) String confirmHub, RedirectAttributes redirect) {
		HandBack job = jobs.get(id);
		if (confirmHub == null || !confirmHub.strip().equals(job.hubName())) {
			feedback.refuse(redirect, "erasure.confirmHub");
			return "redirect:/privacy/hand-backs/" + id;
		}
		var erasure = feedback.obtain(redirect, () -> erase.erase(actor, id, scope));
		if (erasure.isEmpty()) {
			return "redirect:/privacy/hand-backs/" + id;
		}
		feedback.done(redirect, "erasure.done.flash");
		return "redirect:/privacy/hand-backs/erasures/" + erasure.get();
	}

	@GetMapping("/erasures/{id}")
	String erasure(@PathVariable long id, Model model) {
		model.addAttribute("erasure", erase.get(id));
		return "privacy/erasure";
	}

	@GetMapping("/erasures/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		Erasure e = erase.get(id);
		HandBack job = jobs.get(e.handBackId());
		byte[] pdf = documents.certificate(e, job, jobs.entries(job.id()));
		audit.record(AuditAction.EXPORT, "erasure", id, "消去証明書 PDF");
		return RegisterController.download(pdf, MediaType.APPLICATION_PDF, "消去証明書-" + id + ".pdf");
	}

}
