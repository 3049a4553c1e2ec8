package jp.kyoten.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.tenancy.HubScope;

@KyotenSpringTest
class AgencyAccountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCompanies companies;

	@Test
	void aManagerIssuesAnAccountThatActsForTheAgencyAndSeesNoCompany() throws Exception {
		long hub = companies.hubId();
		long agency = HubScope.callAs(hub,
				() -> jdbc.sql("SELECT min(id) FROM recruitment_agency WHERE status = 'REGISTERED'")
					.query(Long.class)
					.single());
		companies.create("事業者から見えない株式会社");
		String email = "issued-" + System.nanoTime() + "@agency.example";

		mvc.perform(post("/agencies/{id}/accounts", agency).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.with(csrf())
			.param("email", email)
			.param("displayName", "紹介 花子")
			.param("password", "agency-pass-9876"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));

		KyotenUser user = (KyotenUser) logins.principal(email);
		assertThat(user.agencyId()).isEqualTo(agency);
		assertThat(user.hubId()).isEqualTo(hub);
		try (HubScope.Entered scope = HubScope.enter(user.hubId(), user.agencyId())) {
			assertThat(jdbc.sql("SELECT count(*) FROM company").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("SELECT count(*) FROM consultation").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("SELECT count(*) FROM contact").query(Long.class).single()).isZero();
		}
		mvc.perform(get("/companies").with(logins.as(email))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/consultations").with(logins.as(email))).andExpect(status().isForbidden());
	}

	@Test
	void onlyAManagerIssuesAgencyAccounts() throws Exception {
		mvc.perform(post("/agencies/{id}/accounts", 1).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())
			.param("email", "nobody@agency.example")
			.param("displayName", "誰か")
			.param("password", "agency-pass-9876")).andExpect(status().isForbidden());
	}

	@Test
	void anotherHubsAgencyIsNotFound() throws Exception {
		long fukuokaAgency = DemoLogins.anyAgencyOf(jdbc, companies.in("fukuoka").hubId());
		mvc.perform(post("/agencies/{id}/accounts", fukuokaAgency).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.with(csrf())
			.param("email", "cross-" + System.nanoTime() + "@agency.example")
			.param("displayName", "越境 太郎")
			.param("password", "agency-pass-9876")).andExpect(status().isNotFound());
	}

}
