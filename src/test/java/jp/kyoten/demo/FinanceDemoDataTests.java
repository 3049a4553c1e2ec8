package jp.kyoten.demo;

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
 * The Kumamoto demo hub's books start filled: this year's budget, monthly expenses with their receipts, closed months,
 * a reversing entry and a fee agreement whose income shows; the pages show them to the manager. Lower bounds only.
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
	void kumamotoHasThisYearsBudgetExpensesWithReceiptsAndAnAgencyAgreement() throws Exception {
		long hub = hubs.bySlug("kumamoto").orElseThrow().getId();
		int year = Hubs.fiscalYearOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
		HubScope.runAs(hub, () -> {
			assertThat(count("SELECT count(*) FROM finance_budget WHERE fiscal_year = " + year)).isGreaterThanOrEqualTo(10L);
			assertThat(count("SELECT count(*) FROM finance_entry WHERE fiscal_year = " + year)).isGreaterThanOrEqualTo(9L);
			assertThat(count("SELECT count(*) FROM finance_entry e WHERE NOT EXISTS "
					+ "(SELECT 1 FROM finance_evidence v WHERE v.entry_id = e.id) AND e.reverses_id IS NULL "
					+ "AND e.payee = '拠点職員'")).isZero();
			assertThat(count("SELECT count(*) FROM finance_agency_agreement")).isPositive();
		});
		mvc.perform(get("/finance/budget").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一般管理費")));
		mvc.perform(get("/finance/ledger").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("拠点職員")));
		mvc.perform(get("/finance/income").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("株式会社ひのくに人材")));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
