package jp.kyoten.events;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Announces an event to everyone of the hub who agreed to hear about events and has not
 * stopped it: one mail per person, so no one sees another's address, each with its own
 * one-click unsubscribe link (List-Unsubscribe). Stopping is by that link
 * ({@link #unsubscribe}).
 */
@Service
@Transactional
class AnnounceEvent {

	record Subscriber(String email, String name, String token) {
	}

	private final JdbcClient jdbc;

	private final Events events;

	private final EventMails mails;

	private final AuditTrail audit;

	AnnounceEvent(JdbcClient jdbc, Events events, EventMails mails, AuditTrail audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.mails = mails;
		this.audit = audit;
	}

	/**
	 * @return how many mails were queued
	 * @throws BusinessRuleException {@code announcement.notPublished} unless the event is
	 * published
	 */
	int announce(long eventId, String subject, String text) {
		EventView event = events.get(eventId);
		if (event.state() != EventState.PUBLISHED) {
			throw new BusinessRuleException("announcement.notPublished");
		}
		List<Subscriber> subscribers = subscribers();
		String body = text + "\n\n" + event.title() + "\n" + mails.when(event.startsAt().toInstant()) + "\n"
				+ mails.eventLink(eventId);
		for (Subscriber s : subscribers) {
			mails.announcement(subject, body, s.name(), s.email(), s.token());
		}
		jdbc.sql(
				"INSERT INTO event_announcement (hub_id, event_id, subject, recipients, sent_by) VALUES (?, ?, ?, ?, ?)")
			.params(HubScope.require(), eventId, subject, subscribers.size(),
					CurrentUser.get().map(KyotenUser::userId).orElse(null))
			.update();
		audit.record(jp.kyoten.audit.AuditAction.UPDATE, "event", eventId, "案内メールを " + subscribers.size() + " 名に送信");
		return subscribers.size();
	}

	@Transactional(readOnly = true)
	List<Subscriber> subscribers() {
		return jdbc.sql("SELECT email, name, token FROM event_subscriber WHERE subscribed ORDER BY email")
			.query((rs, n) -> new Subscriber(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Transactional(readOnly = true)
	int subscriberCount() {
		return jdbc.sql("SELECT count(*) FROM event_subscriber WHERE subscribed").query(Integer.class).single();
	}

	/**
	 * Stops announcements for the subscriber with this token; false when there is none.
	 * Idempotent.
	 */
	boolean unsubscribe(String token) {
		if (token == null || !token.matches("u[A-Za-z0-9_-]{20,63}")) {
			return false;
		}
		return jdbc.sql("UPDATE event_subscriber SET subscribed = false, changed_at = now() WHERE token = ?")
			.param(token)
			.update() == 1;
	}

}
