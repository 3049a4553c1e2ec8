package jp.kyoten.portal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.kyoten.mail.MailOutbox;
import jp.kyoten.mail.OutgoingMail;

/**
 * Queues the acknowledgement of a consultation-form submission in the mail outbox, in the
 * submission's own transaction: the inquiry and its mail are saved together or not at
 * all, and the outbox sends it after commit.
 */
@Component
class AcknowledgeInquiry {

	private final InquiryAcknowledgement acknowledgement;

	private final MailOutbox outbox;

	AcknowledgeInquiry(InquiryAcknowledgement acknowledgement, MailOutbox outbox) {
		this.acknowledgement = acknowledgement;
		this.outbox = outbox;
	}

	@EventListener
	void on(InquiryReceived inquiry) {
		InquiryAcknowledgement.Mail mail = acknowledgement.compose(inquiry);
		outbox.enqueue(new OutgoingMail(inquiry.email(), inquiry.name(), mail.subject(), mail.body(), null));
	}

}
