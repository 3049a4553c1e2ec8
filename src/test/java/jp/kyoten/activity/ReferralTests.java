package jp.kyoten.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

@KyotenSpringTest
class ReferralTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	TestCompanies companies;

	@Autowired
	RecordConsultation record;

	@Autowired
	InstitutionReferrals referrals;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReferralIsFollowedUpOnMyWorkAndItsOutcomeClosesTheLoop() throws Exception {
		LocalDate today = LocalDate.now(HubTime.ZONE);
		long consultation = consultation("紹介ループテスト株式会社", today);
		long institution = institution();
		long before = made(institution, today);

		long id = create(consultation, institution, today, today, today);
		mvc.perform(get("/my-work").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(content().string(containsString("紹介ループテスト株式会社 → ")));

		mvc.perform(patch("/api/v1/referrals/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"RESOLVED\", \"outcomeNote\": \"融資が決まった\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"))
			.andExpect(jsonPath("$.outcomeOn").value(today.toString()));
		mvc.perform(get("/my-work").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("紹介ループテスト株式会社 → "))));
		assertThat(made(institution, today)).isEqualTo(before + 1);
	}

	@Test
	void aReferralNeedsTheCompanysConsentBeforeIt() throws Exception {
		LocalDate day = LocalDate.of(2026, 6, 10);
		long consultation = consultation("同意なし紹介テスト株式会社", day);
		mvc.perform(post("/api/v1/referrals").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(consultation, institution(), day, day.plusDays(1), null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("同意を得た日は紹介日以前")));
		mvc.perform(
				post("/api/v1/referrals").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"consultationId\": " + consultation + ", \"institutionId\": " + institution()
							+ ", \"referredOn\": \"2026-06-10\", \"reason\": \"資金繰り\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anotherHubsReferralIsNotFound() throws Exception {
		LocalDate day = LocalDate.of(2026, 6, 10);
		long id = create(consultation("他拠点紹介テスト株式会社", day), institution(), day, day, null);
		mvc.perform(get("/api/v1/referrals/{id}", id).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
	}

	private long made(long institution, LocalDate day) {
		int year = jp.kyoten.hub.Hubs.fiscalYearOf(day);
		return HubScope.callAs(companies.hubId(),
				() -> referrals.byInstitution(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31))
					.stream()
					.filter(l -> l.institutionId() == institution)
					.mapToLong(InstitutionReferrals.InstitutionLine::resolved)
					.sum());
	}

	private long consultation(String company, LocalDate day) {
		long id = companies.create(company);
		KyotenUser coordinator = (KyotenUser) logins.principal(DemoLogins.KUMAMOTO_COORDINATOR);
		return HubScope.callAs(companies.hubId(),
				() -> record
					.record(new NewConsultation(id, day, Channel.PHONE, Referral.NONE, Set.of(ManagementIssue.FINANCE),
							"資金繰りの相談", null, null, null, coordinator.userId(), null, null, null, null)));
	}

	private long institution() {
		return HubScope.callAs(companies.hubId(),
				() -> jdbc.sql("SELECT min(id) FROM support_institution").query(Long.class).single());
	}

	private long create(long consultation, long institution, LocalDate on, LocalDate consentOn, LocalDate followUpOn)
			throws Exception {
		String json = mvc
			.perform(post("/api/v1/referrals").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(consultation, institution, on, consentOn, followUpOn)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private static String body(long consultation, long institution, LocalDate on, LocalDate consentOn,
			LocalDate followUpOn) {
		return """
				{"consultationId": %d, "institutionId": %d, "referredOn": "%s", "reason": "資金繰りの相談先として",
				 "consentForm": "ORAL", "consentOn": "%s", "followUpOn": %s}
				""".formatted(consultation, institution, on, consentOn,
				followUpOn == null ? "null" : "\"" + followUpOn + "\"");
	}

}
