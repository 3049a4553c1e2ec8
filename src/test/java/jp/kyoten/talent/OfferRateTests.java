package jp.kyoten.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.time.HubTime;

/**
 * 内定率 = 内定件数 ÷ 参加企業数 (seed 001 §3 ※1–※3) on one matching event: five companies came (two
 * of them without an interview set), one registered and stayed away; one company made two
 * offers, another's offer was declined (辞退), a third rejected its candidate. 2 offers ÷ 5
 * participant companies = 40.0 %, the same on the programme's figures, the events
 * module's count and the dashboard's indicator.
 */
@KyotenSpringTest
class OfferRateTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	MatchingFigures figures;

	TalentFixture fx;

	long event;

	LocalDate today = LocalDate.now(HubTime.ZONE);

	@BeforeEach
	void scenario() {
		fx = TalentFixture.of(context);
		event = fx.matchingEvent(today.plusDays(2));
		fx.runInHub(() -> fx.plans.configure(event, TalentProgramme.DIGITAL, 30));
		List<Long> skills = fx.skillIds(2);
		long a = fx.need(event, fx.company(event, TalentFixture.unique("内定二件株式会社"), true), skills);
		long b = fx.need(event, fx.company(event, TalentFixture.unique("辞退株式会社"), true), skills);
		long c = fx.need(event, fx.company(event, TalentFixture.unique("不採用株式会社"), true), skills);
		fx.company(event, TalentFixture.unique("セットなし一株式会社"), true);
		fx.company(event, TalentFixture.unique("セットなし二株式会社"), true);
		fx.company(event, TalentFixture.unique("欠席株式会社"), false);
		long[] talent = new long[4];
		for (int i = 0; i < talent.length; i++) {
			talent[i] = fx.talent(TalentKind.DIGITAL, true, skills);
			fx.participant(event, talent[i]);
		}
		fx.result(event, fx.set(event, a, talent[0], 0), InterviewResult.OFFER);
		fx.result(event, fx.set(event, a, talent[1], 1), InterviewResult.OFFER);
		long declined = fx.set(event, b, talent[2], 0);
		fx.result(event, declined, InterviewResult.OFFER);
		fx.result(event, declined, InterviewResult.DECLINED);
		fx.result(event, fx.set(event, c, talent[3], 2), InterviewResult.REJECTED);
	}

	@Test
	void countsOffersOverParticipantCompaniesIncludingThoseWithoutASetAndNotTheDeclinedOffer() {
		MatchingFigures.Figures year = fx.inHub(() -> figures.of(Hubs.fiscalYearOf(today),
				LocalDate.of(Hubs.fiscalYearOf(today), 4, 1), LocalDate.of(Hubs.fiscalYearOf(today) + 1, 4, 1)));

		assertThat(year.total().companies()).isEqualTo(5);
		assertThat(year.total().offers()).isEqualTo(2);
		assertThat(year.total().offerRate()).isEqualByComparingTo(new BigDecimal("40.0"));
		MatchingFigures.ProgrammeRow digital = year.programmes().getFirst();
		assertThat(digital.programme()).isEqualTo("DIGITAL");
		assertThat(digital.offerRate()).isEqualByComparingTo(new BigDecimal("40.0"));
		assertThat(digital.rateTarget()).isEqualTo(60);
		assertThat(digital.rateMet()).isFalse();
		assertThat(year.kinds()).singleElement().satisfies(k -> {
			assertThat(k.kind()).isEqualTo(TalentKind.DIGITAL);
			assertThat(k.sets()).isEqualTo(4);
			assertThat(k.held()).isEqualTo(4);
			assertThat(k.offers()).isEqualTo(2);
		});
		// the declined offer is gone from the one table every report counts
		assertThat(fx.inHub(() -> fx.jdbc.sql("SELECT count(*) FROM event_offer WHERE event_id = ?")
			.param(event)
			.query(Integer.class)
			.single())).isEqualTo(2);
	}

	@Test
	void showsTheSameRateOnTheDashboardIndicatorAndTheProgrammeFigures() throws Exception {
		mvc.perform(get("/dashboard").with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesRegex(
					"(?s).*data-indicator=\"TP_OFFER_RATE\">\\s*<th[^>]*>[^<]*</th>\\s*<td class=\"num kpi-actual\">40.0%</td>.*")))
			.andExpect(content()
				.string(matchesRegex("(?s).*data-programme=\"DIGITAL\">.*?<span class=\"offer-rate\">40.0%</span>.*")));
	}

	@Test
	void recordsAHireOnlyForAnOffer() {
		long rejected = fx
			.inHub(() -> fx.jdbc.sql("SELECT id FROM interview_set WHERE event_id = ? AND result = 'REJECTED'")
				.param(event)
				.query(Long.class)
				.single());

		assertThatThrownBy(() -> fx.runInHub(() -> fx.sets.recordHire(event, rejected, today)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("interviewSet.hireWithoutOffer");
	}

}
