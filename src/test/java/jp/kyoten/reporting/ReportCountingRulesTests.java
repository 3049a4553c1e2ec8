package jp.kyoten.reporting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.events.EventCounts;
import jp.kyoten.hub.HubKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The counting rules of the reports (seed 000 §5(1)⑤, 001 §3, 003), each pinned by a
 * small scenario: participant companies by check-in, satisfaction of participant
 * companies with institutions apart, offers one by one, 延べ beside the distinct count,
 * event participants in the funnel's 集客, KPI 2 without a talent who did not join.
 */
@KyotenSpringTest
class ReportCountingRulesTests {

	static final LocalDate DAY = LocalDate.of(2026, 5, 12);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventCounts counts;

	@Autowired
	Kpis kpis;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsAParticipantCompanyByCheckInNotByRegistration() {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub(HubKind.TALENT_PROGRAMME);
		long came = hub.company("来場した株式会社");
		long registeredOnly = hub.company("申込だけの株式会社");
		long event = hub.event("SEMINAR", DAY, "人材確保セミナー", null, "HELD");
		long first = hub.registration(event, came, "COMPANY");
		hub.registration(event, came, "COMPANY"); // a second person of the same company,
													// who stayed away
		hub.registration(event, registeredOnly, "COMPANY");
		hub.checkIn(first);

		EventCounts.EventSummary e = hub.call(() -> counts.events(DAY, DAY.plusDays(1))).getFirst();
		assertThat(e.registered()).isEqualTo(3);
		assertThat(e.people()).isEqualTo(1);
		assertThat(e.companies()).isEqualTo(1);
	}

	@Test
	void satisfactionIsTheTopTwoShareOfParticipantCompaniesAnswersWithInstitutionsApart() {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub(HubKind.TALENT_PROGRAMME);
		long event = hub.event("SEMINAR", DAY, "人材確保セミナー", null, "HELD");
		int[] companyAnswers = { 5, 4, 2 };
		for (int answer : companyAnswers) {
			long r = hub.registration(event, hub.company("回答株式会社" + answer), "COMPANY");
			hub.checkIn(r);
			hub.answer(event, r, answer);
		}
		long bank = hub.registration(event, null, "INSTITUTION");
		hub.checkIn(bank);
		hub.answer(event, bank, 1);

		EventCounts.EventSummary e = hub.call(() -> counts.events(DAY, DAY.plusDays(1))).getFirst();
		assertThat(e.companyAnswers()).isEqualTo(3);
		assertThat(e.satisfaction()).isEqualByComparingTo("66.7");
		assertThat(e.institutionAnswers()).isEqualTo(1);
		assertThat(e.institutionSatisfaction()).isEqualByComparingTo("0.0");
		assertThat(e.companyAnswersBySatisfaction()).containsExactly(1, 1, 0, 1, 0);
	}

