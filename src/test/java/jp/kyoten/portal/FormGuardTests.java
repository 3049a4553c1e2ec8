package jp.kyoten.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The signed fill time and the honeypot of the public forms. */
class FormGuardTests {

	static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");

	final PortalSettings settings = new PortalSettings("test-key", Duration.ofSeconds(3), Duration.ofDays(1), 5,
			2_097_152, Duration.ofSeconds(60));

	final FormGuard guard = new FormGuard(settings, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void acceptsAFormFilledAtHumanSpeed() {
		assertThat(guard.check(guard.issue(NOW.minusSeconds(20)), null)).isEqualTo(FormGuard.Verdict.ACCEPTED);
		assertThat(guard.check(guard.issue(NOW.minusSeconds(20)), "")).isEqualTo(FormGuard.Verdict.ACCEPTED);
	}

	@Test
	void refusesAFormSentBackSoonerThanTheMinimumFillTime() {
		assertThat(guard.check(guard.issue(NOW.minusMillis(2900)), null)).isEqualTo(FormGuard.Verdict.TOO_FAST);
	}

	@Test
	void refusesAnOldFormAForgedTimeAndAFilledHoneypot() {
		assertThat(guard.check(guard.issue(NOW.minus(Duration.ofDays(2))), null)).isEqualTo(FormGuard.Verdict.EXPIRED);
		String issued = guard.issue(NOW.minusSeconds(60));
		String tampered = (Long.parseLong(issued.substring(0, issued.indexOf('.'))) - 60_000)
				+ issued.substring(issued.indexOf('.'));
		assertThat(guard.check(tampered, null)).isEqualTo(FormGuard.Verdict.FORGED);
		assertThat(guard.check(null, null)).isEqualTo(FormGuard.Verdict.FORGED);
		assertThat(guard.check("abc", null)).isEqualTo(FormGuard.Verdict.FORGED);
		FormGuard otherKey = new FormGuard(new PortalSettings("other-key", Duration.ofSeconds(3), Duration.ofDays(1),
				5, 2_097_152, Duration.ofSeconds(60)), Clock.fixed(NOW, ZoneOffset.UTC));
		assertThat(otherKey.check(issued, null)).isEqualTo(FormGuard.Verdict.FORGED);
		assertThat(guard.check(issued, "https://spam.example")).isEqualTo(FormGuard.Verdict.HONEYPOT);
	}

	@Test
	void hashesAddressesWithoutKeepingThem() {
		assertThat(guard.addressHash("203.0.113.5")).isEqualTo(guard.addressHash("203.0.113.5"))
			.isNotEqualTo(guard.addressHash("203.0.113.6"))
			.doesNotContain("203");
	}

}
