package jp.kyoten.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.ListConditions;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * Sends the queue, hub by hub (row-level security shows a job one hub at a time). Each
 * mail is claimed, sent and marked in one transaction that holds the row with
 * {@code FOR UPDATE SKIP LOCKED}: another node skips it, and a node that dies before the
 * commit leaves it queued for the next pass — nothing is lost, and a mail marked sent is
 * never sent again. (The one window left is a crash after the SMTP server accepted the
 * mail and before the commit; the stable Message-ID lets the receiving side recognise
 * that copy.) A refused or unreachable server is retried with doubling delays; after
 * {@code kyoten.mail.max-attempts} the mail is FAILED and shown so on the outbox page. A
 * mail that cannot be built at all fails at once.
 */
/* Not named "MailSender": Spring Boot's JavaMailSender bean is called mailSender. */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Hubs hubs;

	private final MailDelivery delivery;

	private final MailSettings settings;

	OutboxSender(JdbcClient jdbc, TransactionTemplate tx, Hubs hubs, MailDelivery delivery, MailSettings settings) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.hubs = hubs;
		this.delivery = delivery;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${kyoten.mail.poll-interval:PT5S}",
			initialDelayString = "${kyoten.mail.initial-delay:${kyoten.mail.poll-interval:PT5S}}")
	void sendDue() {
		for (Hub hub : hubs.all()) {
			try {
				sendDue(hub.getId());
			}
			catch (RuntimeException ex) {
				log.warn("Sending the mail of hub {} stopped: {}", hub.getId(), ex.toString());
			}
		}
	}

	/** Sends up to one batch of the hub's due mail; answers how many were handled. */
	int sendDue(long hubId) {
		// a mail that fails in this pass is due again only after this pass began: one
		// attempt per pass
		Timestamp passStart = Timestamp.from(Instant.now());
		return HubScope.callAs(hubId, () -> {
			int handled = 0;
			while (handled < settings.batchSize() && Boolean.TRUE.equals(tx.execute(status -> sendOne(passStart)))) {
				handled++;
			}
			return handled;
		});
	}

	private boolean sendOne(Timestamp dueBy) {
		Optional<QueuedMail> next = jdbc.sql("SELECT " + QueuedMail.COLUMNS + " " + """
				FROM mail_outbox WHERE status = 'QUEUED' AND next_attempt_at <= ?
				ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
			.param(dueBy)
			.query(QueuedMail::of)
			.optional();
		if (next.isEmpty()) {
			return false;
		}
		QueuedMail mail = next.get();
		try {
			MailDelivery.Outcome outcome = delivery.deliver(mail);
			jdbc.sql("UPDATE mail_outbox SET status = ?, attempts = attempts + 1, sent_at = now(), last_error = NULL "
					+ "WHERE id = ?")
				.params(outcome.name(), mail.id())
				.update();
		}
		catch (MailPreparationException ex) {
			failed(mail, settings.maxAttempts(), ex);
		}
		catch (MailException ex) {
			failed(mail, mail.attempts() + 1, ex);
		}
		return true;
	}

	private void failed(QueuedMail mail, int attempts, Exception ex) {
		boolean giveUp = attempts >= settings.maxAttempts();
		Duration delay = settings.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 16));
		String error = String.valueOf(ex.getMessage());
		jdbc.sql("UPDATE mail_outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
			.params(giveUp ? "FAILED" : "QUEUED", attempts, Timestamp.from(Instant.now().plus(delay)),
					error.length() > 500 ? error.substring(0, 500) : error, mail.id())
			.update();
		log.warn("Mail {} not sent (attempt {}{}): {}", mail.id(), attempts, giveUp ? ", given up" : "", error);
	}

	/**
	 * The orders of the outbox page (each on an index of V260): by default the newest
	 * mail first; by addressee, subject, or status.
	 */
	static final ListSorting SORTING = ListSorting.by("date", "id")
		.dateKey("date", "created_at")
		.key("to", "to_name", "to_address")
		.key("subject", "subject")
		.key("status", "status");

	/**
	 * One page of the hub's mails (row-level security keeps them to the hub in scope),
	 * optionally of one status; {@code text} searches the subject and the addressee's
	 * name and address.
	 */
	ListPage<QueuedMail> page(String status, String text, ListRequest request, String baseUrl) {
		return ListQuery.searchedPage(jdbc, "SELECT " + QueuedMail.COLUMNS + " FROM mail_outbox", "FROM mail_outbox",
				where(status, text), text, SORTING, request, baseUrl, QueuedMail::of);
	}

	/**
	 * Every mail the outbox page's filters keep, in its order — all of them, not one page
	 * — streamed from a cursor, for the list export.
	 */
	void export(String status, String text, ListRequest request, java.util.function.Consumer<QueuedMail> each) {
		ListQuery.each(jdbc, "SELECT " + QueuedMail.COLUMNS + " FROM mail_outbox", where(status, text), SORTING,
				request, QueuedMail::of, each);
	}

	private static ListConditions where(String status, String text) {
		return ListConditions.where().andIf(status, "status = ?").containing(text, "subject", "to_name", "to_address");
	}

	Optional<QueuedMail> find(long id) {
		return jdbc.sql("SELECT " + QueuedMail.COLUMNS + " FROM mail_outbox WHERE id = ?")
			.param(id)
			.query(QueuedMail::of)
			.optional();
	}

	/**
	 * Queues a failed mail again for a fresh round of attempts; false when there is no
	 * such failed mail.
	 */
	boolean requeue(long id) {
		return jdbc
			.sql("UPDATE mail_outbox SET status = 'QUEUED', attempts = 0, next_attempt_at = now() "
					+ "WHERE id = ? AND status = 'FAILED'")
			.param(id)
			.update() == 1;
	}

}
