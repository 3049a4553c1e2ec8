package jp.kyoten.events;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.Hubs;
import jp.kyoten.mail.MailOutbox;
import jp.kyoten.mail.OutgoingMail;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.PublicAddress;

/**
 * The mails of the events module, in Japanese, queued in the caller's transaction:
 * confirmation (with the link to the person's registration page, which shows the check-in
 * QR code and lets them cancel), waiting list, moved up, cancelled, the reminder the day
 * before, and announcements (each with its own unsubscribe link). Every link starts with
 * the deployment's public address ({@link PublicAddress}, {@code KYOTEN_PUBLIC_URL}).
 */
@Component
class EventMails {

	static final Locale JA = Locale.JAPANESE;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final Hubs hubs;

	private final PublicAddress address;

	private final java.util.Map<Long, String> slugs = new java.util.concurrent.ConcurrentHashMap<>();

	EventMails(MailOutbox outbox, MessageSource messages, Hubs hubs, PublicAddress address) {
		this.outbox = outbox;
		this.messages = messages;
		this.hubs = hubs;
		this.address = address;
	}

	/**
	 * The mails about one registration; {@code kind} is confirmed, waitlisted, promoted,
	 * cancelled or reminder.
	 */
	long about(String kind, Seats.LockedEvent event, String name, String email, String token) {
		String place = event.venue() != null ? event.venue() : event.onlineUrl();
		String hubName = hubs.nameOf(HubScope.require());
		String subject = text("events.mail." + kind + ".subject", event.title());
		String body = text("events.mail." + kind + ".body", name, event.title(), when(event.startsAt()), place,
				registrationLink(token), hubName);
		return outbox.enqueue(new OutgoingMail(email, name, subject, body, null));
	}

	/**
	 * One announcement mail to one subscriber, with their own one-click unsubscribe link.
	 */
	long announcement(String subject, String text, String name, String email, String subscriberToken) {
		String unsubscribe = address.link("/p/" + slug() + "/events/unsubscribe/" + subscriberToken);
		String body = text("events.mail.announcement.body", name, text, unsubscribe, hubs.nameOf(HubScope.require()),
				address.link("/p/" + slug() + "/events"));
		return outbox.enqueue(new OutgoingMail(email, name, subject, body, unsubscribe));
	}

	String eventLink(long eventId) {
		return address.link("/p/" + slug() + "/events/" + eventId);
	}

	String registrationLink(String token) {
		return address.link("/p/" + slug() + "/events/r/" + token);
	}

	String when(Instant t) {
		return HubTime.format(t, "yyyy年M月d日（E）H:mm");
	}

	/** Hub slugs never change; kept in memory. */
	String slug() {
		return slugs.computeIfAbsent(HubScope.require(), id -> hubs.get(id).getSlug());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, JA);
	}

}
