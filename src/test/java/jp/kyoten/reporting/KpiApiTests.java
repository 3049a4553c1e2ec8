package jp.kyoten.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Kpi;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KyotenSpringTest
class KpiApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext context;

	@Autowired
	Hubs hubs;

	@Test
	void answersTheFiveKpisOfTheYearWithTheirTargetsInTheShapeOfTheIssue() throws Exception {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub();
		hubs.setTarget(hub.id, 2026, Kpi.CONSULTATIONS, 260);
		hubs.setTarget(hub.id, 2026, Kpi.PLACEMENTS, 65);
		hubs.setTarget(hub.id, 2026, Kpi.DIGITAL_PLACEMENTS, 12);
		hubs.setTarget(hub.id, 2026, Kpi.FINANCIAL_REFERRAL_PLACEMENTS, 12);
		hubs.setTarget(hub.id, 2026, Kpi.SIDE_JOB_NEW_COMPANY_PLACEMENTS, 20);
		long company = hub.company("API集計株式会社");
		long bank = hub.institution("SHINKIN_BANK");
		long c = hub.consultation(company, LocalDate.of(2026, 4, 1), null,
				jp.kyoten.activity.Referral.institution(bank), jp.kyoten.activity.ManagementIssue.DX);
		hub.placement(hub.need(c, "IT_ENGINEER", true), LocalDate.of(2026, 9, 30), "SIDE_JOB", true);

		mvc.perform(get("/api/v1/kpis").param("fiscalYear", "2026").with(logins.as(hub.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"fiscalYear": 2026,
					 "consultations": {"actual": 1, "target": 260},
					 "placements": {"actual": 1, "target": 65},
					 "digitalPlacements": {"actual": 1, "target": 12},
					 "bankReferredPlacements": {"actual": 1, "target": 12},
					 "newSideJobCompanyPlacements": {"actual": 1, "target": 20}}""", false))
			// the indicator set of the hub's kind comes beside the five named KPIs
			.andExpect(jsonPath("$.hubKind").value("PRO_TALENT"))
			.andExpect(jsonPath("$.indicators.length()").value(5))
			.andExpect(jsonPath("$.indicators[1].code").value("PLACEMENTS"))
			.andExpect(jsonPath("$.indicators[1].actual").value(1))
			.andExpect(jsonPath("$.indicators[1].target").value(65));
	}

	@Test
	void answersNullTargetsForAYearWithoutTargets() throws Exception {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub();

		mvc.perform(get("/api/v1/kpis").param("fiscalYear", "2031").with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fiscalYear").value(2031))
			.andExpect(jsonPath("$.placements.actual").value(0))
			.andExpect(jsonPath("$.placements.target").doesNotExist());
	}

	@Test
	void countsOnlyTheCallersHub() throws Exception {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub();
		hub.placed(hub.company("自拠点のみ株式会社"), LocalDate.of(2029, 6, 1), "FULL_TIME");

		mvc.perform(get("/api/v1/kpis").param("fiscalYear", "2029").with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.placements.actual").value(1));
		mvc.perform(get("/api/v1/kpis").param("fiscalYear", "2029").with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(jsonPath("$.placements.actual").value(0));
	}

	@Test
	void refusesAFiscalYearOutOfRangeAsAProblem() throws Exception {
		mvc.perform(get("/api/v1/kpis").param("fiscalYear", "1999").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void isClosedToUsersWithoutAHubRole() throws Exception {
		mvc.perform(get("/api/v1/kpis").with(logins.as(DemoLogins.ADMIN))).andExpect(status().isForbidden());
	}

}
