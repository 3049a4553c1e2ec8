package jp.kyoten.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The Kumamoto demo hub's books start filled: this year's budget, monthly expenses with
 * their receipts, closed months, a reversing entry and a fee agreement whose income
 * shows; the pages show them to the manager. Lower bounds only.
 */
@KyotenSpringTest
class FinanceDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Test
	void kumamotoHasThisYearsBudgetExpensesStaffTimeFundersAndAScorecardOnFirstStart() throws Exception {
		long hub = hubs.bySlug("kumamoto").orElseThrow().getId();
		int year = Hubs.fiscalYearOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
		HubScope.runAs(hub, () -> {
			assertThat(count("SELECT count(*) FROM finance_budget WHERE fiscal_year = " + year))
				.isGreaterThanOrEqualTo(10L);
			assertThat(count("SELECT count(*) FROM finance_entry WHERE fiscal_year = " + year))
				.isGreaterThanOrEqualTo(9L);
			// every expense of the demo's year carries its receipt; a personnel cost
			// entry's evidence is the work days
			// it came from (other test classes write receipt-less entries of past years
			// into the shared database)
			assertThat(count("SELECT count(*) FROM finance_entry e WHERE NOT EXISTS "
					+ "(SELECT 1 FROM finance_evidence v WHERE v.entry_id = e.id) AND e.reverses_id IS NULL "
					+ "AND e.staff_id IS NULL AND e.fiscal_year = " + year))
				.isZero();
			assertThat(count("SELECT count(*) FROM finance_agency_agreement")).isPositive();
			assertThat(count("SELECT count(*) FROM finance_staff")).isGreaterThanOrEqualTo(3L);
			assertThat(count("SELECT count(*) FROM finance_work_day")).isPositive();
			assertThat(count("SELECT count(DISTINCT stage) FROM finance_funder WHERE fiscal_year = " + year))
				.isEqualTo(5L);
			assertThat(count("SELECT count(*) FROM finance_scorecard_kpi WHERE first_year = " + year))
				.isGreaterThanOrEqualTo(8L);
		});
		mvc.perform(get("/finance/budget").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一般管理費")));
		mvc.perform(get("/finance/ledger").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("受託法人 本部")));
		mvc.perform(get("/finance/personnel").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("熊本 太郎")))
			.andExpect(content().string(containsString("サブマネージャー")));
		mvc.perform(get("/finance/funders").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("株式会社くまもと精工")))
			.andExpect(content().string(containsString("500,000円")));
		mvc.perform(get("/finance/scorecard").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("成約件数（副業・兼業）")))
			.andExpect(content().string(containsString("学習と成長")));
		mvc.perform(get("/finance/retention").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("保存期限を過ぎた年度はありません")));
		mvc.perform(get("/finance/income").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("株式会社ひのくに人材")));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
