package jp.kyoten.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

/**
 * Every page says it varies by {@code HX-Request} (one filter, not each controller), so
 * that a cached htmx fragment is never served as the whole page: the sign-in page and "my
 * work" answer both ways like the directory's list.
 */
@KyotenSpringTest
class HtmxVaryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Test
	void everyPageVariesByHtmxRequestHeader() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")));
		mvc.perform(get("/my-work").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")));
	}

}
