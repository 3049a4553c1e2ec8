package jp.kyoten.portal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every link of a hub's public front page leads somewhere, the privacy policy first of
 * all.
 */
@KyotenSpringTest
class PortalLinksTests {

	private static final Pattern HREF = Pattern.compile("href=\"(/p/[^\"#]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoLogins logins;

	@Test
	void everyLinkOfTheFrontPageAnswers() throws Exception {
		for (String hub : new String[] { "kumamoto", "fukuoka" }) {
			String home = mvc.perform(get("/p/" + hub)).andReturn().getResponse().getContentAsString();
			Set<String> links = new LinkedHashSet<>();
			Matcher m = HREF.matcher(home);
			while (m.find()) {
				links.add(m.group(1).replace("&amp;", "&"));
			}
			assertThat(links).as("the privacy policy is linked below the hub").contains("/p/" + hub + "/privacy");
			for (String link : links) {
				int status = mvc.perform(get(link)).andReturn().getResponse().getStatus();
				assertThat(status).as(link).isEqualTo(200);
			}
		}
	}

	@Test
	void theStaffsPreviewLinksWhereThePublicPageWill() throws Exception {
		String preview = mvc.perform(get("/portal/site").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("href=\"/p/kumamoto/privacy\"").doesNotContain("href=\"privacy\"");
	}

	@Test
	void aRelativeLinkInTheHubsMarkdownLeadsBelowTheHub() {
		assertThat(Markdown.toHtml("[方針](privacy) [外部](https://example.jp) [上](/p/x)", "/p/kumamoto"))
			.contains("href=\"/p/kumamoto/privacy\"")
			.contains("href=\"https://example.jp\"")
			.contains("href=\"/p/x\"");
	}

	@Test
	void thePrivacyPolicyNamesTheHubAndWhatItDoesWithPersonalData() throws Exception {
		String page = mvc.perform(get("/p/kumamoto/privacy")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("熊本県プロフェッショナル人材戦略拠点").contains("個人情報");
	}

	@Test
	void theStandardPolicyCoversWhatTheContractsAsk() throws Exception {
		long fukuoka = jdbc.sql("SELECT id FROM hub WHERE slug = 'fukuoka'").query(Long.class).single();
		HubScope.runAs(fukuoka, () -> jdbc.sql("UPDATE portal_site SET published_privacy = ''").update());
		String page = mvc.perform(get("/p/fukuoka/privacy")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("標準の個人情報保護方針")
			.contains("福岡県プロフェッショナル人材戦略拠点")
			.contains("利用目的")
			.contains("第三者への提供")
			.contains("開示・訂正・利用停止")
			.contains("href=\"/p/fukuoka/inquiry\"");
	}

}
