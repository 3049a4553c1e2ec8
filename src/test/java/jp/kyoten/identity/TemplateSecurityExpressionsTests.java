package jp.kyoten.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.expression.SecurityExpressionHandler;
import org.springframework.security.web.FilterInvocation;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KyotenSpringTest
class TemplateSecurityExpressionsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Test
	@SuppressWarnings("unchecked")
	void templatesParseEachSecurityExpressionOnce() {
		// the handler sec:authorize takes from the context
		SecurityExpressionHandler<FilterInvocation> web = context.getBean("webSecurityExpressionHandler",
				SecurityExpressionHandler.class);
		String expression = "hasAnyRole('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK')";
		assertThat(web.getExpressionParser().parseExpression(expression))
			.isSameAs(web.getExpressionParser().parseExpression(expression));
	}

	@Test
	void menuStillShowsEachRoleItsOwnItems() throws Exception {
		String coordinator = page(DemoLogins.KUMAMOTO_COORDINATOR);
		assertThat(coordinator).contains("href=\"/my-work\"", "href=\"/consultations\"")
			.doesNotContain("href=\"/admin/hubs\"", "href=\"/accounts\"");
		String admin = page(DemoLogins.ADMIN);
		assertThat(admin).contains("href=\"/admin/hubs\"").doesNotContain("href=\"/my-work\"");
	}

	private String page(String email) throws Exception {
		return mvc.perform(get("/profile").with(logins.as(email)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
