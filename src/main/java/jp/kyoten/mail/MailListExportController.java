package jp.kyoten.mail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.platform.Roles;
import jp.kyoten.platform.export.Label;
import jp.kyoten.platform.export.ListColumns;
import jp.kyoten.platform.export.ListExports;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * The sent-mail list (送信メール, the outbox page) as xlsx or CSV (docs/adr/242): every mail
 * of the hub, newest first, with its recipient, subject, status and times — not the
 * bodies. The page is the managers'; the export is also refused to whoever may not take
 * personal data out.
 */
@Controller
@PreAuthorize(Roles.MANAGERS)
class MailListExportController {

	static final ListColumns<QueuedMail> COLUMNS = ListColumns.<QueuedMail>of("mail_outbox", "export.list.mail")
		.column("mail.createdAt", QueuedMail::createdAt)
		.column("mail.to", QueuedMail::to)
		.column("export.col.toName", QueuedMail::toName)
		.column("mail.subject", QueuedMail::subject)
		.column("mail.status", m -> Label.of("mail.status.", m.status()))
		.column("mail.attempts", QueuedMail::attempts)
		.column("mail.sentAt", QueuedMail::sentAt);

	private final OutboxSender sender;

	private final ListExports exports;

	MailListExportController(OutboxSender sender, ListExports exports) {
		this.sender = sender;
		this.exports = exports;
	}

	/**
	 * The outbox exactly as its page filters and orders it (status, text, sort), every
	 * row.
	 */
	@GetMapping("/mail/list.{extension}")
	void export(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, HttpServletResponse response) {
		String shown = status != null && OutboxController.STATUSES.contains(status) ? status : null;
		exports.respond(COLUMNS, request, response,
				each -> sender.export(shown, FormText.trimmed(q), list.request(OutboxSender.SORTING), each));
	}

}
