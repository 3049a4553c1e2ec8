package jp.kyoten.identity;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;

import static jp.kyoten.identity.TwoFactorSignInTests.redirectsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Passkeys through Spring Security's WebAuthn endpoints, with a software authenticator
 * ({@link SoftwarePasskey}) that makes real attestations and ES256 assertions: webauthn4j
 * checks them as it would a browser's. Real session cookies (sessions in PostgreSQL), as
 * in {@link TwoFactorSignInTests}.
 */
@KyotenSpringTest
class PasskeySignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecondFactorAdministration administration;

	long hub;

	String email;

	long userId;

	@BeforeEach
	void aCoordinator() {
		long n = System.nanoTime();
		hub = hubs.create("pk-" + n, "パスキー試験拠点", HubKind.PRO_TALENT, "46", false).getId();
		email = "pk-" + n + "@kagoshima.test";
		userId = accounts.createIfAbsent(hub, email, "パスキー 試験", Role.COORDINATOR, DemoLogins.PASSWORD).orElseThrow();
	}

	@Test
	void registersAPasskeyOnTheProfileThenSignsInWithItAloneAndSeesIt() throws Exception {
		SoftwarePasskey passkey = register(signInWithPassword(), "事務所のノートPC");
		assertThat(audited("CREATE", "passkey")).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
				 WHERE e.user_account_id = ?""").param(userId).query(Long.class).single())
			.as("the passkey belongs to the account")
			.isEqualTo(1);

		Cookie session = signInWithPasskey(passkey);
		mvc.perform(get("/companies").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/profile").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("事務所のノートPC")))
			.andExpect(content().string(containsString("/js/passkeys")))
			.andExpect(content().string(not(containsString("<script>"))));
		assertThat(signIns("パスキーでログイン")).isEqualTo(1);
	}

	@Test
	void anAssertionWhoseSignatureDoesNotMatchSignsNobodyIn() throws Exception {
		SoftwarePasskey passkey = register(signInWithPassword(), "鍵");
		MvcResult options = mvc.perform(post("/webauthn/authenticate/options").with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		Cookie anonymous = options.getResponse().getCookie("SESSION");
		MvcResult refused = mvc
			.perform(post("/login/webauthn").cookie(anonymous)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(passkey.assertion(options.getResponse().getContentAsString(), true)))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(401);
		Cookie after = renewed(refused, anonymous);
		mvc.perform(get("/companies").cookie(after)).andExpect(redirectsTo("/login"));
	}

	@Test
	void aPasskeyIsTheSecondFactorWhereTheHubRequiresOne() throws Exception {
		SoftwarePasskey passkey = register(signInWithPassword(), "スマートフォン");
		hubs.requireTwoFactor(hub, true);

		Cookie session = signInWithPassword();
		mvc.perform(get("/companies").cookie(session)).andExpect(redirectsTo("/login/two-factor"));
		mvc.perform(get("/login/two-factor").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-passkey-sign-in")));
		// a password alone does not add a passkey where a second factor is required
		mvc.perform(post("/webauthn/register").cookie(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(redirectsTo("/login/two-factor"));

		MvcResult options = mvc.perform(post("/webauthn/authenticate/options").cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.allowCredentials[0].id").value(passkey.credentialId()))
			.andReturn();
		MvcResult in = mvc
			.perform(post("/login/webauthn").cookie(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(passkey.assertion(options.getResponse().getContentAsString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.authenticated").value(true))
			.andReturn();
		mvc.perform(get("/companies").cookie(renewed(in, session))).andExpect(status().isOk());
		assertThat(signIns("二要素認証: パスキー")).isEqualTo(1);
	}

	@Test
	void removesItsOwnPasskeyAuditedAndItSignsInNoMore() throws Exception {
		Cookie session = signInWithPassword();
		SoftwarePasskey passkey = register(session, "古い端末");
		mvc.perform(post("/profile/passkeys/{id}/remove", passkey.credentialId()).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/profile"));
		assertThat(audited("DELETE", "passkey")).isEqualTo(1);

		MvcResult options = mvc.perform(post("/webauthn/authenticate/options").with(csrf())).andReturn();
		MvcResult refused = mvc
			.perform(post("/login/webauthn").cookie(options.getResponse().getCookie("SESSION"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(passkey.assertion(options.getResponse().getContentAsString())))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void aResetOfTheSecondFactorByTheAdminRemovesThePasskeysOfTheLostPhoneToo() throws Exception {
		SoftwarePasskey passkey = register(signInWithPassword(), "なくしたスマートフォン");
		assertThat(administration.resetByAdmin(email)).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM user_credentials WHERE credential_id = ?")
			.param(passkey.credentialId())
			.query(Long.class)
			.single()).isZero();
		assertThat(audited("DELETE", "passkey")).isEqualTo(1);
		MvcResult options = mvc.perform(post("/webauthn/authenticate/options").with(csrf())).andReturn();
		MvcResult refused = mvc
			.perform(post("/login/webauthn").cookie(options.getResponse().getCookie("SESSION"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(passkey.assertion(options.getResponse().getContentAsString())))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void springSecuritysDeleteOfAPasskeyIsRefusedSoThatEveryRemovalIsAudited() throws Exception {
		Cookie session = signInWithPassword();
		SoftwarePasskey passkey = register(session, "端末");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/webauthn/register/{id}", passkey.credentialId())
			.cookie(session)
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM user_credentials WHERE credential_id = ?")
			.param(passkey.credentialId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private SoftwarePasskey register(Cookie session, String label) throws Exception {
		SoftwarePasskey passkey = new SoftwarePasskey();
		String options = mvc.perform(post("/webauthn/register/options").cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rp.id").value(SoftwarePasskey.RP_ID))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(post("/webauthn/register").cookie(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(passkey.registration(options, label)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.success").value(true));
		return passkey;
	}

	private Cookie signInWithPasskey(SoftwarePasskey passkey) throws Exception {
		MvcResult options = mvc.perform(post("/webauthn/authenticate/options").with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		Cookie anonymous = options.getResponse().getCookie("SESSION");
		assertThat(anonymous).as("the challenge is kept in a session").isNotNull();
		MvcResult in = mvc
			.perform(post("/login/webauthn").cookie(anonymous)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(passkey.assertion(options.getResponse().getContentAsString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.authenticated").value(true))
			.andReturn();
		return renewed(in, anonymous);
	}

	private Cookie signInWithPassword() throws Exception {
		Cookie cookie = mvc.perform(formLogin().user(email).password(DemoLogins.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	private static Cookie renewed(MvcResult result, Cookie before) {
		Cookie after = result.getResponse().getCookie("SESSION");
		return after != null ? after : before;
	}

	private long audited(String action, String entityType) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND entity_type = ? AND entity_id = ?")
			.params(action, entityType, String.valueOf(userId))
			.query(Long.class)
			.single();
	}

	private long signIns(String summary) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'SIGN_IN' AND actor_user_id = ? AND summary = ?")
			.params(userId, summary)
			.query(Long.class)
			.single();
	}

}
