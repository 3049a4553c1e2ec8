package jp.kyoten.identity;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The idle and the absolute session timeout (kyoten.sessions.*, 30 min / 12 h), on
 * sessions kept in PostgreSQL.
 */
@KyotenSpringTest
class SessionTimeoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	SessionSettings settings;

	String email;

	@BeforeEach
	void aCoordinator() {
		long kumamoto = jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
		email = "timeout-" + System.nanoTime() + "@kumamoto.demo";
		accounts.createIfAbsent(kumamoto, email, "時間 切れ", Role.COORDINATOR, DemoLogins.PASSWORD);
	}

	@Test
	void theDefaultsAreThirtyMinutesIdleAndTwelveHoursInAll() {
		assertThat(settings.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
		assertThat(settings.absoluteTimeout()).isEqualTo(Duration.ofHours(12));
	}

	@Test
	void aSessionIdleLongerThanTheIdleTimeoutIsSignedOut() throws Exception {
		Cookie session = signIn();
		mvc.perform(get("/companies").cookie(session)).andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
			.param(email)
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);

		idleFor(Duration.ofMinutes(29));
		mvc.perform(get("/companies").cookie(session)).andExpect(status().isOk());
		idleFor(Duration.ofMinutes(31));
		mvc.perform(get("/companies").cookie(session)).andExpect(TwoFactorSignInTests.redirectsTo("/login"));
		assertThat(sessionsOf(email)).isZero();
	}

	@Test
	void aSessionSignedInLongerAgoThanTheAbsoluteTimeoutIsEndedHoweverBusy() throws Exception {
		Cookie session = signIn();
		SessionAging.signedInAgo(sessions, SessionAging.idOf(session.getValue()), Duration.ofHours(11).plusMinutes(59));
		mvc.perform(get("/companies").cookie(session)).andExpect(status().isOk());

		SessionAging.signedInAgo(sessions, SessionAging.idOf(session.getValue()), Duration.ofHours(12).plusMinutes(1));
		mvc.perform(get("/companies").cookie(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(sessionsOf(email)).isZero();
		mvc.perform(get("/login").param("expired", ""))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("安全のためログアウトしました")));
	}

	@Test
	void idleLongerThanAbsoluteIsRefusedAtStart() {
		assertThat(new SessionSettings(Duration.ofHours(13), Duration.ofHours(12)).isConsistent()).isFalse();
		assertThat(new SessionSettings(Duration.ofMinutes(30), Duration.ofHours(12)).isConsistent()).isTrue();
		assertThat(new SessionSettings(Duration.ZERO, Duration.ofHours(12)).isConsistent()).isFalse();
	}

	private void idleFor(Duration idle) {
		jdbc.sql("UPDATE spring_session SET last_access_time = ? WHERE principal_name = ?")
			.params(System.currentTimeMillis() - idle.toMillis(), email)
			.update();
	}

	private Cookie signIn() throws Exception {
		Cookie cookie = mvc.perform(formLogin().user(email).password(DemoLogins.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(cookie).isNotNull();
		return cookie;
	}

	private long sessionsOf(String principal) {
		return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(principal)
			.query(Long.class)
			.single();
	}

}
