package jp.kyoten.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Found by the bad-input sweep: a value that does not convert (a word in a number field,
 * an impossible date, an unknown code) left the form record unbuilt and the page answered
 * 500. Now the form is shown again with the field's message and what was typed elsewhere.
 */
@KyotenSpringTest
class UnboundFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Test
	void showsTheAppointmentFormAgainWhenADateDoesNotExist() throws Exception {
		mvc.perform(post("/schedule/appointments").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("title", "存在しない日の予定")
			.param("kind", "MEETING")
			.param("startDate", "2026-13-45")
			.param("startTime", "10:00")
			.param("endDate", "2026-06-01")
			.param("endTime", "11:00")
			.param("owner", "hub"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("appointmentForm", "startDate"))
			.andExpect(content().string(containsString("value=\"存在しない日の予定\"")));
	}

	@Test
	void showsTheCompanyFormAgainWhenTheEmployeesAreAWord() throws Exception {
		mvc.perform(post("/companies").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("data.name", "株式会社従業員不明")
			.param("data.employees", "たくさん"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("companyForm", "data.employees"))
			.andExpect(content().string(containsString("value=\"株式会社従業員不明\"")));
	}

	@Test
	void showsTheEventFormAgainWhenTheKindIsUnknown() throws Exception {
		mvc.perform(post("/events").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("title", "種類不明のイベント")
			.param("kind", "NO_SUCH_KIND")
			.param("date", "2026-07-01")
			.param("startTime", "10:00")
			.param("endTime", "12:00"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("eventForm", "kind"));
	}

}
