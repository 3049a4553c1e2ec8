package jp.kyoten.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two browsers of one person (two session cookies, sessions in PostgreSQL): when the
 * manager takes access away or the password changes, the other sessions end at once and
 * can read or write nothing more.
 */
@KyotenSpringTest
class SessionsFollowAccessTests {

	private static final String NEW_PASSWORD = "another-long-password-42";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionRepository<? extends Session> sessionStore;

	long kumamoto;

	String email;

	long userId;

	@BeforeEach
	void aCoordinator() {
		kumamoto = jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
		email = "two-sessions-" + System.nanoTime() + "@kumamoto.demo";
		userId = accounts.createIfAbsent(kumamoto, email, "二窓 試験", Role.COORDINATOR, DemoLogins.PASSWORD).orElseThrow();
	}

	@Test
	void aDisabledUsersOpenSessionNeitherReadsNorCreatesCompanies() throws Exception {
		Cookie first = signIn(DemoLogins.PASSWORD);
		Cookie second = signIn(DemoLogins.PASSWORD);
		mvc.perform(get("/companies").cookie(first)).andExpect(status().isOk());
		mvc.perform(get("/companies").cookie(second)).andExpect(status().isOk());
		assertThat(sessionsOf(email)).isEqualTo(2);

		mvc.perform(post("/accounts/{id}/enabled", userId).param("enabled", "false")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().is3xxRedirection());

		assertThat(sessionsOf(email)).isZero();
		long companies = companies();
		mvc.perform(get("/companies").cookie(first)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/consultations").cookie(second)).andExpect(status().is3xxRedirection());
		createCompany(first).andExpect(status().is3xxRedirection());
		assertThat(companies()).isEqualTo(companies);
	}

	@Test
	void aSessionThatSurvivedTheCleanUpIsRefusedOnItsNextRequest() throws Exception {
		Cookie session = signIn(DemoLogins.PASSWORD);
		mvc.perform(get("/companies").cookie(session)).andExpect(status().isOk());
		// as if the deletion had raced with a request that wrote the session back: the
		// row is there, access is not
		jdbc.sql("UPDATE user_account SET enabled = false WHERE id = ?").param(userId).update();
		assertThat(sessionsOf(email)).isEqualTo(1);

		long companies = companies();
		createCompany(session).andExpect(redirectedUrl("/login?ended"));
		assertThat(companies()).isEqualTo(companies);
		assertThat(sessionsOf(email)).isZero();
		mvc.perform(get("/companies").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aSessionsOwnReadAnswersItsAccountsCurrentAccessVersion() throws Exception {
		String session = sessionId(signIn(DemoLogins.PASSWORD));
		assertThat(accessVersionRead(session)).isEqualTo(userId << 32);
		jdbc.sql("UPDATE user_account SET access_version = access_version + 1 WHERE id = ?").param(userId).update();
		assertThat(accessVersionRead(session)).isEqualTo(userId << 32 | 1);
		jdbc.sql("UPDATE user_account SET enabled = false WHERE id = ?").param(userId).update();
		assertThat(accessVersionRead(session)).isNull();
	}

	@Test
	void aSessionOlderThanItsAccountsAccessVersionIsRefusedOnItsNextRequest() throws Exception {
		Cookie session = signIn(DemoLogins.PASSWORD);
		// as if the password had changed while this session was being signed in: the row
		// is there, the version moved on
		jdbc.sql("UPDATE user_account SET access_version = access_version + 1 WHERE id = ?").param(userId).update();

		mvc.perform(get("/companies").cookie(session)).andExpect(redirectedUrl("/login?ended"));
		assertThat(sessionsOf(email)).isZero();
	}

	@Test
	void aNewRoleEndsTheSessionsSignedInWithTheOldOne() throws Exception {
		Cookie session = signIn(DemoLogins.PASSWORD);
		managerChanges("二窓 試験", Role.CLERK);

		assertThat(sessionsOf(email)).isZero();
		mvc.perform(get("/companies").cookie(session)).andExpect(status().is3xxRedirection());
		signIn(DemoLogins.PASSWORD);
		assertThat(sessionsOf(email)).isEqualTo(1);
	}

	@Test
	void aDisplayNameChangeKeepsTheSessions() throws Exception {
		Cookie session = signIn(DemoLogins.PASSWORD);
		managerChanges("二窓 改名", Role.COORDINATOR);

		mvc.perform(get("/companies").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void changingTheOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
		Cookie mine = signIn(DemoLogins.PASSWORD);
		Cookie thief = signIn(DemoLogins.PASSWORD);

		var changed = mvc
			.perform(post("/profile/password").cookie(mine)
				.with(csrf())
				.param("currentPassword", DemoLogins.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("confirmPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/profile"))
			.andReturn();
		Cookie renewed = changed.getResponse().getCookie("SESSION") != null ? changed.getResponse().getCookie("SESSION")
				: mine;

		mvc.perform(get("/profile").cookie(renewed)).andExpect(status().isOk());
		mvc.perform(get("/companies").cookie(thief)).andExpect(status().is3xxRedirection());
		assertThat(sessionsOf(email)).isEqualTo(1);
	}

	@Test
	void aPasswordResetByTheManagerEndsEverySession() throws Exception {
		Cookie session = signIn(DemoLogins.PASSWORD);
		mvc.perform(post("/accounts/{id}/password", userId).param("password", NEW_PASSWORD)
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().is3xxRedirection());

		mvc.perform(get("/companies").cookie(session)).andExpect(status().is3xxRedirection());
		assertThat(sessionsOf(email)).isZero();
	}

	private void managerChanges(String displayName, Role role) throws Exception {
		mvc.perform(post("/accounts/{id}", userId).param("displayName", displayName)
			.param("email", email)
			.param("role", role.name())
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().is3xxRedirection());
	}

	private Cookie signIn(String password) throws Exception {
		Cookie cookie = mvc.perform(formLogin().user(email).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	private Object accessVersionRead(String sessionId) {
		return sessionStore.findById(sessionId).getAttribute(AccessVersionInSessionRead.ATTRIBUTE);
	}

	private static String sessionId(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

	private ResultActions createCompany(Cookie session) throws Exception {
		return mvc.perform(post("/companies").cookie(session)
			.with(csrf())
			.param("data.name", "株式会社無効後登録")
			.param("data.employees", "3"));
	}

	private long companies() {
		return HubScope.callAs(kumamoto, () -> jdbc.sql("SELECT count(*) FROM company").query(Long.class).single());
	}

	private long sessionsOf(String principal) {
		return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(principal)
			.query(Long.class)
			.single();
	}

}
