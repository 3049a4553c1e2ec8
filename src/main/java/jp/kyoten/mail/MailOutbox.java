package jp.kyoten.mail;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.tenancy.HubScope;

/**
 * Queues mail for the hub in scope. The row is written in the caller's transaction: a
 * registration that rolls back sends nothing, one that commits is sure to be sent (or
 * shown as failed) by {@link OutboxSender}.
 */
@Service
public class MailOutbox {

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the queued mail's id
	 * @throws IllegalArgumentException when the recipient is not exactly one plain
	 * address, the subject is empty, or the unsubscribe URL is not an absolute http(s)
	 * URL
	 */
	@Transactional
	public long enqueue(OutgoingMail mail) {
		String to = MailHeaders.singleAddress(mail.to());
		String name = MailHeaders.oneLine(mail.toName());
		String subject = MailHeaders.subject(mail.subject());
		String unsubscribe = MailHeaders.unsubscribeUrl(mail.unsubscribeUrl());
		if (mail.body() == null || mail.body().isBlank()) {
			throw new IllegalArgumentException("body required");
		}
		return jdbc.sql("""
				INSERT INTO mail_outbox (hub_id, message_key, to_address, to_name, subject, body, unsubscribe_url)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), UUID.randomUUID(), to, name == null ? null : truncate(name, 200), subject,
					mail.body(), unsubscribe)
			.query(Long.class)
			.single();
	}

	private static String truncate(String s, int max) {
		return s.length() > max ? s.substring(0, max) : s;
	}

}
