package jp.kyoten.events;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.directory.registry.RegistryTestFiles;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * Events and registrants for the tests, each with a name of its own (kanji numerals: no
 * digit runs).
 */
final class EventFixture {

	/**
	 * Hubs made by the events tests lie in a prefecture of their own (鹿児島), out of reach
	 * of prefecture-wide tests.
	 */
	static final String TEST_PREFECTURE = "46";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private final PlanEvent plan;

	private final RegisterForEvent register;

	private final TransactionTemplate tx;

	private final JdbcClient jdbc;

	EventFixture(PlanEvent plan, RegisterForEvent register, TransactionTemplate tx, JdbcClient jdbc) {
		this.plan = plan;
		this.register = register;
		this.tx = tx;
		this.jdbc = jdbc;
	}

	static String unique(String prefix) {
		return prefix + RegistryTestFiles.kanji(SEQUENCE.incrementAndGet());
	}

	long hub(String slug) {
		return jdbc.sql("SELECT id FROM hub WHERE slug = ?").param(slug).query(Long.class).single();
	}

	/** A published seminar four weeks ahead in the hub. */
	long published(long hubId, Integer capacity) {
		return HubScope.callAs(hubId, () -> tx.execute(s -> {
			long id = plan.create(details(unique("試験セミナー"), EventKind.SEMINAR, capacity, null));
			plan.advance(id, EventState.APPROVED);
			plan.advance(id, EventState.PUBLISHED);
			return id;
		}));
	}

	long planned(long hubId, String title) {
		return HubScope.callAs(hubId, () -> tx.execute(s -> plan.create(details(title, EventKind.SEMINAR, 10, null))));
	}

	static EventDetails details(String title, EventKind kind, Integer capacity, String theme) {
		LocalDate day = LocalDate.now(HubTime.ZONE).plusWeeks(4);
		return new EventDetails(title, kind, "試験事業", day.atTime(14, 0).atZone(HubTime.ZONE).toInstant(),
				day.atTime(16, 0).atZone(HubTime.ZONE).toInstant(), "熊本市国際交流会館", null, capacity,
				EnumSet.of(Audience.COMPANY), "講演と質疑応答", "講師", null, theme, null);
	}

	static Registrant person(String organisation, boolean announcements) {
		String name = unique("試験 太郎");
		return new Registrant(Audience.COMPANY, name, "シケン タロウ", "t" + SEQUENCE.incrementAndGet() + "@example.jp", null,
				organisation, null, Map.of(), true, announcements);
	}

	RegistrationResult register(long hubId, long eventId, Registrant person) {
		return HubScope.callAs(hubId, () -> register.register(eventId, person, RegisterForEvent.Source.STAFF));
	}

	String status(long hubId, long registrationId) {
		return HubScope.callAs(hubId,
				() -> jdbc.sql("SELECT status FROM event_registration WHERE id = ?")
					.param(registrationId)
					.query(String.class)
					.single());
	}

}
