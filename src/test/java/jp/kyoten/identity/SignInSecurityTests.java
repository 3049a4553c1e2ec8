package jp.kyoten.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KyotenSpringTest
class SignInSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signsInWithTheDemoPasswordAndAuditsIt() throws Exception {
		long before = count("SIGN_IN", DemoLogins.KUMAMOTO_COORDINATOR);
		mvc.perform(formLogin().user(DemoLogins.KUMAMOTO_COORDINATOR).password(DemoLogins.PASSWORD))
			.andExpect(redirectedUrl("/"));
		assertThat(count("SIGN_IN", DemoLogins.KUMAMOTO_COORDINATOR)).isEqualTo(before + 1);
		String address = jdbc
			.sql("SELECT remote_address FROM audit_log WHERE actor_email = ? AND action = 'SIGN_IN' "
					+ "ORDER BY id DESC LIMIT 1")
			.param(DemoLogins.KUMAMOTO_COORDINATOR)
			.query(String.class)
			.single();
		assertThat(address).isEqualTo("127.0.0.1");
	}

	@Test
	void auditsAFailedSignIn() throws Exception {
		long before = count("SIGN_IN_FAILED", "nobody@example.jp");
		mvc.perform(formLogin().user("nobody@example.jp").password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(count("SIGN_IN_FAILED", "nobody@example.jp")).isEqualTo(before + 1);
	}

	@Test
	void locksTheAccountAfterFiveWrongPasswordsEvenAgainstTheRightOne() throws Exception {
		String email = "lockout-" + System.nanoTime() + "@kumamoto.demo";
		long hubId = jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
		accounts.createIfAbsent(hubId, email, "ロック 試験", Role.COORDINATOR, DemoLogins.PASSWORD);
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin().user(email).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user(email).password("wrong-5")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user(email).password(DemoLogins.PASSWORD)).andExpect(redirectedUrl("/login?error"));
		var lockedUntil = jdbc.sql("SELECT locked_until FROM user_account WHERE email = ?")
			.param(email)
			.query(java.sql.Timestamp.class)
			.single();
		assertThat(lockedUntil.toInstant()).isBetween(java.time.Instant.now().plusSeconds(14 * 60),
				java.time.Instant.now().plusSeconds(15 * 60 + 5));
	}

	@Test
	void lockoutAppliesToTheApiToo() throws Exception {
		String email = "api-lockout-" + System.nanoTime() + "@kumamoto.demo";
		long hubId = jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
		accounts.createIfAbsent(hubId, email, "API 試験", Role.COORDINATOR, DemoLogins.PASSWORD);
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(email, "wrong"))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(httpBasic(email, DemoLogins.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	/**
	 * The attack: five wrong guesses, then the answer for the real account differed from
	 * the one for a stranger.
	 */
	@Test
	void answersALockedOrDisabledAccountAsAnUnknownOne() throws Exception {
		long hubId = jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
		String locked = "locked-probe-" + System.nanoTime() + "@kumamoto.demo";
		String disabled = "disabled-probe-" + System.nanoTime() + "@kumamoto.demo";
		String unknown = "nobody-" + System.nanoTime() + "@kumamoto.demo";
		accounts.createIfAbsent(hubId, locked, "ロック 調査", Role.COORDINATOR, DemoLogins.PASSWORD);
		long disabledId = accounts.createIfAbsent(hubId, disabled, "無効 調査", Role.COORDINATOR, DemoLogins.PASSWORD)
			.orElseThrow();
		jdbc.sql("UPDATE user_account SET enabled = false WHERE id = ?").param(disabledId).update();
		for (String email : new String[] { locked, unknown }) {
			for (int i = 0; i < 5; i++) {
				mvc.perform(formLogin().user(email).password("guess-" + i));
			}
		}
		String[] redirects = new String[3];
		String[] apiDetails = new String[3];
		String[] emails = { locked, disabled, unknown };
		for (int i = 0; i < emails.length; i++) {
			redirects[i] = mvc.perform(formLogin().user(emails[i]).password("guess-6"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			apiDetails[i] = mvc.perform(get("/api/v1/me").with(httpBasic(emails[i], "guess-7")))
				.andExpect(status().isUnauthorized())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		assertThat(redirects).containsOnly("/login?error");
		assertThat(apiDetails).containsOnly(apiDetails[2]);
		assertThat(apiDetails[2]).contains("認証が必要です");
		String page = mvc.perform(get("/login").param("error", ""))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("ログインできませんでした").doesNotContain("ロックしています").doesNotContain("無効になっています");
	}

	@Test
	void refusesAFormPostWithoutCsrfToken() throws Exception {
		mvc.perform(post("/profile/tokens").param("name", "x")).andExpect(status().isForbidden());
		mvc.perform(
				post("/login").param("username", DemoLogins.KUMAMOTO_MANAGER).param("password", DemoLogins.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void acceptsAFormPostWithCsrfToken() throws Exception {
		mvc.perform(post("/login").with(csrf())
			.param("username", DemoLogins.KUMAMOTO_MANAGER)
			.param("password", DemoLogins.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void sendsStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/accounts")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor httpBasic(String u, String p) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(u,
				p);
	}

	private long count(String action, String email) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND actor_email = ?")
			.params(action, email)
			.query(Long.class)
			.single();
	}

}
