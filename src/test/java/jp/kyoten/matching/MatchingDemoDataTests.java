package jp.kyoten.matching;

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
 * The Kumamoto demo hub starts alive: a year and a half of consultations, needs,
 * hand-offs and placements (confirmed and awaiting confirmation; digital, bank-referred
 * and side-job among them), and an agency user who sees its hand-offs. Lower bounds only:
 * other tests add records to the same database.
 */
@KyotenSpringTest
class MatchingDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Test
	void kumamotoHasTwoFiscalYearsOfMatchingWorkOnTheTargetsPace() {
		long hub = hubs.bySlug("kumamoto").orElseThrow().getId();
		HubScope.runAs(hub, () -> {
			assertThat(count("SELECT count(*) FROM consultation WHERE follow_up_of IS NULL AND consulted_on "
					+ "BETWEEN '2025-04-01' AND '2026-03-31'"))
				.isBetween(180L, 340L);
			assertThat(count("SELECT count(*) FROM consultation WHERE follow_up_of IS NOT NULL")).isPositive();
			assertThat(count("SELECT count(*) FROM placement WHERE confirmed AND contract_date "
					+ "BETWEEN '2025-04-01' AND '2026-03-31'"))
				.isGreaterThanOrEqualTo(40L);
			assertThat(count("SELECT count(*) FROM placement WHERE confirmed AND contract_date >= '2026-04-01'"))
				.isGreaterThanOrEqualTo(15L);
			assertThat(count("SELECT count(*) FROM placement WHERE NOT confirmed")).isPositive();
			assertThat(count("SELECT count(*) FROM placement p JOIN talent_need n ON n.id = p.need_id "
					+ "WHERE p.confirmed AND n.digital"))
				.isGreaterThanOrEqualTo(8L);
			assertThat(count("SELECT count(*) FROM placement p JOIN talent_need n ON n.id = p.need_id "
					+ "JOIN support_institution si ON si.id = n.referral_institution_id WHERE p.confirmed "
					+ "AND si.kind IN ('REGIONAL_BANK','SECOND_REGIONAL_BANK','SHINKIN_BANK','CREDIT_COOPERATIVE',"
					+ "'GOVERNMENT_FINANCIAL')"))
				.isGreaterThanOrEqualTo(8L);
			assertThat(count("SELECT count(*) FROM placement WHERE confirmed AND employment_form = 'SIDE_JOB'"))
				.isGreaterThanOrEqualTo(12L);
			assertThat(count("SELECT count(*) FROM talent_need WHERE status IN ('WITHDRAWN', 'NOT_PLACED')"))
				.isPositive();
		});
	}

	@Test
	void theDemoAgencyUserSeesItsHandOffsInThePortal() throws Exception {
		mvc.perform(get("/agency-portal").with(logins.as(DemoLogins.KUMAMOTO_AGENCY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/agency-portal/handoffs/")));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
