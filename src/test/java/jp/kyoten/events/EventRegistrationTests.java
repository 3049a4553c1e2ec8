package jp.kyoten.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.directory.Companies;
import jp.kyoten.directory.CompanyData;
import jp.kyoten.directory.NewCompany;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import jp.kyoten.platform.time.HubTime;

/**
 * Seats, the waiting list, cancellation and the link of registrants to the directory's
 * companies.
 */
@KyotenSpringTest
class EventRegistrationTests {

	@Autowired
	PlanEvent plan;

	@Autowired
	RegisterForEvent register;

	@Autowired
	CancelRegistration cancel;

	@Autowired
	Companies companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	EventFixture fixture;

	long kumamoto;

	@BeforeEach
	void setUp() {
		fixture = new EventFixture(plan, register, tx, jdbc);
		kumamoto = fixture.hub("kumamoto");
	}

	@Test
	void twoRegistrationsForTheLastSeatAtOnceGiveTheSeatToOneAndWaitlistTheOther() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				long event = fixture.published(kumamoto, 1);
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<RegistrationResult>> results = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					results.add(pool.submit(() -> {
						Registrant person = EventFixture.person(null, false);
						together.await();
						return fixture.register(kumamoto, event, person);
					}));
				}
				List<RegistrationStatus> statuses = new ArrayList<>();
				for (Future<RegistrationResult> r : results) {
					statuses.add(r.get().status());
				}
				assertThat(statuses).containsExactlyInAnyOrder(RegistrationStatus.CONFIRMED,
						RegistrationStatus.WAITLISTED);
				assertThat(count("SELECT count(*) FROM event_registration WHERE event_id = ? AND status = 'CONFIRMED'",
						event))
					.isEqualTo(1);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void cancellingASeatMovesTheFirstWaitingPersonUpAndTellsThemByMail() {
		long event = fixture.published(kumamoto, 2);
		RegistrationResult a = fixture.register(kumamoto, event, EventFixture.person(null, false));
		fixture.register(kumamoto, event, EventFixture.person(null, false));
		RegistrationResult c = fixture.register(kumamoto, event, EventFixture.person(null, false));
		RegistrationResult d = fixture.register(kumamoto, event, EventFixture.person(null, false));
		assertThat(c.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(c.waitlistPosition()).isEqualTo(1);
		assertThat(d.waitlistPosition()).isEqualTo(2);

		HubScope.runAs(kumamoto, () -> cancel.byToken(a.token()));

		assertThat(fixture.status(kumamoto, a.id())).isEqualTo("CANCELLED");
		assertThat(fixture.status(kumamoto, c.id())).isEqualTo("CONFIRMED");
		assertThat(fixture.status(kumamoto, d.id())).isEqualTo("WAITLISTED");
		String cEmail = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT email FROM event_registration WHERE id = ?")
					.param(c.id())
					.query(String.class)
					.single());
		List<String> subjects = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT subject FROM mail_outbox WHERE to_address = ? ORDER BY id")
					.param(cEmail)
					.query(String.class)
					.list());
		assertThat(subjects).hasSize(2);
		assertThat(subjects.get(0)).startsWith("【キャンセル待ち受付】");
		assertThat(subjects.get(1)).startsWith("【参加確定】");
		// cancelling twice changes nothing
		HubScope.runAs(kumamoto, () -> cancel.byToken(a.token()));
		assertThat(fixture.status(kumamoto, d.id())).isEqualTo("WAITLISTED");
	}

	@Test
	void registrantOfAKnownCompanyIsLinkedToItNotDuplicated() {
		String core = EventFixture.unique("肥後試験精機");
		long known = HubScope
			.callAs(kumamoto,
					() -> tx.execute(s -> companies
						.registerAll(List.of(new NewCompany(CompanyData.named("株式会社" + core), List.of())))
						.getFirst()));
		long first = fixture.published(kumamoto, 10);
		long second = fixture.published(kumamoto, 10);
		Registrant person = EventFixture.person("㈱" + core, false);
		RegistrationResult r1 = fixture.register(kumamoto, first, person);
		RegistrationResult r2 = fixture.register(kumamoto, second, person);
		RegistrationResult colleague = fixture.register(kumamoto, first, EventFixture.person(core + "株式会社", false));

		assertThat(companyOf(r1.id())).isEqualTo(known);
		assertThat(companyOf(r2.id())).isEqualTo(known);
		assertThat(companyOf(colleague.id())).isEqualTo(known);
		assertThat(count("SELECT count(*) FROM company WHERE name LIKE ?", "%" + core + "%")).isEqualTo(1);
		// the same person is the same contact; a colleague is a second contact of the
		// company
		assertThat(contactOf(r1.id())).isEqualTo(contactOf(r2.id())).isNotEqualTo(contactOf(colleague.id()));
		assertThat(count("SELECT count(*) FROM contact WHERE company_id = ?", known)).isEqualTo(2);
	}

	@Test
	void registrantOfAnUnknownCompanyRegistersItOnce() {
		String core = EventFixture.unique("阿蘇試験工業");
		long event = fixture.published(kumamoto, 10);
		RegistrationResult r = fixture.register(kumamoto, event, EventFixture.person("株式会社" + core, false));
		RegistrationResult again = fixture.register(kumamoto, event, EventFixture.person("（株）" + core, false));
		assertThat(companyOf(r.id())).isEqualTo(companyOf(again.id()));
		assertThat(count("SELECT count(*) FROM company WHERE name LIKE ?", "%" + core + "%")).isEqualTo(1);
	}

	@Test
	void twoPeopleOfTheSameNewCompanyRegisteringAtOnceMakeOneCompany() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				String core = EventFixture.unique("同時試験物産");
				long first = fixture.published(kumamoto, 10);
				long second = fixture.published(kumamoto, 10);
				CyclicBarrier together = new CyclicBarrier(2);
				Future<RegistrationResult> a = pool.submit(() -> {
					Registrant p = EventFixture.person("株式会社" + core, false);
					together.await();
					return fixture.register(kumamoto, first, p);
				});
				Future<RegistrationResult> b = pool.submit(() -> {
					Registrant p = EventFixture.person(core + "株式会社", false);
					together.await();
					return fixture.register(kumamoto, second, p);
				});
				assertThat(companyOf(a.get().id())).isEqualTo(companyOf(b.get().id()));
				assertThat(count("SELECT count(*) FROM company WHERE name LIKE ?", "%" + core + "%")).isEqualTo(1);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void refusesASecondRegistrationOfTheSameAddressAndRegistrationWithoutConsent() {
		long event = fixture.published(kumamoto, 10);
		Registrant person = EventFixture.person(null, false);
		fixture.register(kumamoto, event, person);
		assertThatThrownBy(() -> fixture.register(kumamoto, event, person)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("registration.duplicate");
		Registrant noConsent = new Registrant(Audience.TALENT, "同意 なし", null, "no-consent@example.jp", null, null, null,
				null, false, false);
		assertThatThrownBy(() -> fixture.register(kumamoto, event, noConsent)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("registration.consentRequired");
	}

	@Test
	void thePublicCannotRegisterForAnEventThatIsNotPublished() {
		long event = fixture.planned(kumamoto, EventFixture.unique("未公開セミナー"));
		assertThatThrownBy(() -> HubScope.callAs(kumamoto,
				() -> register.register(event, EventFixture.person(null, false), RegisterForEvent.Source.PUBLIC)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("registration.closed");
	}

	@Test
	void raisingTheCapacityMovesTheWaitingListUp() {
		long event = fixture.published(kumamoto, 1);
		fixture.register(kumamoto, event, EventFixture.person(null, false));
		RegistrationResult waiting = fixture.register(kumamoto, event, EventFixture.person(null, false));
		HubScope.runAs(kumamoto, () -> tx.executeWithoutResult(s -> {
			EventDetails d = EventFixture.details("定員変更", EventKind.SEMINAR, 2, null);
			int version = jdbc.sql("SELECT version FROM event WHERE id = ?").param(event).query(Integer.class).single();
			plan.update(event, version, d);
			cancel.capacityChanged(event);
		}));
		assertThat(fixture.status(kumamoto, waiting.id())).isEqualTo("CONFIRMED");
	}

	@Autowired
	RemindRegistrants reminders;

	@Test
	void everyoneHoldingASeatIsRemindedTheDayBeforeOnce() {
		long event = fixture.published(kumamoto, 1);
		RegistrationResult seat = fixture.register(kumamoto, event, EventFixture.person(null, false));
		RegistrationResult waiting = fixture.register(kumamoto, event, EventFixture.person(null, false));
		java.time.LocalDate day = java.time.LocalDate.now(HubTime.ZONE).plusWeeks(4);
		reminders.remind(kumamoto, day);
		reminders.remind(kumamoto, day);
		List<String> reminded = HubScope.callAs(kumamoto, () -> jdbc.sql("""
				SELECT r.id::text FROM event_registration r JOIN mail_outbox m ON m.to_address = r.email
				 WHERE r.event_id = ? AND m.subject LIKE '【明日開催】%'""").param(event).query(String.class).list());
		assertThat(reminded).containsExactly(String.valueOf(seat.id()));
		assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
	}

	private long companyOf(long registrationId) {
		return count("SELECT company_id FROM event_registration WHERE id = ?", registrationId);
	}

	private long contactOf(long registrationId) {
		return count("SELECT contact_id FROM event_registration WHERE id = ?", registrationId);
	}

	private long count(String sql, Object param) {
		return HubScope.callAs(kumamoto, () -> jdbc.sql(sql).param(param).query(Long.class).single());
	}

}
