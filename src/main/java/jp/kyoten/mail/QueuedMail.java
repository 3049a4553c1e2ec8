package jp.kyoten.mail;

import java.time.Instant;
import java.util.UUID;

/** A row of the outbox as the sender and the "送信メール" page read it. */
record QueuedMail(long id, UUID messageKey, String to, String toName, String subject, String body,
		String unsubscribeUrl, String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
		Instant sentAt) {

	static final String COLUMNS = """
			id, message_key, to_address, to_name, subject, body, unsubscribe_url, status, attempts, next_attempt_at,
			last_error, created_at, sent_at""";

	static QueuedMail of(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Timestamp sent = rs.getTimestamp("sent_at");
		return new QueuedMail(rs.getLong("id"), rs.getObject("message_key", UUID.class), rs.getString("to_address"),
				rs.getString("to_name"), rs.getString("subject"), rs.getString("body"), rs.getString("unsubscribe_url"),
				rs.getString("status"), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
				rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant());
	}

}
