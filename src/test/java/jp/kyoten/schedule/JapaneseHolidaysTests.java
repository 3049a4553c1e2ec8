package jp.kyoten.schedule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every holiday of 2024–2027 as the Cabinet Office publishes them (内閣府「国民の祝日について」), where
 * the Cabinet Office lists 振替休日 and 国民の休日 both as 「休日」.
 */
class JapaneseHolidaysTests {

	@Test
	void holidaysOf2024MatchTheCabinetOfficeList() {
		assertThat(JapaneseHolidays.of(2024)).containsExactlyEntriesOf(list("2024-01-01", "元日", "2024-01-08", "成人の日",
				"2024-02-11", "建国記念の日", "2024-02-12", "振替休日", "2024-02-23", "天皇誕生日", "2024-03-20", "春分の日", "2024-04-29",
				"昭和の日", "2024-05-03", "憲法記念日", "2024-05-04", "みどりの日", "2024-05-05", "こどもの日", "2024-05-06", "振替休日",
				"2024-07-15", "海の日", "2024-08-11", "山の日", "2024-08-12", "振替休日", "2024-09-16", "敬老の日", "2024-09-22",
				"秋分の日", "2024-09-23", "振替休日", "2024-10-14", "スポーツの日", "2024-11-03", "文化の日", "2024-11-04", "振替休日",
				"2024-11-23", "勤労感謝の日"));
	}

	@Test
	void holidaysOf2025MatchTheCabinetOfficeList() {
		assertThat(JapaneseHolidays.of(2025)).containsExactlyEntriesOf(list("2025-01-01", "元日", "2025-01-13", "成人の日",
				"2025-02-11", "建国記念の日", "2025-02-23", "天皇誕生日", "2025-02-24", "振替休日", "2025-03-20", "春分の日", "2025-04-29",
				"昭和の日", "2025-05-03", "憲法記念日", "2025-05-04", "みどりの日", "2025-05-05", "こどもの日", "2025-05-06", "振替休日",
				"2025-07-21", "海の日", "2025-08-11", "山の日", "2025-09-15", "敬老の日", "2025-09-23", "秋分の日", "2025-10-13",
				"スポーツの日", "2025-11-03", "文化の日", "2025-11-23", "勤労感謝の日", "2025-11-24", "振替休日"));
	}

	@Test
	void holidaysOf2026MatchTheCabinetOfficeListWithACitizensHolidayInSeptember() {
		assertThat(JapaneseHolidays.of(2026)).containsExactlyEntriesOf(list("2026-01-01", "元日", "2026-01-12", "成人の日",
				"2026-02-11", "建国記念の日", "2026-02-23", "天皇誕生日", "2026-03-20", "春分の日", "2026-04-29", "昭和の日", "2026-05-03",
				"憲法記念日", "2026-05-04", "みどりの日", "2026-05-05", "こどもの日", "2026-05-06", "振替休日", "2026-07-20", "海の日",
				"2026-08-11", "山の日", "2026-09-21", "敬老の日", "2026-09-22", "国民の休日", "2026-09-23", "秋分の日", "2026-10-12",
				"スポーツの日", "2026-11-03", "文化の日", "2026-11-23", "勤労感謝の日"));
	}

	@Test
	void holidaysOf2027MatchTheCabinetOfficeList() {
		assertThat(JapaneseHolidays.of(2027)).containsExactlyEntriesOf(list("2027-01-01", "元日", "2027-01-11", "成人の日",
				"2027-02-11", "建国記念の日", "2027-02-23", "天皇誕生日", "2027-03-21", "春分の日", "2027-03-22", "振替休日", "2027-04-29",
				"昭和の日", "2027-05-03", "憲法記念日", "2027-05-04", "みどりの日", "2027-05-05", "こどもの日", "2027-07-19", "海の日",
				"2027-08-11", "山の日", "2027-09-20", "敬老の日", "2027-09-23", "秋分の日", "2027-10-11", "スポーツの日", "2027-11-03",
				"文化の日", "2027-11-23", "勤労感謝の日"));
	}

	@Test
	void aSundayHolidayBeforeAnotherHolidayMovesToTheFirstWorkingDayAfterBoth() {
		// 2025: 5/4 みどりの日 is a Sunday, 5/5 is こどもの日, so the substitute is Tuesday 5/6.
		assertThat(JapaneseHolidays.nameOf(LocalDate.of(2025, 5, 6))).contains("振替休日");
		assertThat(JapaneseHolidays.nameOf(LocalDate.of(2025, 5, 5))).contains("こどもの日");
	}

	@Test
	void equinoxesFollowTheAstronomicalApproximation() {
		assertThat(JapaneseHolidays.vernalEquinox(2000)).isEqualTo(20);
		assertThat(JapaneseHolidays.vernalEquinox(2023)).isEqualTo(21);
		assertThat(JapaneseHolidays.autumnalEquinox(2012)).isEqualTo(22);
		assertThat(JapaneseHolidays.autumnalEquinox(2019)).isEqualTo(23);
		assertThat(JapaneseHolidays.autumnalEquinox(2024)).isEqualTo(22);
	}

	@Test
	void theYearOfTheAccessionHasItsOneOffHolidaysAndTheDaysBetween() {
		var y2019 = JapaneseHolidays.of(2019);
		assertThat(y2019).containsEntry(LocalDate.of(2019, 4, 30), "国民の休日")
			.containsEntry(LocalDate.of(2019, 5, 1), "天皇の即位の日")
			.containsEntry(LocalDate.of(2019, 5, 2), "国民の休日")
			.containsEntry(LocalDate.of(2019, 5, 6), "振替休日")
			.containsEntry(LocalDate.of(2019, 10, 22), "即位礼正殿の儀")
			.doesNotContainKey(LocalDate.of(2019, 12, 23))
			.doesNotContainKey(LocalDate.of(2019, 2, 23));
	}

	@Test
	void olympicYearsMoveMarineSportsAndMountainDays() {
		assertThat(JapaneseHolidays.of(2020)).containsEntry(LocalDate.of(2020, 7, 23), "海の日")
			.containsEntry(LocalDate.of(2020, 7, 24), "スポーツの日")
			.containsEntry(LocalDate.of(2020, 8, 10), "山の日")
			.doesNotContainKey(LocalDate.of(2020, 10, 12));
		assertThat(JapaneseHolidays.of(2021)).containsEntry(LocalDate.of(2021, 7, 22), "海の日")
			.containsEntry(LocalDate.of(2021, 7, 23), "スポーツの日")
			.containsEntry(LocalDate.of(2021, 8, 8), "山の日")
			.containsEntry(LocalDate.of(2021, 8, 9), "振替休日");
	}

	@Test
	void betweenSpansYearsAndAnOrdinaryDayIsNoHoliday() {
		assertThat(JapaneseHolidays.between(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 13)))
			.containsOnlyKeys(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 12));
		assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 4, 1))).isFalse();
		assertThatThrownBy(() -> JapaneseHolidays.of(1948)).isInstanceOf(IllegalArgumentException.class);
	}

	private static Map<LocalDate, String> list(String... pairs) {
		Map<LocalDate, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(LocalDate.parse(pairs[i]), pairs[i + 1]);
		}
		return map;
	}

}
