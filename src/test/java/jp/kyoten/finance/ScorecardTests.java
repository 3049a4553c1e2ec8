package jp.kyoten.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.finance.FinanceFixture.TestHub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.matching.MatchingFixture;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The balanced scorecard: seed 003's KPIs per kind of market in the four perspectives
 * over three years, actuals computed from Kyoten's own data (the hub's fee income,
 * funders, placements) or entered, hub isolation.
 */
@KyotenSpringTest
class ScorecardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	RecordIncome income;

	@Autowired
	RecordFunder funders;

	@Autowired
	KeepScorecard keep;

	TestHub hub;

	int year;

	@BeforeEach
	void setUp() {
		hub = FinanceFixture.hub(hubs, accounts, HubKind.PRO_TALENT);
		year = Hubs.fiscalYearOf(today());
	}

	@Test
	void aTemplateAddsTheSeedsKpisOfTheFourPerspectivesWithTargetsOverThreeYears() throws Exception {
		mvc.perform(post("/finance/scorecard/template").param("fiscalYear", String.valueOf(year))
			.param("template", "EXTERNAL_FUNDS")
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flash", containsString("KPIを8件追加しました")));
		mvc.perform(get("/api/v1/finance/scorecard").with(logins.as(hub.officer())))
			.andExpect(jsonPath("$.firstYear").value(year))
			.andExpect(jsonPath("$.years", hasSize(3)))
			.andExpect(jsonPath("$.groups[*].perspective")
				.value(org.hamcrest.Matchers.contains("FINANCIAL", "CUSTOMER", "PROCESS", "LEARNING")))
			.andExpect(jsonPath("$.groups[1].kpis[0].measure").value("CONTRIBUTORS"))
			.andExpect(jsonPath("$.groups[1].kpis[0].targets[2]").value(11.0))
			.andExpect(jsonPath("$.groups[2].kpis[0].targets[0]").value(55.0))
			.andExpect(jsonPath("$.groups[0].kpis[0].targets[2]").doesNotExist());
	}

	@Test
	void computedActualsAreKyotensOwnFiguresAndManualOnesAreEntered() throws Exception {
		MatchingFixture fx = MatchingFixture.of(context);
		long agency = fx.agency(hub.slug(), "採点" + MatchingFixture.unique() + "人材", EmploymentForm.FULL_TIME,
				JobCategory.PRODUCTION);
		fx.placement(hub.slug(), agency, today(), 1_000_000L, true);
		long manual = HubScope.callAs(hub.id(), () -> {
			income.agree(agency, new BigDecimal("10"), null, LocalDate.of(year, 4, 1), null, null);
			long funder = funders
				.add(new RecordFunder.NewFunder(FunderKind.DONATION, "くまもと地域振興財団", null, year, 500_000, null, null));
			funders.move(funder, FunderStage.APPOINTMENT, today(), null);
			funders.move(funder, FunderStage.MEETING, today(), null);
			funders.receive(funder, today(), 200_000, null);
			keep.apply(year, ScorecardTemplate.EXTERNAL_FUNDS);
			keep.add(new KeepScorecard.NewKpi(year, Perspective.FINANCIAL, "手数料収入", KpiMeasure.FEE_INCOME, null,
					java.util.Arrays.asList(null, null, new BigDecimal("500000"))));
			keep.add(new KeepScorecard.NewKpi(year, Perspective.CUSTOMER, "成約件数", KpiMeasure.PLACEMENTS, null,
					java.util.Arrays.asList(BigDecimal.ONE, BigDecimal.TWO, BigDecimal.TEN)));
			return jdbc.sql("SELECT id FROM finance_scorecard_kpi WHERE measure = 'MANUAL' ORDER BY id LIMIT 1")
				.query(Long.class)
				.single();
		});

		mvc.perform(get("/api/v1/finance/scorecard").param("fiscalYear", String.valueOf(year))
			.with(logins.as(hub.manager())))
			.andExpect(actual("FEE_INCOME", 0, 100_000))
			.andExpect(actual("FUNDS_RECEIVED", 0, 200_000))
			.andExpect(actual("CONTRIBUTORS", 0, 1))
			.andExpect(actual("FUNDER_MEETINGS", 0, 1))
			.andExpect(actual("FUNDER_APPOINTMENTS", 0, 1))
			.andExpect(actual("FUNDER_LIST", 0, 1))
			.andExpect(actual("PLACEMENTS", 0, 1))
			.andExpect(jsonPath("$.groups[*].kpis[?(@.measure == 'PLACEMENTS')].achievements[0]").value(100))
			// a year that has not begun has no actual yet
			.andExpect(jsonPath("$.groups[0].kpis[1].measure").value("FEE_INCOME"))
			.andExpect(jsonPath("$.groups[0].kpis[1].actuals[1]").doesNotExist());

		mvc.perform(post("/finance/scorecard/kpis/{id}/actuals", manual).param("fiscalYear", String.valueOf(year))
			.param("value", "2")
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flash", containsString("実績を保存しました")));
		mvc.perform(post("/finance/scorecard/kpis/{id}/actuals", manual).param("fiscalYear", String.valueOf(year + 3))
			.param("value", "2")
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("ロードマップの年度")));
		long computed = HubScope.callAs(hub.id(),
				() -> jdbc.sql("SELECT id FROM finance_scorecard_kpi WHERE measure = 'FEE_INCOME'")
					.query(Long.class)
					.single());
		mvc.perform(post("/finance/scorecard/kpis/{id}/actuals", computed).param("fiscalYear", String.valueOf(year))
			.param("value", "1")
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("計算されるため、入力できません")));
		mvc.perform(get("/api/v1/finance/scorecard").param("fiscalYear", String.valueOf(year))
			.with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.groups[*].kpis[?(@.id == " + manual + ")].actuals[0]").value(2.0));
		mvc.perform(get("/finance/scorecard").with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("外部資金獲得額（寄付・出資）")))
			.andExpect(content().string(containsString("200,000")))
			.andExpect(content().string(containsString("100,000")))
			.andExpect(content().string(containsString("学習と成長")));
	}

	@Test
	void anotherHubsKpisAnswerNotFoundAndOnlyTheManagerKeepsTheScorecard() throws Exception {
		long kpi = HubScope.callAs(hub.id(), () -> keep.add(new KeepScorecard.NewKpi(year, Perspective.LEARNING, "勉強会",
				KpiMeasure.MANUAL, KpiUnit.TIMES, java.util.Arrays.asList(null, null, null))));
		mvc.perform(post("/finance/scorecard/kpis/{id}/actuals", kpi).param("fiscalYear", String.valueOf(year))
			.param("value", "1")
			.with(logins.as(DemoLogins.FUKUOKA_MANAGER))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/finance/scorecard/kpis/{id}/remove", kpi).with(logins.as(hub.officer())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/finance/scorecard").with(logins.as(hub.coordinator()))).andExpect(status().isForbidden());
		mvc.perform(post("/finance/scorecard/kpis").with(logins.as(hub.manager()))
			.with(csrf())
			.param("firstYear", String.valueOf(year))
			.param("perspective", "LEARNING")
			.param("name", "離職率")
			.param("measure", "MANUAL")
			.param("target3", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("単位を選んでください")));
	}

	private static org.springframework.test.web.servlet.ResultMatcher actual(String measure, int year, int value) {
		return jsonPath("$.groups[*].kpis[?(@.measure == '" + measure + "')].actuals[" + year + "]").value(value);
	}

	private static LocalDate today() {
		return LocalDate.now(HubTime.ZONE);
	}

}
