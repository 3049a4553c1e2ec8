package jp.kyoten.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit log reads in Japanese: kinds of record by name, codes by label, no English of
 * our own.
 */
@KyotenSpringTest
class AuditLogWordingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	AuditWording wording;

	@Test
	void kindsOfRecordAndCodesReadAsTheirJapaneseNames() {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.JAPANESE);
		try {
			readsInJapanese();
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

	private void readsInJapanese() {
		assertThat(wording.entityType("handoff")).isEqualTo("取り繋ぎ");
		assertThat(wording.entityType("talent_need")).isEqualTo("求人ニーズ");
		assertThat(wording.summary("event", "ミニセミナー → PUBLISHED")).isEqualTo("ミニセミナー → 公開");
		assertThat(wording.summary("handoff", "→ ACCEPTED")).isEqualTo("→ 受諾");
		assertThat(wording.summary("list", "取り繋ぎ一覧を書き出し（xlsx、0 行） 条件: status=ACCEPTED sort=date dir=desc"))
			.as("a list export's conditions name the filter's label")
			.isEqualTo("取り繋ぎ一覧を書き出し（xlsx、0 行） 条件: status=受諾 sort=date dir=desc");
		assertThat(wording.summary("event_registration", "山鹿 翔太 LIST")).isEqualTo("山鹿 翔太 一覧から受付");
		assertThat(wording.summary("company", "株式会社ABC DX")).as("codes of another kind stay as written")
			.isEqualTo("株式会社ABC DX");
		assertThat(wording.entityType("something_new")).as("an unknown kind shows as stored")
			.isEqualTo("something_new");
	}

	@Test
	void theDemoHubsLogShowsNoTableNamesCodesOrEnglishSummaries() throws Exception {
		for (int page = 0; page < 3; page++) {
			String html = mvc
				.perform(get("/audit").param("page", String.valueOf(page)).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).doesNotContainPattern(">\\s*(handoff|talent_need|event_registration|portal_inquiry)\\s*<")
				.doesNotContainPattern("→ (PUBLISHED|APPROVED|HELD|ACCEPTED|PLACED)\\b")
				.doesNotContain("consultation form from")
				.doesNotContain("checked in")
				.doesNotContain("registered in bulk");
		}
	}

}
