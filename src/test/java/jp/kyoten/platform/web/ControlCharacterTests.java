package jp.kyoten.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attack: a NUL byte in a search or filter parameter reached PostgreSQL as an invalid
 * byte sequence and the page answered 500. One filter refuses control characters in every
 * parameter; the JSON reader refuses them in bodies.
 */
@KyotenSpringTest
class ControlCharacterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Test
	void refusesANulByteInTheSearchOfEveryPageWithA400() throws Exception {
		for (String page : new String[] { "/companies", "/needs", "/institutions", "/consultations", "/agencies",
				"/events" }) {
			mvc.perform(get(page).param("q", "熊本\u0000").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(get("/events/1/check-in").param("q", "\u0000").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void refusesAControlCharacterInAFormFieldAndAParameterName() throws Exception {
		mvc.perform(post("/companies").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("data.name", "制御\u0007文字株式会社")).andExpect(status().isBadRequest());
		mvc.perform(get("/companies").param("q\u0000", "x").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void answersTheApiWithAJapaneseProblemForAParameterOrABody() throws Exception {
		mvc.perform(get("/api/v1/companies").param("q", "a\u0000b").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("制御文字")));
		mvc.perform(post("/api/v1/companies").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"NUL\\u0000株式会社\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("リクエストの形式が正しくありません。"));
	}

	@Test
	void keepsTabsAndLineBreaksInText() throws Exception {
		mvc.perform(get("/companies").param("q", "熊本\t本社\r\n").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk());
	}

}
