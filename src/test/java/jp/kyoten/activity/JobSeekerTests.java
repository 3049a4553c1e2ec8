package jp.kyoten.activity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.platform.tenancy.HubScope;

@KyotenSpringTest
class JobSeekerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCompanies companies;

	@Test
	void aConsentingSeekerIsPassedToARegisteredAgencyWithARecordOfWhatWent() throws Exception {
		long seeker = create(true);
		long agency = registeredAgency();

		mvc.perform(post("/api/v1/job-seekers/{id}/referrals", seeker).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyIds\": [" + agency + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passedTo[0].agencyId").value(agency));
		String provided = HubScope.callAs(companies.hubId(),
				() -> jdbc.sql("SELECT provided_data::text FROM job_seeker_referral WHERE inquiry_id = ?")
					.param(seeker)
					.query(String.class)
					.single());
		org.assertj.core.api.Assertions.assertThat(provided).contains("転職 希望").contains("IT_ENGINEER");
	}

	@Test
	void aSeekerWithoutConsentIsNeverPassedOn() throws Exception {
		long seeker = create(false);

		mvc.perform(post("/api/v1/job-seekers/{id}/referrals", seeker).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyIds\": [" + registeredAgency() + "]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("本人の同意がないため、事業者に提供できません。"));
	}

	@Test
	void anotherHubsSeekerIsNotFound() throws Exception {
		long seeker = create(true);
		mvc.perform(get("/api/v1/job-seekers/{id}", seeker).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/job-seekers/{id}", seeker).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
	}

	private long registeredAgency() {
		return HubScope.callAs(companies.hubId(),
				() -> jdbc.sql("SELECT min(id) FROM recruitment_agency WHERE status = 'REGISTERED'")
					.query(Long.class)
					.single());
	}

	private long create(boolean consent) throws Exception {
		String json = mvc
			.perform(post("/api/v1/job-seekers").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"receivedOn": "2026-06-10", "channel": "PHONE", "name": "転職 希望",
						 "email": "seeker@example.jp", "desiredJobCategory": "IT_ENGINEER",
						 "desiredEmploymentForm": "SIDE_JOB", "consentToPass": %s}
						""".formatted(consent)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

}
