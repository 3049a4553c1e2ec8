package jp.kyoten.mail;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.Roles;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.web.Feedback;

/**
 * 送信メール: the hub's outgoing mail with its status (queued, sent, kept in demo mode, failed
 * with the last error), for managers. In demo mode this is where the mails can be read. A
 * failed mail can be queued again.
 */
@Controller
@RequestMapping("/mail")
@PreAuthorize(Roles.MANAGERS)
class OutboxController {

	/**
	 * The states a mail can be in (mail_outbox.status); another value asks for every
	 * mail.
	 */
	static final java.util.List<String> STATUSES = java.util.List.of("QUEUED", "SENT", "KEPT", "FAILED");

	private final OutboxSender sender;

	private final MailDelivery delivery;

	private final Feedback feedback;

	OutboxController(OutboxSender sender, MailDelivery delivery, Feedback feedback) {
		this.sender = sender;
		this.delivery = delivery;
		this.feedback = feedback;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, Model model) {
		String shown = status != null && STATUSES.contains(status) ? status : null;
		String text = FormText.trimmed(q);
		model.addAttribute("status", shown);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("q", text);
		model.addAttribute("mails",
				sender.page(shown, text, list.request(OutboxSender.SORTING), ListParams.baseUrl(request)));
		model.addAttribute("demoMode", delivery.demoMode());
		return "mail/outbox";
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", sender.find(id).orElseThrow(() -> new RecordNotFoundException("mail", id)));
		return "mail/show";
	}

	@PostMapping("/{id}/retry")
	@Transactional
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		if (!sender.requeue(id)) {
			throw new RecordNotFoundException("mail", id);
		}
		feedback.done(redirect, "mail.requeued");
		return "redirect:/mail/" + id;
	}

}
