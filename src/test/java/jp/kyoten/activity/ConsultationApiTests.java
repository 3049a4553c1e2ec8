package jp.kyoten.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;

@KyotenSpringTest
class ConsultationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	TestCompanies companies;

	@Test
	void recordsANewConsultationAndAnswersItsId() throws Exception {
		long company = companies.create("相談記録テスト株式会社");
		long id = create(company, "2026-05-12", null);

		mvc.perform(get("/api/v1/consultations/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.companyId").value(company))
			.andExpect(jsonPath("$.date").value("2026-05-12"))
			.andExpect(jsonPath("$.channel").value("PHONE"))
			.andExpect(jsonPath("$.issues[0]").value("RECRUITMENT"))
			.andExpect(jsonPath("$.followUp").value(false))
			.andExpect(jsonPath("$.staffName").value("阿蘇 太郎"));
	}

	@Test
	void refusesAFollowUpOfAnotherCompanysConsultation() throws Exception {
		long first = create(companies.create("継続元テスト株式会社"), "2026-05-12", null);
		long other = companies.create("別会社テスト株式会社");

		mvc.perform(post("/api/v1/consultations").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(other, "2026-05-13", first)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("継続相談の元になる相談は、同じ企業の相談でなければなりません。"));
	}

	@Test
	void anotherHubsConsultationIsNotFound() throws Exception {
		long id = create(companies.create("他拠点から見えない株式会社"), "2026-05-12", null);

		mvc.perform(get("/api/v1/consultations/{id}", id).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherHubsCompanyCannotBeConsulted() throws Exception {
		long fukuoka = companies.in("fukuoka").create("福岡の会社テスト株式会社");

		mvc.perform(post("/api/v1/consultations").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(fukuoka, "2026-05-13", null))).andExpect(status().isNotFound());
	}

	@Test
	void aFollowUpIsMarkedAsSuch() throws Exception {
		long company = companies.create("継続相談テスト株式会社");
		long first = create(company, "2026-05-12", null);
		long second = create(company, "2026-06-01", first);

		mvc.perform(get("/api/v1/consultations/{id}", second).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(jsonPath("$.followUpOf").value(first))
			.andExpect(jsonPath("$.followUp").value(true));
	}

	private long create(long company, String date, Long followUpOf) throws Exception {
		String json = mvc
			.perform(post("/api/v1/consultations").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(company, date, followUpOf)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		assertThat(id).isPositive();
		return id;
	}

	private static String body(long company, String date, Long followUpOf) {
		return """
				{"companyId": %d, "date": "%s", "channel": "PHONE", "referralSource": "WEB",
				 "issues": ["RECRUITMENT"], "summary": "営業人材の採用について", "followUpOf": %s}
				""".formatted(company, date, followUpOf == null ? "null" : followUpOf.toString());
	}

}
