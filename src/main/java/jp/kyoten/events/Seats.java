package jp.kyoten.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.RecordNotFoundException;

/**
 * The seats of an event. Every change to who holds a seat first locks the event's row
 * ({@code SELECT … FOR UPDATE}), so that two registrations for the last seat, or a
 * cancellation and a registration, take turns: one gets the seat, the other waits in
 * line. The waiting list moves up in registration order.
 */
@Component
class Seats {

	/** The locked event's facts needed to decide about a seat. */
	record LockedEvent(long id, String title, EventState state, Integer capacity, Instant startsAt, Instant endsAt,
			String venue, String onlineUrl) {

		boolean started() {
			return !startsAt.isAfter(Instant.now());
		}

	}

	private final JdbcClient jdbc;

	Seats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws RecordNotFoundException when the event is not the hub's
	 */
	LockedEvent lock(long eventId) {
		return read(eventId, " FOR UPDATE");
	}

	/** The same facts without a lock, for mails that change no seat. */
	LockedEvent describe(long eventId) {
		return read(eventId, "");
	}

	private LockedEvent read(long eventId, String lock) {
		return jdbc
			.sql("SELECT id, title, state, capacity, starts_at, ends_at, venue, online_url FROM event " + "WHERE id = ?"
					+ lock)
			.param(eventId)
			.query((rs, n) -> new LockedEvent(rs.getLong(1), rs.getString(2), EventState.valueOf(rs.getString(3)),
					rs.getObject(4) == null ? null : rs.getInt(4), rs.getTimestamp(5).toInstant(),
					rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("event", eventId));
	}

	int confirmed(long eventId) {
		return jdbc.sql("SELECT count(*) FROM event_registration WHERE event_id = ? AND status = 'CONFIRMED'")
			.param(eventId)
			.query(Integer.class)
			.single();
	}

	/** 1 for the first in line. */
	int waitlistPosition(long eventId, long registrationId) {
		return jdbc.sql("""
				SELECT count(*) FROM event_registration w, event_registration me
				 WHERE me.id = ? AND w.event_id = ? AND w.status = 'WAITLISTED'
				   AND (w.registered_at, w.id) <= (me.registered_at, me.id)""")
			.params(registrationId, eventId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Gives free seats of the locked event to the waiting list, first come first served.
	 * @return the ids of the registrations that moved up
	 */
	List<Long> promote(LockedEvent event) {
		if (event.started()) {
			return List.of();
		}
		int free = event.capacity() == null ? Integer.MAX_VALUE : event.capacity() - confirmed(event.id());
		if (free <= 0) {
			return List.of();
		}
		return jdbc.sql("""
				UPDATE event_registration SET status = 'CONFIRMED', promoted_at = ?
				 WHERE id IN (SELECT id FROM event_registration WHERE event_id = ? AND status = 'WAITLISTED'
				               ORDER BY registered_at, id LIMIT ?)
				RETURNING id""").params(Timestamp.from(Instant.now()), event.id(), free).query(Long.class).list();
	}

}
