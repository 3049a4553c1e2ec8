package jp.kyoten.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Kpi;

/**
 * Hires the hub took part in by another route than a hand-off (seed 000 §5(1)⑤,
 * 「実際の就職の有無」): recorded on the company's page, listed in the month's report beside the
 * placements, never counted in KPI 2.
 */
@KyotenSpringTest
class OtherHiresInMonthlyReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext context;

	@Autowired
	MonthlyReports reports;

	@Autowired
	JdbcClient jdbc;

	ReportingFixture.TestHub hub;

	long company;

	@BeforeEach
	void hubWithAPlacementInJune() {
		hub = ReportingFixture.of(context).hub();
		company = hub.company("別経路採用株式会社");
		hub.placed(company, LocalDate.of(2026, 6, 10), "FULL_TIME");
	}

	@Test
	void aHireIntroducedByTheHubIsListedInTheMonthsReportButNotCountedAsAPlacement() throws Exception {
		mvc.perform(post("/companies/{id}/hires", company).with(csrf())
			.with(logins.as(hub.coordinator()))
			.param("hiredOn", "2026-06-15")
			.param("route", "HUB_REFERRAL")
			.param("talentName", "Y.K.")
			.param("via", "拠点相談窓口")).andExpect(redirectedUrl("/companies/" + company));
		mvc.perform(post("/companies/{id}/hires", company).with(csrf())
			.with(logins.as(hub.manager()))
			.param("hiredOn", "2026-07-01")
			.param("route", "INSTITUTION")
			.param("via", "鹿児島銀行")).andExpect(redirectedUrl("/companies/" + company));

		MonthlyReportData june = hub.call(() -> reports.compute(YearMonth.of(2026, 6), 1, "", "", null, null));
		assertThat(june.otherHires()).singleElement().satisfies(h -> {
			assertThat(h.route()).isEqualTo("HUB_REFERRAL");
			assertThat(h.companyName()).isEqualTo("別経路採用株式会社");
			assertThat(h.day()).isEqualTo(LocalDate.of(2026, 6, 15));
			assertThat(h.via()).isEqualTo("拠点相談窓口");
			assertThat(h.talentName()).isEqualTo("Y.K.");
		});
		// KPI 2 (成約件数) counts the one placement through a registered agency, not the hire
		// by another route
		assertThat(june.kpis()
			.stream()
			.filter(k -> k.kpi().equals(Kpi.PLACEMENTS.name()))
			.findFirst()
			.orElseThrow()
			.month()).isEqualTo(1);

		mvc.perform(get("/reports/monthly/2026-06").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("拠点からの直接紹介")))
			.andExpect(content().string(containsString("拠点相談窓口")));
		mvc.perform(get("/companies/{id}/hires/new", company).with(logins.as(hub.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("この企業のその他の採用")))
			.andExpect(content().string(containsString("支援機関経由")));
	}

	@Test
	void aHireDayInTheFutureIsRefusedInJapaneseAndNothingIsSaved() throws Exception {
		mvc.perform(post("/companies/{id}/hires", company).with(csrf())
			.with(logins.as(hub.coordinator()))
			.param("hiredOn", LocalDate.now().plusDays(30).toString())
			.param("route", "OTHER")
			.param("talentName", "未来 太郎"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("採用日に未来の日付は入力できません。")))
			.andExpect(content().string(containsString("未来 太郎")));
		assertThat(hub.call(() -> jdbc.sql("SELECT count(*) FROM other_hire").query(Long.class).single())).isZero();
	}

	@Test
	void anotherHubsCompanyIsNotFoundAndTheFrontDeskMayNotRecord() throws Exception {
		ReportingFixture.TestHub other = ReportingFixture.of(context).hub();
		mvc.perform(get("/companies/{id}/hires/new", company).with(logins.as(other.coordinator())))
			.andExpect(status().isNotFound());
		mvc.perform(post("/companies/{id}/hires", company).with(csrf())
			.with(logins.as(other.coordinator()))
			.param("hiredOn", "2026-06-15")
			.param("route", "OTHER")).andExpect(status().isNotFound());
		mvc.perform(post("/companies/{id}/hires", company).with(csrf())
			.with(logins.as(hub.clerk()))
			.param("hiredOn", "2026-06-15")
			.param("route", "OTHER")).andExpect(status().isForbidden());
		assertThat(hub.call(() -> jdbc.sql("SELECT count(*) FROM other_hire").query(Long.class).single())).isZero();
	}

}
