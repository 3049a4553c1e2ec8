package jp.kyoten.identity;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kyoten.sessions.*} (ASVS 3.3): a session ends after {@code idleTimeout} without
 * a request (Spring Session's own expiry in PostgreSQL, {@code spring.session.timeout} is
 * bound to it) and, however busy, after {@code absoluteTimeout} since its sign-in
 * ({@link SessionLifetimeFilter}).
 */
@Validated
@ConfigurationProperties("kyoten.sessions")
record SessionSettings(@DefaultValue("30m") @NotNull Duration idleTimeout,
		@DefaultValue("12h") @NotNull Duration absoluteTimeout) {

	@AssertTrue(message = "kyoten.sessions: both timeouts positive, the idle one no longer than the absolute one")
	boolean isConsistent() {
		return idleTimeout.isPositive() && absoluteTimeout.isPositive() && idleTimeout.compareTo(absoluteTimeout) <= 0;
	}

}
