package jp.kyoten.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@KyotenSpringTest
class AccountManagementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void managerSeesOnlyTheAccountsOfTheirOwnHub() throws Exception {
		mvc.perform(get("/accounts").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(content().string(not(containsString(DemoLogins.FUKUOKA_MANAGER))));
	}

	@Test
	void anotherHubsAccountIdAnswers404() throws Exception {
		long fukuokaManager = userId(DemoLogins.FUKUOKA_MANAGER);
		mvc.perform(get("/accounts/{id}", fukuokaManager).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/accounts/{id}/enabled", fukuokaManager).param("enabled", "false")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT enabled FROM user_account WHERE id = ?")
			.param(fukuokaManager)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void coordinatorCannotManageAccounts() throws Exception {
		mvc.perform(get("/accounts").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/hubs").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isForbidden());
	}

	@Test
	void managerCreatesAnAccountInTheirHubAndTheChangeIsAudited() throws Exception {
		String email = "new-" + System.nanoTime() + "@kumamoto.demo";
		mvc.perform(post("/accounts").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("email", email)
			.param("displayName", "新人 次郎")
			.param("role", "CLERK")
			.param("password", "a-long-enough-password")).andExpect(status().is3xxRedirection());
		long kumamoto = jdbc.sql("SELECT id FROM hub WHERE slug='kumamoto'").query(Long.class).single();
		assertThat(jdbc.sql("SELECT hub_id FROM user_account WHERE email = ?").param(email).query(Long.class).single())
			.isEqualTo(kumamoto);
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_log WHERE action='CREATE' AND entity_type='user' "
					+ "AND entity_id = ? AND actor_email = ?")
			.params(String.valueOf(userId(email)), DemoLogins.KUMAMOTO_MANAGER)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void rejectsAShortPasswordWithAJapaneseMessage() throws Exception {
		mvc.perform(post("/accounts").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("email", "short-" + System.nanoTime() + "@kumamoto.demo")
			.param("displayName", "短い パス")
			.param("role", "CLERK")
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/account-form"))
			.andExpect(model().attributeHasFieldErrors("accountForm", "password"))
			.andExpect(content().string(containsString("パスワードは12文字以上にしてください。")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "passwordpassword", "aaaaaaaaaaaa" })
	void rejectsACommonPasswordWithAJapaneseMessage(String password) throws Exception {
		String email = "common-" + System.nanoTime() + "@kumamoto.demo";
		mvc.perform(post("/accounts").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("email", email)
			.param("displayName", "よくある パス")
			.param("role", "CLERK")
			.param("password", password))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("accountForm", "password"))
			.andExpect(content().string(containsString("このパスワードはよく使われていて推測されやすいため使えません。")));
		assertThat(
				jdbc.sql("SELECT count(*) FROM user_account WHERE email = ?").param(email).query(Long.class).single())
			.isZero();
	}

	@Test
	void aPersonCannotChangeTheirOwnPasswordToACommonOne() throws Exception {
		// compared with the stored hash itself: other tests of this context change this
		// demo user's password too
		String before = passwordHashOf(DemoLogins.FUKUOKA_MANAGER);
		mvc.perform(post("/profile/password").with(csrf())
			.with(logins.as(DemoLogins.FUKUOKA_MANAGER))
			.param("currentPassword", DemoLogins.PASSWORD)
			.param("newPassword", "passwordpassword")
			.param("confirmPassword", "passwordpassword"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("このパスワードはよく使われていて推測されやすいため使えません。")));
		assertThat(passwordHashOf(DemoLogins.FUKUOKA_MANAGER)).isEqualTo(before);
	}

	private String passwordHashOf(String email) {
		return jdbc.sql("SELECT password_hash FROM user_account WHERE email = ?")
			.param(email)
			.query(String.class)
			.single();
	}

	@Test
	void managerCannotGrantTheSystemAdminRole() throws Exception {
		String email = "escalate-" + System.nanoTime() + "@kumamoto.demo";
		mvc.perform(post("/accounts").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("email", email)
			.param("displayName", "昇格 試み")
			.param("role", "SYSTEM_ADMIN")
			.param("password", "a-long-enough-password"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("accountForm", "role"));
		assertThat(
				jdbc.sql("SELECT count(*) FROM user_account WHERE email = ?").param(email).query(Long.class).single())
			.isZero();
	}

	@Test
	void apiTokenAuthenticatesUntilRevoked() throws Exception {
		var principal = (KyotenUser) logins.principal(DemoLogins.KUMAMOTO_COORDINATOR);
		var tokens = new java.util.ArrayList<String>();
		mvc.perform(post("/profile/tokens").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("name", "集計スクリプト"))
			.andExpect(status().is3xxRedirection())
			.andDo(r -> tokens.add((String) r.getFlashMap().get("newToken")));
		String token = tokens.getFirst();
		assertThat(token).startsWith("kyt_");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(DemoLogins.KUMAMOTO_COORDINATOR));
		long tokenId = jdbc.sql("SELECT id FROM api_token WHERE user_id = ? ORDER BY id DESC LIMIT 1")
			.param(principal.userId())
			.query(Long.class)
			.single();
		mvc.perform(post("/profile/tokens/{id}/revoke", tokenId).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void userCannotRevokeSomeoneElsesToken() throws Exception {
		var issued = new java.util.ArrayList<Long>();
		mvc.perform(
				post("/profile/tokens").with(csrf()).with(logins.as(DemoLogins.FUKUOKA_MANAGER)).param("name", "福岡の鍵"))
			.andExpect(status().is3xxRedirection());
		issued.add(jdbc.sql("SELECT max(id) FROM api_token").query(Long.class).single());
		mvc.perform(post("/profile/tokens/{id}/revoke", issued.getFirst()).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isNotFound());
	}

	@Test
	void storesOnlyTheHashOfATokenAndABcryptHashOfPasswords() {
		assertThat(jdbc.sql("SELECT password_hash FROM user_account WHERE email = ?")
			.param(DemoLogins.KUMAMOTO_MANAGER)
			.query(String.class)
			.single()).startsWith("{bcrypt}$2");
		assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash LIKE 'kyt_%'").query(Long.class).single())
			.isZero();
	}

	private long userId(String email) {
		return jdbc.sql("SELECT id FROM user_account WHERE email = ?").param(email).query(Long.class).single();
	}

}
