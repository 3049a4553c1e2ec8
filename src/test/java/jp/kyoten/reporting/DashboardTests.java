package jp.kyoten.reporting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Kpi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KyotenSpringTest
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext context;

	@Autowired
	Hubs hubs;

	ReportingFixture.TestHub hubWithPlacements() {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub();
		hubs.setTarget(hub.id, 2025, Kpi.PLACEMENTS, 8);
		long maker = hub.company("ダッシュボード製作所株式会社", "E", 45);
		long it = hub.company("ダッシュボード情報株式会社", "G", null);
		hub.placed(maker, LocalDate.of(2025, 7, 1), "FULL_TIME");
		hub.placed(it, LocalDate.of(2025, 8, 1), "SIDE_JOB");
		return hub;
	}

	@Test
	void showsEachKpiAgainstItsTargetAndThePaceOfAPastYearInFull() throws Exception {
		ReportingFixture.TestHub hub = hubWithPlacements();

		mvc.perform(get("/dashboard").param("fiscalYear", "2025").with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025年度（令和7年度）")))
			.andExpect(content().string(matchesRegex("(?s).*data-kpi=\"PLACEMENTS\">\\s*<th[^>]*>成約件数</th>\\s*"
					+ "<td class=\"num kpi-actual\">2</td>\\s*<td class=\"num\">8</td>\\s*<td class=\"num\">\\s*"
					+ "<span>25.0%</span>.*")))
			// the whole year is gone: the pace is the target, and 2 of 8 is behind it
			.andExpect(content().string(containsString("<td class=\"num\">8.0</td>")))
			.andExpect(content().string(containsString("ペース未達（25.0%）")))
			.andExpect(content().string(containsString("成約</span> <strong>2</strong>")))
			// the last stage is the hub's own income (not recorded yet), no longer the
			// fees companies pay agencies
			.andExpect(content().string(containsString("<strong>未記録</strong>")))
			.andExpect(content().string(containsString("data-url=\"/dashboard/data.json?fiscalYear=2025\"")));
	}

	@Test
	void theChartDataHasTwelveMonthsAndBreakdownsWithDrillDownLinks() throws Exception {
		ReportingFixture.TestHub hub = hubWithPlacements();

		mvc.perform(get("/dashboard/data.json").param("fiscalYear", "2025").with(logins.as(hub.coordinator())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.labels.length()").value(12))
			.andExpect(jsonPath("$.labels[0]").value("4月"))
			.andExpect(jsonPath("$.series[1].kpi").value("PLACEMENTS"))
			.andExpect(jsonPath("$.series[1].data[3]").value(1))
			.andExpect(jsonPath("$.series[1].data[4]").value(1))
			.andExpect(jsonPath("$.breakdowns.INDUSTRY.length()").value(2))
			.andExpect(jsonPath("$.breakdowns.SIZE_BAND[?(@.key=='FROM_21_TO_50')].count").value(1))
			.andExpect(jsonPath("$.breakdowns.SIZE_BAND[?(@.key=='UNKNOWN')].label").value("非公開・不明"))
			.andExpect(jsonPath("$.breakdowns.JOB_CATEGORY[0].url")
				.value("/dashboard/placements?fiscalYear=2025&dimension=JOB_CATEGORY&key=SALES"));
	}

	@Test
	void aDrillDownListsThePlacementsBehindTheKey() throws Exception {
		ReportingFixture.TestHub hub = hubWithPlacements();

		mvc.perform(get("/dashboard/placements").param("fiscalYear", "2025")
			.param("dimension", "INDUSTRY")
			.param("key", "G")
			.with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ダッシュボード情報株式会社")))
			.andExpect(content().string(not(containsString("ダッシュボード製作所株式会社"))));
		mvc.perform(get("/dashboard/placements").param("fiscalYear", "2025")
			.param("dimension", "SIZE_BAND")
			.param("key", "FROM_21_TO_50")
			.with(logins.as(hub.manager())))
			.andExpect(content().string(containsString("ダッシュボード製作所株式会社")))
			.andExpect(content().string(not(containsString("ダッシュボード情報株式会社"))));
	}

	@Test
	void anotherHubSeesNoneOfIt() throws Exception {
		hubWithPlacements();

		mvc.perform(get("/dashboard/placements").param("fiscalYear", "2025")
			.param("dimension", "INDUSTRY")
			.param("key", "G")
			.with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("ダッシュボード情報株式会社"))));
	}

	@Test
	void isClosedToTheSystemAdministrator() throws Exception {
		mvc.perform(get("/dashboard").with(logins.as(DemoLogins.ADMIN))).andExpect(status().isForbidden());
	}

	@Test
	void theHomePageLeadsToTheDashboard() throws Exception {
		mvc.perform(get("/").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(content().string(containsString("<h2><a href=\"/dashboard\">ダッシュボード</a></h2>")));
	}

}
