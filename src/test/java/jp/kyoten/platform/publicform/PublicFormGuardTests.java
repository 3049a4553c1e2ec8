package jp.kyoten.platform.publicform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared guard of the public forms: the signed fill time and the honeypot, and limits
 * per address and per hub that live in PostgreSQL — so that a restarted node (a new guard
 * on the same database, as after a restart) keeps both the counts and the key, and every
 * node shares them.
 */
@KyotenSpringTest
class PublicFormGuardTests {

	static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");

	@Autowired
	PublicFormGuard guard;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PublicFormSettings settings;

	@Test
	void acceptsAFormFilledAtHumanSpeedAndRefusesOneTooFastTooOldForgedOrWithTheHoneypot() {
		PublicFormGuard at = new PublicFormGuard(jdbc, transactions, settings, Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(at.check(at.issue(NOW.minusSeconds(20)), null)).isEqualTo(PublicFormGuard.Verdict.ACCEPTED);
		assertThat(at.check(at.issue(NOW.minusSeconds(20)), "")).isEqualTo(PublicFormGuard.Verdict.ACCEPTED);
		assertThat(at.check(at.issue(NOW.minusMillis(2900)), null)).isEqualTo(PublicFormGuard.Verdict.TOO_FAST);
		assertThat(at.check(at.issue(NOW.minus(Duration.ofDays(2))), null)).isEqualTo(PublicFormGuard.Verdict.EXPIRED);
		String issued = at.issue(NOW.minusSeconds(60));
		String tampered = (Long.parseLong(issued.substring(0, issued.indexOf('.'))) - 60_000)
				+ issued.substring(issued.indexOf('.'));
		assertThat(at.check(tampered, null)).isEqualTo(PublicFormGuard.Verdict.FORGED);
		assertThat(at.check(null, null)).isEqualTo(PublicFormGuard.Verdict.FORGED);
		assertThat(at.check("abc", null)).isEqualTo(PublicFormGuard.Verdict.FORGED);
		PublicFormGuard otherKey = new PublicFormGuard(jdbc, transactions,
				new PublicFormSettings("another-key", Duration.ofSeconds(3), Duration.ofDays(1)),
				Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(otherKey.check(issued, null)).isEqualTo(PublicFormGuard.Verdict.FORGED);
		assertThat(at.check(issued, "https://spam.example")).isEqualTo(PublicFormGuard.Verdict.HONEYPOT);
	}

	@Test
	void limitsPerAddressAndPerHub() {
		long hub = hub("kumamoto");
		PublicForm form = new PublicForm("limits-" + System.nanoTime(), 2, 3, Duration.ofHours(1));
		assertThat(guard.admit(form, hub, "198.51.100.1")).isTrue();
		assertThat(guard.admit(form, hub, "198.51.100.1")).isTrue();
		assertThat(guard.admit(form, hub, "198.51.100.1")).isFalse();
		// the hub has taken three of the form: a new address is refused too, another hub
		// is not
		assertThat(guard.admit(form, hub, "198.51.100.2")).isFalse();
		assertThat(guard.admit(form, hub("fukuoka"), "198.51.100.2")).isTrue();
	}

	@Test
	void aLimitAndTheKeySurviveARestart() {
		long hub = hub("kumamoto");
		PublicForm form = new PublicForm("restart-" + System.nanoTime(), 3, 100, Duration.ofHours(1));
		for (int i = 0; i < 3; i++) {
			assertThat(guard.admit(form, hub, "198.51.100.7")).isTrue();
		}
		String shownBeforeTheRestart = guard.issue(Instant.now().minusSeconds(30));

		// what a restart (or a second node) builds: a new guard on the same database, no
		// key configured
		PublicFormGuard restarted = new PublicFormGuard(jdbc, transactions,
				new PublicFormSettings("", Duration.ofSeconds(3), Duration.ofDays(1)));

		assertThat(restarted.admit(form, hub, "198.51.100.7")).isFalse();
		assertThat(restarted.check(shownBeforeTheRestart, null)).isEqualTo(PublicFormGuard.Verdict.ACCEPTED);
		assertThat(jdbc.sql("SELECT count(*) FROM public_form_key").query(Long.class).single()).isEqualTo(1);
	}

	private long hub(String slug) {
		return jdbc.sql("SELECT id FROM hub WHERE slug = ?").param(slug).query(Long.class).single();
	}

}
