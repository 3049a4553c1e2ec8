package jp.kyoten.directory;

import org.junit.jupiter.api.Test;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KyotenSpringTest
class CompanyRegistrationTests extends DirectoryWebFixture {

	@Test
	void aCorporateNumberTheHubHasIsRefused() throws Exception {
		String number = CompanyMother.freshCorporateNumber();
		CompanyMother.company("株式会社番号重複元").corporateNumber(number).registerIn(kumamoto, register);
		mvc.perform(post("/companies").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("data.name", "まったく別の名前")
			.param("data.corporateNumber", number)
			.param("confirmDuplicate", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("companyForm", "data.corporateNumber"))
			.andExpect(content().string(containsString("法人番号 " + number + " の企業はすでに登録されています")));
		assertThat(countNamed("まったく別の名前")).isZero();
	}

	@Test
	void theSameNormalisedNameAsksForConfirmationFirst() throws Exception {
		CompanyMother.company("株式会社重複確認精機").in("43100").registerIn(kumamoto, register);
		mvc.perform(post("/companies").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("data.name", "重複確認精機㈱")
			.param("data.municipalityCode", "43100"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("duplicates"))
			.andExpect(content().string(containsString("株式会社重複確認精機")))
			.andExpect(content().string(containsString("それでも登録する")))
			.andExpect(content().string(containsString("name=\"confirmDuplicate\" value=\"true\"")));
		assertThat(countNamed("重複確認精機㈱")).isZero();

		mvc.perform(post("/companies").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("data.name", "重複確認精機㈱")
			.param("data.municipalityCode", "43100")
			.param("confirmDuplicate", "true")).andExpect(status().is3xxRedirection());
		assertThat(countNamed("重複確認精機㈱")).isEqualTo(1);
	}

	@Test
	void theSameNameInAnotherMunicipalityIsNoDuplicate() throws Exception {
		CompanyMother.company("株式会社別市確認").in("43100").registerIn(kumamoto, register);
		mvc.perform(post("/companies").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("data.name", "別市確認株式会社")
			.param("data.municipalityCode", "43202")).andExpect(status().is3xxRedirection());
	}

	@Test
	void creatingEditingAndViewingACompanyAreAudited() throws Exception {
		var result = mvc
			.perform(post("/companies").with(csrf())
				.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
				.param("data.name", "監査確認株式会社")
				.param("data.representative", "監査 太郎"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String id = result.getResponse().getRedirectedUrl().replaceAll(".*/", "");
		mvc.perform(post("/companies/{id}", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("version", "0")
			.param("data.name", "監査確認株式会社")
			.param("data.representative", "監査 次郎")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isOk());
		assertThat(jdbc.sql("""
				SELECT string_agg(action, ',' ORDER BY id) FROM audit_log
				 WHERE entity_type = 'company' AND entity_id = ? AND actor_email = ? AND hub_id = ?""")
			.params(id, DemoLogins.KUMAMOTO_MANAGER, kumamoto)
			.query(String.class)
			.single()).isEqualTo("CREATE,UPDATE,VIEW");
		assertThat(jdbc
			.sql("SELECT summary FROM audit_log WHERE entity_type = 'company' AND entity_id = ? "
					+ "AND action = 'UPDATE'")
			.param(id)
			.query(String.class)
			.single()).contains("representative");
		assertThat(HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT 'representative' = ANY (manually_edited_fields) FROM company WHERE id = ?")
					.param(Long.parseLong(id))
					.query(Boolean.class)
					.single()))
			.isTrue();
	}

	private long countNamed(String name) {
		return HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT count(*) FROM company WHERE name = ?").param(name).query(Long.class).single());
	}

}
