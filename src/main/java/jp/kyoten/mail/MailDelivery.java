package jp.kyoten.mail;

import java.io.UnsupportedEncodingException;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands one queued mail to SMTP, or — when no SMTP server is configured (demo mode) —
 * does nothing and reports that the mail was kept. Every header is set through the
 * Jakarta Mail API from cleaned values: the address as one {@link InternetAddress}, the
 * name and subject without control characters and RFC 2047-encoded in UTF-8. The
 * Message-ID is derived from the outbox row, the same at every attempt.
 */
@Component
class MailDelivery {

	enum Outcome {

		SENT, KEPT

	}

	private static final Session SESSION = Session.getInstance(new Properties());

	private final ObjectProvider<JavaMailSender> smtp;

	private final MailSettings settings;

	MailDelivery(ObjectProvider<JavaMailSender> smtp, MailSettings settings) {
		this.smtp = smtp;
		this.settings = settings;
	}

	boolean demoMode() {
		return smtp.getIfAvailable() == null;
	}

	/**
	 * @throws MailException when the SMTP server refuses or cannot be reached
	 */
	Outcome deliver(QueuedMail mail) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender == null) {
			return Outcome.KEPT;
		}
		sender.send(message(mail));
		return Outcome.SENT;
	}

	MimeMessage message(QueuedMail mail) {
		try {
			MimeMessage message = new StableIdMessage(SESSION, mail.messageKey() + "@kyoten");
			message.setFrom(new InternetAddress(MailHeaders.singleAddress(settings.from()),
					MailHeaders.oneLine(settings.fromName()), "UTF-8"));
			String name = MailHeaders.oneLine(mail.toName());
			message.setRecipient(MimeMessage.RecipientType.TO,
					new InternetAddress(MailHeaders.singleAddress(mail.to()), name, "UTF-8"));
			message.setSubject(MailHeaders.subject(mail.subject()), "UTF-8");
			message.setText(mail.body(), "UTF-8");
			String unsubscribe = MailHeaders.unsubscribeUrl(mail.unsubscribeUrl());
			if (unsubscribe != null) {
				message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			message.setSentDate(new java.util.Date());
			message.saveChanges();
			return message;
		}
		catch (MessagingException | UnsupportedEncodingException | IllegalArgumentException ex) {
			throw new MailPreparationException("mail " + mail.id() + " cannot be built", ex);
		}
	}

	/**
	 * A message whose Message-ID is the outbox row's, so that a receiving system can tell
	 * a resent mail.
	 */
	static final class StableIdMessage extends MimeMessage {

		private final String id;

		StableIdMessage(Session session, String id) {
			super(session);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", "<" + id + ">");
		}

	}

}
