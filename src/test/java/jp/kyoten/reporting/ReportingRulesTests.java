package jp.kyoten.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import jp.kyoten.hub.Kpi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small rules of the reports that need no database: UIJ turns, the pace, 和暦,
 * percentages.
 */
class ReportingRulesTests {

	@Test
	void derivesTheUijTurnFromTheResidencesAndTheHubsPrefecture() {
		assertThat(UijTurn.of("43", "13", "43")).isEqualTo(UijTurn.U_I); // 東京都 → 熊本県
		assertThat(UijTurn.of("43", "40", "43")).isEqualTo(UijTurn.J); // 福岡県 → 熊本県, both
																		// 九州
		assertThat(UijTurn.of("43", "47", "43")).isEqualTo(UijTurn.J); // 沖縄県 is in 九州・沖縄
		assertThat(UijTurn.of("43", "43", "43")).isEqualTo(UijTurn.NONE); // 県内
		assertThat(UijTurn.of("43", "13", "40")).isEqualTo(UijTurn.NONE); // not into the
																			// hub's
																			// prefecture
		assertThat(UijTurn.of("43", null, "43")).isEqualTo(UijTurn.UNKNOWN);
		assertThat(UijTurn.of("43", "13", null)).isEqualTo(UijTurn.UNKNOWN);
		assertThat(UijTurn.of("01", "02", "01")).isEqualTo(UijTurn.U_I); // 北海道 is a
																			// region of
																			// its own
	}

	@Test
	void thePaceIsTheTargetTimesTheShareOfTheYearGone() {
		FiscalYear fy = new FiscalYear(2026);
		assertThat(fy.elapsed(LocalDate.of(2026, 3, 31))).isZero();
		assertThat(fy.elapsed(LocalDate.of(2027, 4, 1))).isEqualTo(1.0);
		assertThat(fy.elapsed(LocalDate.of(2027, 3, 31))).isEqualTo(1.0);
		KpiProgress p = KpiProgress.of(Kpi.CONSULTATIONS, 131, 260, fy.elapsed(LocalDate.of(2026, 9, 30)));
		assertThat(p.pace()).isCloseTo(260 * 183 / 365.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(p.ahead()).isTrue();
		assertThat(p.achievement()).isEqualTo(50.4);
		assertThat(KpiProgress.of(Kpi.CONSULTATIONS, 130, 260, p.pace() / 260).ahead()).isFalse();
		assertThat(KpiProgress.of(Kpi.PLACEMENTS, 1, null, 0.5).ahead()).isNull();
		assertThat(KpiProgress.rate(3, 0)).isNull();
	}

	@Test
	void namesTheMonthInTheJapaneseEra() {
		assertThat(MonthlyReportDocument.wareki(YearMonth.of(2026, 5))).isEqualTo("令和8年5月");
		assertThat(MonthlyReportDocument.wareki(YearMonth.of(2019, 4))).isEqualTo("平成31年4月");
		assertThat(new FiscalYear(2026).reiwa()).isEqualTo(8);
	}

	@Test
	void percentagesShowOneDecimal() {
		assertThat(new ReportDocument.Percent(4.615).toString()).isEqualTo("4.6");
		assertThat(KpiProgress.rate(3, 65)).isEqualTo(4.6);
	}

}
