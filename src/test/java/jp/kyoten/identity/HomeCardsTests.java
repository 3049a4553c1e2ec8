package jp.kyoten.identity;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's cards are built once per role and locale (issue 22: ten
 * {@code sec:authorize} expressions on every visit) — these prove each role still gets
 * the cards the template's rules gave it, that each opens, and that the texts are escaped
 * messages.
 */
@KyotenSpringTest
class HomeCardsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	HomeCards cards;

	@Test
	void theHomePageShowsTheCardsOfTheRoleAndEachOpens() throws Exception {
		for (String email : List.of(DemoLogins.KUMAMOTO_COORDINATOR, DemoLogins.KUMAMOTO_MANAGER, DemoLogins.ADMIN)) {
			KyotenUser user = (KyotenUser) logins.principal(email);
			String home = mvc.perform(get("/").with(logins.as(email)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String shown = home.substring(home.indexOf("<div class=\"cards\">"));
			for (String path : HomeCards.paths(user.role())) {
				assertThat(shown).as(email + " sees " + path).contains("<h2><a href=\"" + path + "\">");
				int status = mvc.perform(get(path).with(logins.as(email))).andReturn().getResponse().getStatus();
				assertThat(status).as(email + " opens " + path).isIn(200, 302);
			}
		}
	}

	@Test
	void theHeaderNamesTheSignedInPersonAndTheSignInPageNamesNobody() throws Exception {
		KyotenUser user = (KyotenUser) logins.principal(DemoLogins.KUMAMOTO_COORDINATOR);
		String home = mvc.perform(get("/").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("<a href=\"/profile\">" + user.displayName() + "</a>")
			.contains(user.displayName() + " さん、こんにちは")
			.contains("action=\"/logout\"");
		String signIn = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(signIn).doesNotContain("user-nav").doesNotContain("action=\"/logout\"");
	}

	@Test
	void eachRoleGetsTheCardsTheTemplateGaveIt() {
		assertThat(HomeCards.paths(Role.COORDINATOR)).containsExactly("/dashboard", "/reports/monthly", "/companies",
				"/schedule", "/institutions", "/agencies", "/profile");
		assertThat(HomeCards.paths(Role.CLERK)).containsExactly("/dashboard", "/companies", "/schedule",
				"/institutions", "/agencies", "/profile");
		assertThat(HomeCards.paths(Role.HUB_MANAGER)).contains("/accounts", "/audit").doesNotContain("/admin/hubs");
		assertThat(HomeCards.paths(Role.PREFECTURE_OFFICER)).containsExactly("/dashboard", "/reports/monthly",
				"/profile");
		assertThat(HomeCards.paths(Role.SYSTEM_ADMIN)).containsExactly("/audit", "/admin/hubs", "/profile");
	}

	@Test
	void cardsAreBuiltOnceWithTheirSearchFormAndEscapedTexts() {
		String first = cards.html(Role.COORDINATOR, Locale.JAPANESE, "");
		assertThat(cards.html(Role.COORDINATOR, Locale.JAPANESE, "")).isSameAs(first);
		assertThat(first).contains("<h2><a href=\"/companies\">企業</a></h2>")
			.contains("<form action=\"/companies\" method=\"get\" role=\"search\">")
			.contains("<p><a href=\"/my-work\">")
			.doesNotContain("<script");
		assertThat(cards.html(Role.COORDINATOR, Locale.ENGLISH, "/kyoten")).contains("<a href=\"/kyoten/schedule\">");
	}

}
