package jp.kyoten.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.mail.MailOutbox;
import jp.kyoten.mail.OutgoingMail;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * The optional morning e-mail of "my work": today's appointments and what falls due, sent
 * once per business day from 7:30 to each person who asked for it. Each person's day is
 * claimed with one UPDATE … RETURNING in the same transaction that queues the mail, so
 * that several app nodes, or a restart, never send it twice.
 */
@Component
class MorningDigest {

	private final Clock clock;

	static final LocalTime FROM = LocalTime.of(7, 30);

	private static final Logger log = LoggerFactory.getLogger(MorningDigest.class);

	private final Hubs hubs;

	private final BusinessCalendar calendar;

	private final Appointments appointments;

	private final List<WorkItemSource> sources;

	private final UserAccounts accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	MorningDigest(Hubs hubs, BusinessCalendar calendar, Appointments appointments, List<WorkItemSource> sources,
			UserAccounts accounts, MailOutbox outbox, MessageSource messages, JdbcClient jdbc, TransactionTemplate tx,
			Clock clock) {
		this.clock = clock;
		this.hubs = hubs;
		this.calendar = calendar;
		this.appointments = appointments;
		this.sources = sources;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	@Scheduled(fixedDelayString = "${kyoten.digest.interval:PT10M}",
			initialDelayString = "${kyoten.digest.interval:PT10M}")
	void run() {
		ZonedDateTime now = ZonedDateTime.now(clock);
		if (now.toLocalTime().isBefore(FROM)) {
			return;
		}
		for (Hub hub : hubs.all()) {
			try {
				int sent = HubScope.callAs(hub.getId(), () -> sendFor(hub.getId(), now.toLocalDate()));
				if (sent > 0) {
					log.info("Morning digest queued for {} people of hub {}", sent, hub.getSlug());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Morning digest of hub {} failed; it is tried again at the next run", hub.getSlug(), ex);
			}
		}
	}

	/**
	 * Queues today's digest for everyone of the hub in scope who asked and has not had
	 * it; answers how many.
	 */
	int sendFor(long hubId, LocalDate today) {
		if (!calendar.status(hubId, today).open()) {
			return 0;
		}
		Integer count = tx.execute(status -> {
			List<Long> users = jdbc.sql("""
					UPDATE user_digest SET last_sent_on = ?, updated_at = now()
					WHERE enabled AND (last_sent_on IS NULL OR last_sent_on < ?) RETURNING user_id""")
				.params(today, today)
				.query(Long.class)
				.list();
			int queued = 0;
			for (long user : users) {
				if (queue(hubId, user, today)) {
					queued++;
				}
			}
			return queued;
		});
		return count == null ? 0 : count;
	}

	private boolean queue(long hubId, long userId, LocalDate today) {
		String email = accounts.emailOf(hubId, userId).orElse(null);
		if (email == null) {
			return false;
		}
		Instant start = today.atStartOfDay(HubTime.ZONE).toInstant();
		List<AppointmentView> todays = appointments.ofPerson(userId, start, start.plusSeconds(86_400))
			.stream()
			.filter(a -> !a.cancelled())
			.toList();
		List<WorkItem> items = sources.stream().flatMap(s -> s.dueFor(userId, today, today).stream()).toList();
		if (todays.isEmpty() && items.isEmpty()) {
			return false;
		}
		outbox.enqueue(
				new OutgoingMail(email, null, text("digest.subject", day(today)), body(todays, items, today), null));
		return true;
	}

	private String body(List<AppointmentView> todays, List<WorkItem> items, LocalDate today) {
		StringBuilder b = new StringBuilder(text("digest.greeting", day(today))).append("\n\n");
		b.append(text("digest.appointments")).append('\n');
		if (todays.isEmpty()) {
			b.append("  ").append(text("digest.none")).append('\n');
		}
		DateTimeFormatter time = DateTimeFormatter.ofPattern("H:mm");
		for (AppointmentView a : todays) {
			b.append("  ")
				.append(a.allDay() ? text("digest.allDay") : a.startsAt().format(time) + "–" + a.endsAt().format(time))
				.append(' ')
				.append(a.title())
				.append('\n');
		}
		b.append('\n').append(text("digest.due")).append('\n');
		if (items.isEmpty()) {
			b.append("  ").append(text("digest.none")).append('\n');
		}
		for (WorkItem i : items) {
			b.append("  ");
			if (i.overdueOn(today)) {
				b.append(text("digest.overdue")).append(' ');
			}
			b.append(i.title()).append('\n');
		}
		return b.append('\n').append(text("digest.footer")).toString();
	}

	private static String day(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("yyyy/MM/dd (E)", Locale.JAPANESE));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.JAPANESE);
	}

}
