package jp.kyoten.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

/**
 * The public site shows what is published with consent, of its own hub only, and is
 * cacheable.
 */
@KyotenSpringTest
class PortalPublicSiteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	PortalFixture fixture;

	@Autowired
	void fixture(org.springframework.context.ApplicationContext context) {
		fixture = PortalFixture.of(context);
	}

	@Test
	void showsTheHubsPublishedPagesAgenciesAndOpeningHours() throws Exception {
		mvc.perform(get("/p/kumamoto"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("熊本県プロフェッショナル人材戦略拠点")))
			.andExpect(content().string(containsString("登録人材事業者")))
			.andExpect(content().string(containsString("開所時間")))
			.andExpect(content().string(containsString("/p/kumamoto/events")))
			.andExpect(content().string(not(containsString("_csrf"))));
	}

	@Test
	void neverShowsAnotherHubsDraftOrItsOwnDraft() throws Exception {
		fixture.draftSite("fukuoka", "福岡の未公開の下書き文");
		fixture.draftSite("kumamoto", "熊本の未公開の下書き文");
		for (String path : new String[] { "/p/kumamoto", "/p/fukuoka", "/p/kumamoto/privacy" }) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("福岡の未公開の下書き文"))))
				.andExpect(content().string(not(containsString("熊本の未公開の下書き文"))));
		}
		fixture.publishSite("fukuoka");
		mvc.perform(get("/p/fukuoka")).andExpect(content().string(containsString("福岡の未公開の下書き文")));
		mvc.perform(get("/p/kumamoto")).andExpect(content().string(not(containsString("福岡の未公開の下書き文"))));
	}

	@Test
	void neverShowsAStoryWithoutConsentOnThePageTheListOrTheExport() throws Exception {
		long draft = fixture.draftStory("kumamoto", "同意のない事例の題名", "同意なし見本工業株式会社");
		long published = fixture.publishedStory("kumamoto", "同意のある事例の題名", "同意あり見本工業株式会社");

		mvc.perform(get("/p/kumamoto/stories/{id}", draft)).andExpect(status().isNotFound());
		mvc.perform(get("/p/kumamoto/stories/{id}", published))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("同意のある事例の題名")));
		mvc.perform(get("/p/kumamoto/stories"))
			.andExpect(content().string(containsString("同意のある事例の題名")))
			.andExpect(content().string(not(containsString("同意のない事例の題名"))));
		mvc.perform(get("/p/kumamoto")).andExpect(content().string(not(containsString("同意のない事例の題名"))));
		mvc.perform(get("/portal/stories/export").param("format", "csv").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("同意のある事例の題名")))
			.andExpect(content().string(not(containsString("同意のない事例の題名"))));
		mvc.perform(get("/api/v1/success-stories/export").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.storyId == %d)]".formatted(published)).exists())
			.andExpect(jsonPath("$[?(@.storyId == %d)]".formatted(draft)).doesNotExist());
	}

	/**
	 * The attack: a formula behind a line break passed the export's own check (no DOTALL)
	 * and ran in Excel.
	 */
	@Test
	void defusesAFormulaInTheStoryCsvEvenBehindALineBreak() throws Exception {
		fixture.publishedStory("kumamoto", "=HYPERLINK(\"https://evil.example/\",\"開く\")\n二行目", "数式見本工業株式会社");
		String csv = mvc
			.perform(get("/portal/stories/export").param("format", "csv").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFhub_name,prefecture_code,story_id,title,")
			.contains("\"'=HYPERLINK(\"\"https://evil.example/\"\"")
			.doesNotContain(",\"=HYPERLINK");
	}

	@Test
	void refusesToPublishAStoryWithoutConsentAndUnpublishesWhenConsentIsWithdrawn() throws Exception {
		long draft = fixture.draftStory("kumamoto", "公開拒否の事例", "公開拒否見本株式会社");
		mvc.perform(
				post("/api/v1/success-stories/{id}/publish", draft).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("story.publish.noConsent"));

		long published = fixture.publishedStory("kumamoto", "撤回される事例", "撤回見本株式会社");
		mvc.perform(post("/portal/stories/{id}/consent/withdraw", published)
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/kumamoto/stories/{id}", published)).andExpect(status().isNotFound());
	}

	@Test
	void anotherHubsStoryIsNotFoundOnThisHubsSiteOrApi() throws Exception {
		long fukuoka = fixture.publishedStory("fukuoka", "福岡の公開事例", "福岡見本商事株式会社");
		mvc.perform(get("/p/fukuoka/stories/{id}", fukuoka)).andExpect(status().isOk());
		mvc.perform(get("/p/kumamoto/stories/{id}", fukuoka)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/success-stories/{id}", fukuoka).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isNotFound());
	}

	@Test
	void servesTheHubPageCacheableWithAnEtagThatAnswers304() throws Exception {
		String etag = mvc.perform(get("/p/kumamoto"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=60")))
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/p/kumamoto").header("If-None-Match", etag)).andExpect(status().isNotModified());
		assertThat(etag).isNotBlank();
	}

	@Test
	void unknownHubAnswers404() throws Exception {
		mvc.perform(get("/p/no-such-hub")).andExpect(status().isNotFound());
	}

}
