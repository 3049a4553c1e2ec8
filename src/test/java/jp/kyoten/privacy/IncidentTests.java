package jp.kyoten.privacy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The incident register: deadlines from the day found, the report as PDF, the records the
 * audit log proposes.
 */
@KyotenSpringTest
class IncidentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext ctx;

	static Incident found(LocalDate foundOn, boolean malicious, LocalDate today, LocalDate prelim) {
		return new Incident(1, foundOn, null, "t", "w", null, null, null, null, null, null, malicious, null, null, null,
				prelim, null, null, null, java.time.Instant.EPOCH, null, 0, today);
	}

	@Test
	void thePreliminaryReportIsDueThreeToFiveDaysAndTheFinalThirtyOrSixtyDaysAfterTheDayFound() {
		LocalDate found = LocalDate.of(2026, 12, 1);
		Incident i = found(found, false, LocalDate.of(2026, 12, 2), null);
		assertThat(i.deadlines().prelimFrom()).isEqualTo("2026-12-04");
		assertThat(i.deadlines().prelimBy()).isEqualTo("2026-12-06");
		assertThat(i.deadlines().finalBy()).isEqualTo("2026-12-31");
		assertThat(i.prelimState()).isEqualTo(IncidentDeadlines.State.OPEN);
		assertThat(i.prelimDaysLeft()).isEqualTo(4);
		assertThat(found(found, false, LocalDate.of(2026, 12, 5), null).prelimState())
			.isEqualTo(IncidentDeadlines.State.DUE_SOON);
		assertThat(found(found, false, LocalDate.of(2026, 12, 7), null).prelimState())
			.isEqualTo(IncidentDeadlines.State.OVERDUE);
		assertThat(found(found, false, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 3)).prelimState())
			.isEqualTo(IncidentDeadlines.State.REPORTED);
		assertThat(found(found, true, LocalDate.of(2026, 12, 2), null).deadlines().finalBy()).as("by intent: 60 days")
			.isEqualTo("2027-01-30");
	}

	@Test
	void anIncidentIsRecordedWithItsDeadlinesAndReportedAsPdfAndAnotherHubSeesNothing() throws Exception {
		PrivacyFixture fx = PrivacyFixture.of(ctx);
		PrivacyFixture.TestHub hub = fx.withRecords(fx.hub());
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
		String body = """
				{"foundOn":"%s","title":"USBメモリの紛失","whatHappened":"相談記録を入れたUSBメモリを紛失した",
				 "dataKinds":"氏名、電話番号","recordsCount":120,"peopleCount":95,"location":"拠点事務所",
				 "malicious":false,"suspectActor":"%s","periodFrom":"%s","periodTo":"%s"}"""
			.formatted(today.minusDays(1), hub.manager(), today.minusDays(30), today);
		String created = mvc
			.perform(post("/api/v1/privacy/incidents").with(logins.as(hub.manager()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.deadlines.prelimBy").value(today.plusDays(4).toString()))
			.andExpect(jsonPath("$.deadlines.finalBy").value(today.plusDays(29).toString()))
			.andExpect(jsonPath("$.prelimState").value("OPEN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));

		// the fixture's audit entry: the manager's session viewed a company; the audit
		// log proposes it
		HubScope.runAs(hub.id(), () -> fx.jdbc.sql("""
				INSERT INTO audit_log (hub_id, actor_email, action, entity_type, entity_id, summary)
				VALUES (?, ?, 'EXPORT', 'company', NULL, '企業一覧 CSV 2件')""").params(hub.id(), hub.manager()).update());
		mvc.perform(get("/privacy/incidents/{id}", id).with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("USBメモリの紛失")))
			.andExpect(content().string(containsString("企業一覧 CSV 2件")))
			.andExpect(content().string(containsString("未報告")));
		mvc.perform(get("/privacy/incidents").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("USBメモリの紛失")));
		mvc.perform(get("/privacy/incidents/{id}/report.pdf", id).with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(
					result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes()));
		mvc.perform(get("/privacy/incidents/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/privacy/incidents/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anIncidentFoundTomorrowIsRefusedInJapanese() throws Exception {
		PrivacyFixture fx = PrivacyFixture.of(ctx);
		PrivacyFixture.TestHub hub = fx.hub();
		LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(2);
		mvc.perform(post("/api/v1/privacy/incidents").with(logins.as(hub.manager()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"foundOn\":\"" + tomorrow + "\",\"title\":\"t\",\"whatHappened\":\"w\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("発覚日")));
		mvc.perform(get("/privacy/incidents/new").with(logins.as(hub.manager()))).andExpect(status().isOk());
	}

	@Test
	void theRegisterAndTheIncidentsAreDescribedInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/privacy/incidents/{id}")))
			.andExpect(content().string(containsString("/api/v1/privacy/handlers")));
	}

	@Test
	void theDemoIncidentShowsOnItsPage() throws Exception {
		mvc.perform(get("/privacy/incidents").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("セミナー案内メールの誤送信")))
			.andExpect(content().string(containsString("報告済み")));
	}

}
