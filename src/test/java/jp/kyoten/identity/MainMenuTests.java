package jp.kyoten.identity;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The main menu is built once per role, hub kind and locale (issue 22: two dozen
 * {@code sec:authorize} expressions on every page) — these prove it still offers each
 * role what the template's rules offered, and only pages the role may open.
 */
@KyotenSpringTest
class MainMenuTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	MainMenu menu;

	@Autowired
	Hubs hubs;

	@Test
	void everyPageTheMenuOffersOpensForTheRoleItIsOfferedTo() throws Exception {
		for (String email : List.of(DemoLogins.KUMAMOTO_COORDINATOR, DemoLogins.KUMAMOTO_MANAGER, DemoLogins.ADMIN)) {
			KyotenUser user = (KyotenUser) logins.principal(email);
			String kind = user.hubId() == null ? null : hubs.kindOf(user.hubId()).name();
			List<String> paths = MainMenu.paths(user.role(), kind);
			assertThat(paths).isNotEmpty();
			String home = mvc.perform(get("/profile").with(logins.as(email)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (String path : paths) {
				assertThat(home).as(email + " sees " + path).contains("<a href=\"" + path + "\">");
				int status = mvc.perform(get(path).with(logins.as(email))).andReturn().getResponse().getStatus();
				// a page may redirect (the monthly report to its last month) but never
				// refuses or misses
				assertThat(status).as(email + " opens " + path).isIn(200, 302);
			}
		}
	}

	@Test
	void eachRoleSeesOnlyItsOwnItemsAndHubKindsOnlyTheirs() {
		assertThat(MainMenu.paths(Role.CLERK, "PRO_TALENT")).contains("/consultations", "/portal/inquiries")
			.doesNotContain("/portal/site", "/reports/monthly", "/admin/hubs", "/talent", "/yorozu/records");
		assertThat(MainMenu.paths(Role.COORDINATOR, "TALENT_PROGRAMME")).contains("/talent", "/reports/meti");
		assertThat(MainMenu.paths(Role.COORDINATOR, "YOROZU")).contains("/yorozu/records").doesNotContain("/talent");
		assertThat(MainMenu.paths(Role.PREFECTURE_OFFICER, "PRO_TALENT")).startsWith("/")
			.contains("/dashboard", "/approvals", "/finance/ledger")
			.doesNotContain("/consultations", "/institutions");
		assertThat(MainMenu.paths(Role.AGENCY_USER, "PRO_TALENT")).containsExactly("/", "/agency-portal");
		assertThat(MainMenu.paths(Role.SYSTEM_ADMIN, null)).contains("/admin/hubs", "/imports", "/privacy/hand-backs")
			.doesNotContain("/my-work", "/mail");
	}

	@Test
	void aMenuIsBuiltOnceAndItsLabelsAreEscapedText() {
		String first = menu.html(Role.COORDINATOR, "PRO_TALENT", Locale.JAPANESE, "");
		assertThat(menu.html(Role.COORDINATOR, "PRO_TALENT", Locale.JAPANESE, "")).isSameAs(first);
		assertThat(first).contains("<a href=\"/consultations\">相談</a>").doesNotContain("<script");
		assertThat(menu.html(Role.COORDINATOR, "PRO_TALENT", Locale.ENGLISH, "/kyoten"))
			.contains("<a href=\"/kyoten/consultations\">");
	}

	@Test
	void theSignInPageShowsNoMenu() throws Exception {
		String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(login).doesNotContain("class=\"main-nav\"");
	}

}
