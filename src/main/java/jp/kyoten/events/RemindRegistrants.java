package jp.kyoten.events;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * The reminder the day before: every quarter of an hour, for each hub, everyone holding a
 * seat at a published event that starts tomorrow (Japan time) and has not been reminded
 * gets one mail. The registration is marked reminded in the same transaction that queues
 * the mail, under a row lock that another node skips, so no one is reminded twice.
 */
@Component
class RemindRegistrants {

	private final Clock clock;

	private static final Logger log = LoggerFactory.getLogger(RemindRegistrants.class);

	private final Hubs hubs;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final EventMails mails;

	private final Seats seats;

	RemindRegistrants(Hubs hubs, JdbcClient jdbc, TransactionTemplate tx, EventMails mails, Seats seats, Clock clock) {
		this.clock = clock;
		this.hubs = hubs;
		this.jdbc = jdbc;
		this.tx = tx;
		this.mails = mails;
		this.seats = seats;
	}

	@Scheduled(fixedDelayString = "${kyoten.events.reminder-interval:PT15M}",
			initialDelayString = "${kyoten.events.reminder-interval:PT15M}")
	void remindAll() {
		for (Hub hub : hubs.all()) {
			try {
				remind(hub.getId(), LocalDate.now(clock).plusDays(1));
			}
			catch (RuntimeException ex) {
				log.warn("Reminders of hub {} stopped: {}", hub.getId(), ex.toString());
			}
		}
	}

	/**
	 * Reminds those registered for the hub's events on {@code day}; answers how many
	 * mails were queued.
	 */
	int remind(long hubId, LocalDate day) {
		Instant from = day.atStartOfDay(HubTime.ZONE).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(HubTime.ZONE).toInstant();
		return HubScope.callAs(hubId, () -> tx.execute(status -> {
			record Due(long id, long eventId, String name, String email, String token) {
			}
			List<Due> due = jdbc.sql("""
					SELECT r.id, r.event_id, r.name, r.email, r.token
					  FROM event_registration r JOIN event e ON e.id = r.event_id
					 WHERE e.state = 'PUBLISHED' AND e.starts_at >= ? AND e.starts_at < ?
					   AND r.status = 'CONFIRMED' AND r.reminded_at IS NULL
					 ORDER BY r.event_id, r.id
					   FOR UPDATE OF r SKIP LOCKED""")
				.params(Timestamp.from(from), Timestamp.from(to))
				.query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5)))
				.list();
			for (Due d : due) {
				Seats.LockedEvent event = seats.describe(d.eventId());
				mails.about("reminder", event, d.name(), d.email(), d.token());
				jdbc.sql("UPDATE event_registration SET reminded_at = now() WHERE id = ?").param(d.id()).update();
			}
			return due.size();
		}));
	}

}
