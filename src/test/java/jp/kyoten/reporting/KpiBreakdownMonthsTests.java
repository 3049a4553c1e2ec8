package jp.kyoten.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.reporting.KpiBreakdownMonths.Cell;
import jp.kyoten.reporting.KpiBreakdownMonths.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funnel and breakdowns reporting publishes month by month for the bodies above the
 * hubs: the stages fall in the right months, placements are broken down by industry,
 * size, job category and UIJ turn, the events' answers give 満足度, and a year's months add
 * up to the hub's own dashboard.
 */
@KyotenSpringTest
class KpiBreakdownMonthsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	KpiBreakdownMonths months;

	@Autowired
	Kpis kpis;

	ReportingFixture.TestHub hub;

	@BeforeEach
	void hub() {
		hub = ReportingFixture.of(context).hub();
		// A: 製造業, 30 people; a new consultation in June and its follow-up, a digital
		// sales need, placed in July by
		// a talent who moved in from Tokyo (another region: U/I turn)
		long a = hub.company("内訳テストA株式会社", "E", 30);
		long consultationA = hub.consultation(a, LocalDate.of(2026, 6, 3));
		hub.followUp(a, LocalDate.of(2026, 6, 10), consultationA);
		hub.placement(hub.need(consultationA, "SALES", true), LocalDate.of(2026, 7, 15), "FULL_TIME", true, "13",
				ReportingFixture.PREFECTURE, 1_000_000L);
		// B: 医療・福祉, 3 people; consulted in May, at June's seminar too; an IT engineer
		// from Kumamoto (same region: J)
		long b = hub.company("内訳テストB株式会社", "P", 3);
		long consultationB = hub.consultation(b, LocalDate.of(2026, 5, 20));
		hub.placement(hub.need(consultationB, "IT_ENGINEER", false), LocalDate.of(2026, 7, 20), "FULL_TIME", true, "43",
				ReportingFixture.PREFECTURE, 1_000_000L);
		// C: reached only at June's seminar. Answers: B 5, C 3, one paper answer 4 → 3
		// answers, 2 in the top two
		long c = hub.company("内訳テストC株式会社", "E", 120);
		long seminar = hub.event("SEMINAR", LocalDate.of(2026, 6, 5), "内訳テストのセミナー", null, "HELD");
		long regB = hub.registration(seminar, b, "COMPANY");
		long regC = hub.registration(seminar, c, "COMPANY");
		hub.checkIn(regB);
		hub.checkIn(regC);
		hub.answer(seminar, regB, 5);
		hub.answer(seminar, regC, 3);
		hub.answer(seminar, null, 4);
	}

	@Test
	void countsEachStageInItsMonthAndEachCompanyInTheMonthItWasFirstReached() {
		Map<String, Integer> funnel = byMonthAndKey(Dimension.FUNNEL);
		assertThat(funnel).containsEntry("2026-05 REACHED", 1)
			.containsEntry("2026-06 REACHED", 2)
			.containsEntry("2026-05 CONSULTED", 1)
			.containsEntry("2026-06 CONSULTED", 1)
			.containsEntry("2026-06 HANDED_OFF", 2)
			.containsEntry("2026-07 PLACED", 2)
			.doesNotContainKey("2026-07 REACHED");
	}

	@Test
	void breaksPlacementsDownByIndustrySizeJobCategoryAndUijTurnAndAnswersBySatisfaction() {
		assertThat(byMonthAndKey(Dimension.INDUSTRY)).containsOnly(Map.entry("2026-07 E", 1),
				Map.entry("2026-07 P", 1));
		assertThat(byMonthAndKey(Dimension.SIZE_BAND)).containsOnly(Map.entry("2026-07 FROM_21_TO_50", 1),
				Map.entry("2026-07 UP_TO_5", 1));
		assertThat(byMonthAndKey(Dimension.JOB_CATEGORY)).containsOnly(Map.entry("2026-07 SALES", 1),
				Map.entry("2026-07 IT_ENGINEER", 1));
		assertThat(byMonthAndKey(Dimension.UIJ_TURN)).containsOnly(Map.entry("2026-07 U_I", 1),
				Map.entry("2026-07 J", 1));
		assertThat(byMonthAndKey(Dimension.SATISFACTION)).containsOnly(Map.entry("2026-06 ANSWERS", 3),
				Map.entry("2026-06 TOP_TWO", 2));
	}

	@Test
	void theMonthsOfAYearAddUpToTheHubsOwnDashboard() {
		List<Cell> cells = hub.call(() -> months.of(hub.id, 2026));
		Kpis.Funnel own = hub.call(() -> kpis.funnel(hub.id, new FiscalYear(2026)));
		Map<String, Integer> year = cells.stream()
			.filter(c -> c.dimension() == Dimension.FUNNEL)
			.collect(Collectors.groupingBy(Cell::key, Collectors.summingInt(Cell::count)));
		assertThat(year).containsEntry("REACHED", own.companies())
			.containsEntry("CONSULTED", own.consultations())
			.containsEntry("NEEDS", own.needs())
			.containsEntry("HANDED_OFF", own.handOffs())
			.containsEntry("PLACED", own.placements());
		Map<Kpis.Dimension, List<Kpis.Share>> shares = hub.call(() -> kpis.breakdowns(hub.id, new FiscalYear(2026)));
		for (Kpis.Dimension d : Kpis.Dimension.values()) {
			Map<String, Integer> dashboard = shares.get(d)
				.stream()
				.collect(Collectors.toMap(Kpis.Share::key, Kpis.Share::placements));
			Map<String, Integer> published = cells.stream()
				.filter(c -> c.dimension().name().equals(d.name()))
				.collect(Collectors.groupingBy(Cell::key, Collectors.summingInt(Cell::count)));
			assertThat(published).as(d.name()).isEqualTo(dashboard);
		}
	}

	private Map<String, Integer> byMonthAndKey(Dimension d) {
		return hub.call(() -> months.of(hub.id, 2026))
			.stream()
			.filter(c -> c.dimension() == d)
			.collect(Collectors.toMap(c -> c.month() + " " + c.key(), Cell::count, Integer::sum));
	}

}
