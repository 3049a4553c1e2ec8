package jp.kyoten.portal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.Hubs;

/**
 * The acknowledgement mail a sender of the consultation form gets: subject and body, in
 * Japanese, from the portal's messages. It repeats nothing the sender wrote (the mail may
 * be read by others), only the receipt number, the hub and what happens next. Whoever
 * sends mail calls {@link #compose} on {@link InquiryReceived}.
 */
@Component
public class InquiryAcknowledgement {

	/** The mail to send. */
	public record Mail(String subject, String body) {
	}

	private final MessageSource messages;

	private final Hubs hubs;

	InquiryAcknowledgement(MessageSource messages, Hubs hubs) {
		this.messages = messages;
		this.hubs = hubs;
	}

	public Mail compose(InquiryReceived inquiry) {
		return compose(hubs.nameOf(inquiry.hubId()), inquiry.name(), inquiry.inquiryId());
	}

	Mail compose(String hubName, String senderName, long inquiryId) {
		Locale ja = Locale.JAPANESE;
		String number = receiptNumber(inquiryId);
		return new Mail(messages.getMessage("inquiry.ack.subject", new Object[] { hubName, number }, ja),
				messages.getMessage("inquiry.ack.body", new Object[] { senderName, hubName, number }, ja));
	}

	/** The number a sender quotes: 「P-000123」. */
	static String receiptNumber(long inquiryId) {
		return "P-%06d".formatted(inquiryId);
	}

}
