package jp.kyoten.portal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.kyoten.schedule.DayStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which days the front page lists as closed: weekday holidays and closures, not ordinary
 * weekends.
 */
class HubPagesTests {

	@Test
	void listsWeekdayHolidaysAndClosuresButNotPlainWeekends() {
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2026, 5, 4), false, "みどりの日", null))).isTrue();
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2026, 8, 14), false, null, "お盆休み"))).isTrue();
		// the list is headed 「土日を除く」: a Saturday inside 年末年始 is not listed (issue 18)
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2027, 1, 2), true, null, "年末年始"))).isFalse();
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2026, 12, 29), false, null, "年末年始"))).isTrue();
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2026, 5, 9), true, null, null))).isFalse();
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2026, 5, 3), true, "憲法記念日", null))).isFalse();
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2026, 5, 12), false, null, null))).isFalse();
	}

}