	@Test
	void countsThreeOffersAtOneCompanyAsThree() throws Exception {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub(HubKind.TALENT_PROGRAMME);
		long company = hub.company("内定三件株式会社");
		long other = hub.company("参加だけ株式会社");
		long matching = hub.event("MATCHING", DAY, "マッチングイベント", null, "HELD");
		hub.checkIn(hub.registration(matching, company, "COMPANY"));
		hub.checkIn(hub.registration(matching, other, "COMPANY"));
		for (int i = 0; i < 3; i++) {
			hub.offer(company, matching, DAY.plusDays(3 + i), false);
		}

		EventCounts.Totals t = hub.call(() -> counts.totals(DAY, DAY.plusDays(1), List.of("MATCHING")));
		assertThat(t.offers()).isEqualTo(3);
		assertThat(t.offerRate()).isEqualByComparingTo("150.0");
		// the indicator set of the talent programme: 内定件数 3, 内定率 = 3 ÷ 2 participant
		// companies
		mvc.perform(get("/api/v1/kpis").param("fiscalYear", "2026")
			.with(logins.as(hub.manager()))
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hubKind").value("TALENT_PROGRAMME"))
			.andExpect(jsonPath("$.consultations").doesNotExist())
			.andExpect(jsonPath("$.indicators[?(@.code == 'TP_OFFERS')].actual").value(3))
			.andExpect(jsonPath("$.indicators[?(@.code == 'TP_OFFER_RATE')].actual").value(150.0))
			.andExpect(jsonPath("$.indicators[?(@.code == 'TP_MATCHING_COMPANIES')].actual").value(2));
	}

	@Test
	void totalsCountACompanyOncePerEventAndOnceProgrammeWide() {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub(HubKind.TALENT_PROGRAMME);
		long company = hub.company("二度来た株式会社");
		for (int i = 0; i < 2; i++) {
			long event = hub.event("NETWORKING", DAY.plusDays(i), "ネットワーキング" + i, null, "HELD");
			hub.checkIn(hub.registration(event, company, "COMPANY"));
		}

		EventCounts.Totals t = hub.call(() -> counts.totals(DAY, DAY.plusDays(5), List.of()));
		assertThat(t.companyAttendances()).isEqualTo(2);
		assertThat(t.distinctCompanies()).isEqualTo(1);
	}

	@Test
	void theFunnelsReachIncludesEventParticipantCompanies() {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub();
		long consulted = hub.company("相談した株式会社");
		hub.consultation(consulted, DAY);
		long participant = hub.company("セミナーに来た株式会社");
		long event = hub.event("SEMINAR", DAY, "経営者向けセミナー", null, "HELD");
		hub.checkIn(hub.registration(event, participant, "COMPANY"));
		hub.checkIn(hub.registration(event, consulted, "COMPANY")); // counted once
		hub.registration(event, hub.company("申込だけの株式会社"), "COMPANY");

		Kpis.Funnel funnel = hub.call(() -> kpis.funnel(hub.id, new FiscalYear(2026)));
		assertThat(funnel.companies()).isEqualTo(2);
		assertThat(funnel.consultations()).isEqualTo(1);
		// the last stage is the hub's own income, not recorded yet: not the agencies'
		// fees
		assertThat(funnel.hubIncome()).isNull();
	}

	@Test
	void kpiTwoLeavesOutAPlacementWhoseTalentDidNotJoin() throws Exception {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub();
		long joined = hub.placed(hub.company("入社した株式会社"), DAY, "FULL_TIME");
		long notJoined = hub.placed(hub.company("入社しなかった株式会社"), DAY, "FULL_TIME");
		hub.placed(hub.company("まだ分からない株式会社"), DAY, "FULL_TIME");
		mvc.perform(post("/api/v1/placements/{id}/joined", joined).with(logins.as(hub.coordinator()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"JOINED\",\"joinedOn\":\"2026-06-01\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.joined").value("JOINED"));
		mvc.perform(post("/api/v1/placements/{id}/joined", notJoined).with(logins.as(hub.coordinator()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"NOT_JOINED\"}")).andExpect(status().isOk());
		// a joining day before the contract is refused in Japanese, nothing changes
		mvc.perform(post("/api/v1/placements/{id}/joined", joined).with(logins.as(hub.coordinator()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"JOINED\",\"joinedOn\":\"2026-01-01\"}"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.detail").value(containsString("成約日")));

		mvc.perform(get("/api/v1/kpis").param("fiscalYear", "2026").with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.placements.actual").value(2));
		mvc.perform(get("/api/v1/reports/monthly/2026-05").with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.report.kpis[1].month").value(2))
			.andExpect(jsonPath("$.report.placements.length()").value(3))
			.andExpect(jsonPath("$.report.placements[?(@.joined == 'NOT_JOINED')].companyName").value("入社しなかった株式会社"));
	}

	@Test
	void theMonthlyReportListsTheMonthsEventsAndTheHiresByOtherRoutesBesideTheKpiPlacements() throws Exception {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub();
		long company = hub.company("協議会参加株式会社");
		long council = hub.event("COUNCIL", DAY, "第1回 人材戦略協議会", "金融機関との連携", "HELD");
		long r = hub.registration(council, company, "COMPANY");
		hub.checkIn(r);
		hub.answer(council, r, 5);
		hub.offer(company, council, DAY.plusDays(10), true);

		mvc.perform(get("/reports/monthly/2026-05").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("協議会・セミナーの開催状況")))
			.andExpect(content().string(containsString("第1回 人材戦略協議会")))
			.andExpect(content().string(containsString("金融機関との連携")))
			.andExpect(content().string(containsString("拠点が関わったその他の採用")))
			.andExpect(content().string(containsString("イベント参加後のフォロー")));
		mvc.perform(get("/api/v1/reports/monthly/2026-05").with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.report.events[0].companies").value(1))
			.andExpect(jsonPath("$.report.events[0].satisfaction").value(100.0))
			.andExpect(jsonPath("$.report.otherHires[0].companyName").value("試験の所属"))
			.andExpect(jsonPath("$.report.kpis[1].month").value(0));
	}

	@Test
	void aVersionSubmittedBeforeTheEventSectionsStaysAsSubmittedAndItsCorrectionCarriesThem() throws Exception {
		ReportingFixture.TestHub hub = ReportingFixture.of(context).hub();
		long council = hub.event("COUNCIL", DAY, "第2回 人材戦略協議会", "副業人材", "HELD");
		hub.checkIn(hub.registration(council, hub.company("参加企業"), "COMPANY"));
		// a snapshot frozen before the sections existed: no events, no other hires
		String old = """
				{"hubName":"報告テスト拠点","hubPrefecture":"46","month":"2026-05","fiscalYear":2026,"version":1,
				 "submitted":true,"submittedAt":"2026-06-05T01:00:00Z","submittedBy":"manager@example.jp",
				 "kpis":[],"placements":[],"consultationsByIssue":[],"successStories":"旧版の成功事例","issues":""}""";
		hub.call(() -> jdbc.sql("""
				INSERT INTO monthly_report (hub_id, month, version, success_stories, submitted, snapshot, submitted_at,
				                            submitted_by)
				VALUES (?, DATE '2026-05-01', 1, '旧版の成功事例', true, ?::jsonb, now(), 'manager@example.jp')""")
			.params(hub.id, old)
			.update());

		mvc.perform(get("/reports/monthly/2026-05").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("旧版の成功事例")))
			.andExpect(content().string(containsString("提出時の内容のまま")))
			.andExpect(content().string(not(containsString("第2回 人材戦略協議会"))));
		mvc.perform(post("/reports/monthly/2026-05/correct").with(logins.as(hub.manager())).with(csrf()));
		mvc.perform(get("/reports/monthly/2026-05").with(logins.as(hub.manager())))
			.andExpect(content().string(containsString("第2回 人材戦略協議会")));
		mvc.perform(get("/api/v1/reports/monthly/2026-05").param("version", "1").with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.versions.length()").value(2))
			.andExpect(jsonPath("$.report.events").doesNotExist());
	}

}
