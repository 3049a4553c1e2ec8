package jp.kyoten.directory;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KyotenSpringTest
class CompanyApiTests extends DirectoryWebFixture {

	@Test
	void searchAnswersAPageOfSummaries() throws Exception {
		mvc.perform(get("/api/v1/companies").param("q", "ｸﾏﾓﾄｾｲｷ").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].name").value("株式会社熊本精機"))
			.andExpect(jsonPath("$.content[0].nameKana").value("クマモトセイキ"))
			.andExpect(jsonPath("$.content[0].corporateNumber").isString())
			.andExpect(jsonPath("$.content[0].municipalityCode").value("43100"))
			.andExpect(jsonPath("$.content[0].closed").value(false))
			.andExpect(jsonPath("$.content[0].representative").doesNotExist())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/v1/companies").param("size", "1000").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(100))
			.andExpect(jsonPath("$.content.length()").value(100));
	}

	@Test
	void registersACompanyWith201AndALocation() throws Exception {
		String number = CompanyMother.freshCorporateNumber();
		var result = mvc
			.perform(post("/api/v1/companies").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"corporateNumber": "%s", "name": "API登録株式会社", "nameKana": "えーぴーあいとうろく",
						 "legalForm": "KABUSHIKI_KAISHA", "municipalityCode": "43100", "industry": "G", "employees": 8,
						 "sme": true}""".formatted(number)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/companies/")))
			.andExpect(jsonPath("$.nameKana").value("エーピーアイトウロク"))
			.andExpect(jsonPath("$.prefectureCode").value("43"))
			.andReturn();
		String location = result.getResponse().getHeader("Location");
		mvc.perform(get(location).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.corporateNumber").value(number))
			.andExpect(jsonPath("$.industry").value("G"));
		String id = location.replaceAll(".*/", "");
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'company' AND entity_id = ? "
					+ "AND action IN ('CREATE', 'VIEW')")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aWrongCheckDigitIsA400ProblemInJapanese() throws Exception {
		mvc.perform(post("/api/v1/companies").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"corporateNumber\": \"8000012050002\", \"name\": \"チェック確認\", \"postalCode\": \"123\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("入力内容に誤りがあります。"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("corporateNumber")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("postalCode")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("チェックデジット"))));
		mvc.perform(post("/api/v1/companies").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"型違い\", \"employees\": \"many\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aCorporateNumberTheHubHasIsA409() throws Exception {
		String number = CompanyMother.freshCorporateNumber();
		CompanyMother.company("API重複元株式会社").corporateNumber(number).registerIn(kumamoto, register);
		mvc.perform(post("/api/v1/companies").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"corporateNumber\": \"%s\", \"name\": \"別名\"}".formatted(number)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("すでに登録されています")))
			.andExpect(jsonPath("$.code").value("company.corporateNumber.taken"));
	}

	@Test
	void aPossibleDuplicateNameIsA409UntilConfirmed() throws Exception {
		CompanyMother.company("株式会社API名前重複").registerIn(kumamoto, register);
		mvc.perform(post("/api/v1/companies").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"API名前重複(株)\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.candidates[0].name").value("株式会社API名前重複"));
		mvc.perform(post("/api/v1/companies").param("confirmDuplicate", "true")
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"API名前重複(株)\"}")).andExpect(status().isCreated());
	}

	@Test
	void patchChangesOnlyThePresentFieldsAndRemembersThem() throws Exception {
		long id = CompanyMother.company("パッチ確認株式会社")
			.in("43100")
			.employees(10)
			.mainBank("肥後銀行")
			.registerIn(kumamoto, register);
		HubScope.runAs(kumamoto,
				() -> jdbc.sql("UPDATE company SET manually_edited_fields = '{}' WHERE id = ?").param(id).update());
		mvc.perform(patch("/api/v1/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType("application/merge-patch+json")
			.content("{\"employees\": 25, \"mainBank\": null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.employees").value(25))
			.andExpect(jsonPath("$.mainBank").doesNotExist())
			.andExpect(jsonPath("$.municipalityCode").value("43100"))
			.andExpect(jsonPath("$.name").value("パッチ確認株式会社"));
		var row = HubScope.callAs(kumamoto, () -> jdbc
			.sql("SELECT employees, main_bank, manually_edited_fields::text AS edited FROM company WHERE id = ?")
			.param(id)
			.query()
			.singleRow());
		assertThat(row.get("employees")).isEqualTo(25);
		assertThat(row.get("main_bank")).isNull();
		assertThat(row.get("edited")).isEqualTo("{employees,main_bank}");

		mvc.perform(patch("/api/v1/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType("application/merge-patch+json")
			.content("{\"corporateNumber\": \"7000012050003\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("corporateNumber"))
			.andExpect(jsonPath("$.errors[0].message", containsString("チェックデジット")));
		mvc.perform(patch("/api/v1/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType("application/merge-patch+json")
			.content("{\"unknownField\": 1}")).andExpect(status().isBadRequest());
		mvc.perform(patch("/api/v1/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType("application/merge-patch+json")
			.content("{\"employees\": 30, \"version\": 0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("他の人が先に更新しました")));
	}

	@Test
	void priorSideJobUseIsTrueFalseOrUnknown() throws Exception {
		long id = CompanyMother.company("副業利用歴確認株式会社").in("43100").registerIn(kumamoto, register);
		mvc.perform(get("/api/v1/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(jsonPath("$.priorSideJobUse").doesNotExist());
		mvc.perform(patch("/api/v1/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType("application/merge-patch+json")
			.content("{\"priorSideJobUse\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.priorSideJobUse").value(true));
		mvc.perform(patch("/api/v1/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType("application/merge-patch+json")
			.content("{\"priorSideJobUse\": \"yes\"}")).andExpect(status().isBadRequest());
		mvc.perform(patch("/api/v1/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType("application/merge-patch+json")
			.content("{\"priorSideJobUse\": null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.priorSideJobUse").doesNotExist());
		assertThat(HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT prior_side_job_use FROM company WHERE id = ?")
					.param(id)
					.query()
					.singleRow()
					.get("prior_side_job_use")))
			.isNull();
	}

	@Test
	void unknownIdsAre404Problems() throws Exception {
		mvc.perform(get("/api/v1/companies/{id}", 987654321L).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("指定された記録は存在しないか、参照する権限がありません。"));
	}

}
