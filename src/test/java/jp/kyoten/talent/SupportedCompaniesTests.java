package jp.kyoten.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.events.MatchingEvents;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.time.HubTime;

/**
 * Supported-company programmes: enrolment only after a recorded selection, sessions and
 * follow-ups, before/after measures, the monthly report per company and the spot-support
 * companies not yet followed up.
 */
@KyotenSpringTest
class SupportedCompaniesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	SupportedCompanies supported;

	@Test
	void enrolsOnlyAfterARecordedSelectionAndListsSpotCompaniesUntilFollowedUp() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		LocalDate today = LocalDate.now(HubTime.ZONE);
		int year = Hubs.fiscalYearOf(today);
		long event = fx.matchingEvent(today.plusDays(6));
		fx.company(event, TalentFixture.unique("伴走支援株式会社"), false);
		fx.company(event, TalentFixture.unique("スポット支援株式会社"), false);
		List<Long> companies = fx.inHub(
				() -> fx.events.companies(event).stream().map(MatchingEvents.ParticipantCompany::companyId).toList());

		assertThatThrownBy(() -> fx.runInHub(() -> supported.enrol(new SupportedCompanies.NewEnrolment(companies.get(0),
				SupportedCompanies.Programme.INTENSIVE, year, today, "PUBLIC_CALL", " ", 5, null))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("support.selectionRequired");
		long intensive = fx.inHub(() -> supported.enrol(new SupportedCompanies.NewEnrolment(companies.get(0),
				SupportedCompanies.Programme.INTENSIVE, year, today, "PUBLIC_CALL", "審査で選定", 5, "製造業")));
		long spot = fx.inHub(() -> supported.enrol(new SupportedCompanies.NewEnrolment(companies.get(1),
				SupportedCompanies.Programme.SPOT, year, today, "REQUEST", "相談から", null, null)));
		fx.runInHub(() -> supported.log(spot, new SupportedCompanies.NewSession(today, "SESSION", "ONLINE", "人材像が不明",
				"職務の整理を助言", null, "1か月後に確認", false)));
		assertThat(fx.inHub(() -> supported.notFollowedUp(year))).extracting(SupportedCompanies.Enrolment::id)
			.containsExactly(spot);

		mvc.perform(post("/supported-companies/{id}/sessions", spot).with(logins.as(fx.coordinatorEmail))
			.with(csrf())
			.param("heldOn", today.toString())
			.param("kind", "FOLLOW_UP")
			.param("format", "PHONE")
			.param("supportGiven", "求人票の確認")
			.param("improvement", "求人票を公開")).andExpect(flash().attribute("flash", "記録しました。"));
		assertThat(fx.inHub(() -> supported.notFollowedUp(year))).isEmpty();

		mvc.perform(post("/supported-companies/{id}/measures", intensive).with(logins.as(fx.coordinatorEmail))
			.with(csrf())
			.param("name", "応募数")
			.param("unit", "件")
			.param("before", "2")
			.param("after", "9")).andExpect(flash().attribute("flash", "前後比較を記録しました。"));
		assertThat(fx.inHub(() -> supported.measures(intensive))).singleElement()
			.satisfies(m -> assertThat(m.change()).isEqualByComparingTo(new BigDecimal("7")));

		mvc.perform(get("/supported-companies").with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("伴走支援株式会社")))
			.andExpect(content().string(containsString("すべてフォローアップ済み")));
		mvc.perform(get("/supported-companies/{id}", intensive).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("応募数（件）")));
		mvc.perform(get("/supported-companies/report/{m}", YearMonth.from(today)).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("求人票を公開")))
			.andExpect(content().string(containsString("1か月後に確認")));
		mvc.perform(get("/supported-companies/{id}", spot).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
	}

}
