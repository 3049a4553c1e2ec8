package jp.kyoten.identity;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Two-factor sign-in as a person goes through it, with real session cookies (sessions in
 * PostgreSQL): a hub that requires it, a coordinator who enrols an app by the key on the
 * setup page, signs in with a code and with a recovery code, and a guesser of codes
 * locked out like a guesser of passwords.
 */
@KyotenSpringTest
class TwoFactorSignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoLogins logins;

	long hub;

	String email;

	long userId;

	@BeforeEach
	void aCoordinatorOfAHubThatRequiresTwoFactor() {
		long n = System.nanoTime();
		hub = hubs.create("tfa-" + n, "二要素試験拠点", HubKind.PRO_TALENT, "46", true).getId();
		email = "tfa-" + n + "@kagoshima.test";
		userId = accounts.createIfAbsent(hub, email, "二要素 試験", Role.COORDINATOR, DemoLogins.PASSWORD).orElseThrow();
	}

	@Test
	void aNewSignInIsAskedToEnrolThenEnrolsWithAnAppsCodeAndIsIn() throws Exception {
		Cookie session = signInWithPassword();
		mvc.perform(get("/companies").cookie(session)).andExpect(redirectsTo("/login/two-factor"));
		mvc.perform(get("/login/two-factor").cookie(session)).andExpect(redirectedUrl("/login/two-factor/setup"));
		String page = mvc.perform(get("/login/two-factor/setup").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("認証アプリ")))
			.andExpect(content().string(containsString("<svg class=\"qr\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = TestTotp.secretOn(page);

		MvcResult enrolled = mvc.perform(
				post("/login/two-factor/setup").cookie(session).with(csrf()).param("code", TestTotp.code(secret, 0)))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/two-factor-recovery-codes"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> recoveryCodes = (List<String>) enrolled.getModelAndView().getModel().get("recoveryCodes");
		assertThat(recoveryCodes).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		mvc.perform(get("/companies").cookie(renewed(enrolled, session))).andExpect(status().isOk());

		assertThat(audited("CREATE", "two_factor")).isEqualTo(1);
		assertThat(
				jdbc.sql("SELECT count(*) FROM user_recovery_code WHERE user_id = ? AND code_hash ~ '^[0-9a-f]{64}$'")
					.param(userId)
					.query(Long.class)
					.single())
			.as("recovery codes are kept as hashes only")
			.isEqualTo(10);
	}

	@Test
	void signsInAgainWithTheNextCodeOfTheApp() throws Exception {
		String secret = enrol().secret();
		Cookie session = signInWithPassword();
		mvc.perform(get("/consultations").cookie(session)).andExpect(redirectsTo("/login/two-factor"));
		mvc.perform(get("/login/two-factor").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("確認コードの入力")));

		MvcResult in = secondFactor(session, TestTotp.code(secret, 1)).andExpect(redirectsTo("/consultations"))
			.andReturn();
		mvc.perform(get("/consultations").cookie(renewed(in, session))).andExpect(status().isOk());
		assertThat(signIns("二要素認証: 確認コード")).isEqualTo(1);
	}

	@Test
	void aCodeIsAcceptedOnce() throws Exception {
		String secret = enrol().secret();
		String code = TestTotp.code(secret, 1);
		secondFactor(signInWithPassword(), code).andExpect(redirectedUrl("/"));
		secondFactor(signInWithPassword(), code).andExpect(redirectedUrl("/login/two-factor?error"));
	}

	@Test
	void aRecoveryCodeSignsInOnceInsteadOfTheApp() throws Exception {
		String recovery = enrol().recoveryCodes().get(3);
		MvcResult in = secondFactor(signInWithPassword(), recovery.toUpperCase()).andExpect(redirectedUrl("/"))
			.andReturn();
		mvc.perform(get("/companies").cookie(renewed(in, null))).andExpect(status().isOk());
		assertThat(signIns("二要素認証: 回復コードを使用（残り 9 件）")).isEqualTo(1);

		secondFactor(signInWithPassword(), recovery).andExpect(redirectedUrl("/login/two-factor?error"));
	}

	@Test
	void fiveWrongCodesLockTheAccountLikeFiveWrongPasswords() throws Exception {
		String secret = enrol().secret();
		Cookie session = signInWithPassword();
		for (int i = 0; i < UserAccount.MAX_FAILED_ATTEMPTS; i++) {
			secondFactor(session, TestTotp.code(secret, -10 - i)).andExpect(redirectedUrl("/login/two-factor?error"));
		}
		assertThat(lockedUntil()).as("locked").isNotNull();
		assertThat(signIns("二要素認証: 確認コードの誤り", "SIGN_IN_FAILED")).isEqualTo(UserAccount.MAX_FAILED_ATTEMPTS);

		// the right code no longer helps, and the session that guessed is ended
		secondFactor(session, TestTotp.code(secret, 1)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/companies").cookie(session)).andExpect(redirectsTo("/login"));
		mvc.perform(formLogin().user(email).password(DemoLogins.PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void wrongPasswordsAndWrongCodesCountTowardsTheOneLockout() throws Exception {
		String secret = enrol().secret();
		mvc.perform(formLogin().user(email).password("wrong-password-1")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user(email).password("wrong-password-2")).andExpect(redirectedUrl("/login?error"));
		// the right password alone does not give a guesser of codes five new tries
		Cookie session = signInWithPassword();
		for (int i = 0; i < 3; i++) {
			secondFactor(session, TestTotp.code(secret, -10 - i));
		}
		assertThat(lockedUntil()).isNotNull();
	}

	@Test
	void anApiTokenIsItsOwnFactorButThePasswordAloneOpensNoApi() throws Exception {
		Enrolment enrolment = enrol();
		MvcResult issued = mvc
			.perform(post("/profile/tokens").cookie(enrolment.session()).with(csrf()).param("name", "集計スクリプト"))
			.andExpect(redirectedUrl("/profile"))
			.andReturn();
		String token = (String) issued.getFlashMap().get("newToken");
		assertThat(token).startsWith("kyt_");

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(email));
		mvc.perform(get("/api/v1/companies").with(httpBasic(email, DemoLogins.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("API トークン")));
	}

	@Test
	void turningTheRequirementOnEndsTheSessionsOfThoseWithoutASecondFactor() throws Exception {
		long n = System.nanoTime();
		long open = hubs.create("tfa-open-" + n, "二要素任意拠点", HubKind.PRO_TALENT, "46").getId();
		String manager = "tfa-manager-" + n + "@kagoshima.test";
		String clerk = "tfa-clerk-" + n + "@kagoshima.test";
		accounts.createIfAbsent(open, manager, "任意 管理者", Role.HUB_MANAGER, DemoLogins.PASSWORD);
		accounts.createIfAbsent(open, clerk, "任意 受付", Role.CLERK, DemoLogins.PASSWORD);
		Cookie clerkSession = signInWithPassword(clerk, "/");
		Cookie managerSession = signInWithPassword(manager, "/");
		mvc.perform(get("/companies").cookie(clerkSession)).andExpect(status().isOk());

		MvcResult turnedOn = mvc
			.perform(post("/accounts/two-factor").cookie(managerSession).with(csrf()).param("required", "true"))
			.andExpect(redirectedUrl("/accounts"))
			.andReturn();

		assertThat(hubs.twoFactorRequired(open)).isTrue();
		mvc.perform(get("/companies").cookie(clerkSession)).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(clerk)
			.query(Long.class)
			.single()).isZero();
		// the manager stays signed in, and is asked to enrol on the next page
		mvc.perform(get("/accounts").cookie(renewed(turnedOn, managerSession)))
			.andExpect(redirectsTo("/login/two-factor"));
		Cookie again = signInWithPassword(clerk, "/");
		mvc.perform(get("/companies").cookie(again)).andExpect(redirectsTo("/login/two-factor"));
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_log WHERE hub_id = ? AND entity_type = 'hub' "
					+ "AND summary = '二要素認証を必須にしました'")
			.param(open)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aManagerResetsALostSecondFactorAndThePersonEnrolsAgain() throws Exception {
		long n = System.nanoTime();
		String manager = "tfa-reset-" + n + "@kagoshima.test";
		accounts.createIfAbsent(hub, manager, "二要素 管理者", Role.HUB_MANAGER, DemoLogins.PASSWORD);
		Enrolment coordinator = enrol();
		Enrolment managers = enrol(manager);

		mvc.perform(post("/accounts/{id}/two-factor/reset", userId).cookie(managers.session()).with(csrf()))
			.andExpect(redirectedUrl("/accounts/" + userId));

		assertThat(
				jdbc.sql("SELECT count(*) FROM user_totp WHERE user_id = ?").param(userId).query(Long.class).single())
			.isZero();
		mvc.perform(get("/companies").cookie(coordinator.session())).andExpect(status().is3xxRedirection());
		assertThat(audited("DELETE", "two_factor")).isEqualTo(1);
		Cookie again = signInWithPassword();
		mvc.perform(get("/login/two-factor").cookie(again)).andExpect(redirectedUrl("/login/two-factor/setup"));
	}

	@Test
	void theSystemAdminResetsAnyonesSecondFactorIntoTheirHubsLog() throws Exception {
		enrol();
		mvc.perform(post("/admin/hubs/two-factor/reset").with(csrf())
			.with(logins.as(DemoLogins.ADMIN))
			.param("email", email)).andExpect(redirectedUrl("/admin/hubs"));
		assertThat(
				jdbc.sql("SELECT count(*) FROM user_totp WHERE user_id = ?").param(userId).query(Long.class).single())
			.isZero();
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_log WHERE hub_id = ? AND action = 'DELETE' "
					+ "AND entity_type = 'two_factor' AND actor_email = ?")
			.params(hub, DemoLogins.ADMIN)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aPasswordAloneCannotReplaceAnEnrolledApp() throws Exception {
		enrol();
		Cookie session = signInWithPassword();
		mvc.perform(get("/login/two-factor/setup").cookie(session)).andExpect(redirectedUrl("/login/two-factor"));
		mvc.perform(post("/login/two-factor/setup").cookie(session).with(csrf()).param("code", "123456"))
			.andExpect(redirectedUrl("/login/two-factor"));
	}

	@Test
	void theDemoHubsDoNotRequireASecondFactor() {
		assertThat(((KyotenUser) logins.principal(DemoLogins.KUMAMOTO_COORDINATOR)).secondFactorRequired()).isFalse();
		assertThat(((KyotenUser) logins.principal(DemoLogins.KUMAMOTO_MANAGER)).secondFactorRequired()).isFalse();
	}

	record Enrolment(Cookie session, String secret, List<String> recoveryCodes) {
	}

	/**
	 * A redirect to this path of Kyoten, whether with the host or not and whatever the
	 * query.
	 */
	static org.springframework.test.web.servlet.ResultMatcher redirectsTo(String path) {
		return result -> assertThat(String.valueOf(result.getResponse().getRedirectedUrl())
			.replaceFirst("^https?://[^/]+", "")
			.replaceFirst("\\?.*$", "")).isEqualTo(path);
	}

	private Enrolment enrol() throws Exception {
		return enrol(email);
	}

	/**
	 * Signs in with the password and enrols an app with its present code; the session has
	 * both factors after.
	 */
	private Enrolment enrol(String who) throws Exception {
		Cookie session = signInWithPassword(who, "/");
		String secret = TestTotp.secretOn(mvc.perform(get("/login/two-factor/setup").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString());
		MvcResult enrolled = mvc.perform(
				post("/login/two-factor/setup").cookie(session).with(csrf()).param("code", TestTotp.code(secret, 0)))
			.andExpect(status().isOk())
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) enrolled.getModelAndView().getModel().get("recoveryCodes");
		return new Enrolment(renewed(enrolled, session), secret, codes);
	}

	private Cookie signInWithPassword() throws Exception {
		return signInWithPassword(email, "/");
	}

	private Cookie signInWithPassword(String who, String target) throws Exception {
		Cookie cookie = mvc.perform(formLogin().user(who).password(DemoLogins.PASSWORD))
			.andExpect(redirectedUrl(target))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	private org.springframework.test.web.servlet.ResultActions secondFactor(Cookie session, String code)
			throws Exception {
		return mvc.perform(post("/login/two-factor").cookie(session).with(csrf()).param("code", code));
	}

	/** The session's cookie after a step that changed its id. */
	private static Cookie renewed(MvcResult result, Cookie before) {
		Cookie after = result.getResponse().getCookie("SESSION");
		return after != null ? after : before;
	}

	private java.time.Instant lockedUntil() {
		return jdbc.sql("SELECT locked_until FROM user_account WHERE id = ?")
			.param(userId)
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toInstant)
			.orElse(null);
	}

	private long audited(String action, String entityType) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND entity_type = ? AND entity_id = ?")
			.params(action, entityType, String.valueOf(userId))
			.query(Long.class)
			.single();
	}

	private long signIns(String summary) {
		return signIns(summary, "SIGN_IN");
	}

	private long signIns(String summary, String action) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND actor_email = ? AND summary = ?")
			.params(action, email, summary)
			.query(Long.class)
			.single();
	}

}
