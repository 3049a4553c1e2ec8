package jp.kyoten.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.schedule.AppointmentDetails;
import jp.kyoten.schedule.AppointmentKind;
import jp.kyoten.schedule.BookAppointment;
import jp.kyoten.platform.time.HubTime;

@KyotenSpringTest
class VisitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	TestCompanies companies;

	@Autowired
	BookAppointment book;

	@Autowired
	Visits visits;

	@Test
	void aVisitRecordedFromItsAppointmentBecomesAConsultationAndItsFollowUpShowsOnMyWork() throws Exception {
		long company = companies.create("訪問記録テスト株式会社");
		LocalDate today = LocalDate.now(HubTime.ZONE);
		long appointment = bookVisit(company, today);

		mvc.perform(get("/visits/new").param("appointmentId", String.valueOf(appointment))
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("訪問記録テスト株式会社")));
		String location = mvc
			.perform(post("/visits").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.with(csrf())
				.param("appointmentId", String.valueOf(appointment))
				.param("visitedOn", today.toString())
				.param("metWith", "代表取締役")
				.param("discussed", "生産管理の責任者を探している")
				.param("nextAction", "求人票の下書きを確認")
				.param("followUpOn", today.toString())
				.param("asConsultation", "true")
				.param("issues", "RECRUITMENT"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/visits/".length()));

		VisitView visit = HubScope.callAs(companies.hubId(), () -> visits.get(id));
		assertThat(visit.companyId()).isEqualTo(company);
		assertThat(visit.consultationId()).isNotNull();
		mvc.perform(get("/api/v1/consultations/{id}", visit.consultationId())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(jsonPath("$.channel").value("VISIT_OUT"))
			.andExpect(jsonPath("$.originPath").value("/visits/" + id));
		mvc.perform(get("/my-work").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("訪問記録テスト株式会社 — 求人票の下書きを確認")));
		mvc.perform(get("/visits/new").param("appointmentId", String.valueOf(appointment))
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().is3xxRedirection());
	}

	@Test
	void aSecondVisitForTheSameAppointmentIsRefused() throws Exception {
		long company = companies.create("二重訪問テスト株式会社");
		long appointment = bookVisit(company, LocalDate.now(HubTime.ZONE));
		String body = """
				{"appointmentId": %d, "visitedOn": "%s", "discussed": "設備投資の相談"}
				""".formatted(appointment, LocalDate.now(HubTime.ZONE));
		mvc.perform(post("/api/v1/visits").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber());
		mvc.perform(post("/api/v1/visits").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("この予定の訪問はすでに記録されています。"));
	}

	@Test
	void anotherHubsVisitIsNotFound() throws Exception {
		long company = companies.create("他拠点訪問テスト株式会社");
		String json = mvc
			.perform(post("/api/v1/visits").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"companyId": %d, "visitedOn": "2026-06-01", "discussed": "事業承継の相談"}
						""".formatted(company)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
		mvc.perform(get("/api/v1/visits/{id}", id).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/visits/{id}", id).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
	}

	private long bookVisit(long company, LocalDate day) {
		KyotenUser coordinator = (KyotenUser) logins.principal(DemoLogins.KUMAMOTO_COORDINATOR);
		// early in the morning, outside the calendar's visible hours, so that browser
		// tests' clicks are not covered
		return HubScope.callAs(companies.hubId(),
				() -> book.book(new AppointmentDetails("企業訪問", AppointmentKind.COMPANY_VISIT,
						day.atTime(6, 0).atZone(HubTime.ZONE).toInstant(),
						day.atTime(6, 30).atZone(HubTime.ZONE).toInstant(), false, null, null, coordinator.userId(),
						company, null, null)));
	}

}
