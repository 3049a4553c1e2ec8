package jp.kyoten.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A browser is answered with a Japanese page, a script with Japanese problem+json,
 * whatever the address holds.
 */
@KyotenSpringTest
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Test
	void anIdThatIsNoNumberIsAJapaneseNotFoundPage() throws Exception {
		mvc.perform(get("/consultations/abc").accept(MediaType.TEXT_HTML).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("ページが見つかりません")))
			.andExpect(content().string(not(containsString("Failed to convert"))));
	}

	@Test
	void aQueryValueThatCannotBeReadIsAJapaneseBadRequestPage() throws Exception {
		mvc.perform(get("/dashboard").param("fiscalYear", "abc")
			.accept(MediaType.TEXT_HTML)
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("指定が正しくありません")));
	}

	@Test
	void anAddressThatIsNoPageIsAJapaneseNotFoundPage() throws Exception {
		mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("ページが見つかりません")));
	}

	@Test
	void theApiAnswersAnUnreadableIdWithJapaneseProblemJson() throws Exception {
		mvc.perform(get("/api/v1/consultations/abc").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().is4xxClientError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("正しくありません")));
	}

	@Test
	void theApiAnswersAnUnknownAddressWithJapaneseProblemJson() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("存在しない")));
	}

}
