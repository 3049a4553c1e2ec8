package jp.kyoten.identity;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An htmx request that cannot be served (no session, a second factor missing) is told
 * where to go with {@code HX-Redirect}: a 302 would be followed by htmx itself and the
 * sign-in page swapped into the list.
 */
@KyotenSpringTest
class HtmxSignInRedirectTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Test
	void anHtmxRequestWithoutASessionIsToldToGoToTheSignInPage() throws Exception {
		mvc.perform(get("/companies").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
	}

	@Test
	void aPageRequestWithoutASessionIsStillRedirected() throws Exception {
		mvc.perform(get("/companies")).andExpect(status().isFound());
	}

	@Test
	void anHtmxRequestMissingTheSecondFactorIsToldToGoToItsPage() throws Exception {
		long n = System.nanoTime();
		long hub = hubs.create("hx-" + n, "htmx試験拠点", HubKind.PRO_TALENT, "46", true).getId();
		String email = "hx-" + n + "@kagoshima.test";
		accounts.createIfAbsent(hub, email, "htmx 試験", Role.COORDINATOR, DemoLogins.PASSWORD).orElseThrow();
		Cookie session = mvc.perform(formLogin().user(email).password(DemoLogins.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/companies").cookie(session).header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login/two-factor"));
		mvc.perform(get("/companies").cookie(session)).andExpect(status().isFound());
	}

}
