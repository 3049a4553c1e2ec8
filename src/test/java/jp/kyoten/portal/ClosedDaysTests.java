package jp.kyoten.portal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.kyoten.schedule.DayStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's 「今後の休業日（土日を除く）」 lists weekdays only. */
class ClosedDaysTests {

	@Test
	void aWeekendDayInsideAClosureIsNotListed() {
		// 2026-01-03 is a Saturday inside 年末年始
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2026, 1, 3), true, null, "年末年始"))).isFalse();
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2026, 1, 4), true, null, null))).isFalse();
	}

	@Test
	void aWeekdayClosureOrHolidayIsListed() {
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2026, 12, 29), false, null, "年末年始"))).isTrue();
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2026, 5, 4), false, "みどりの日", null))).isTrue();
		assertThat(HubPages.closedWeekday(new DayStatus(LocalDate.of(2026, 5, 7), false, null, null))).isFalse();
	}

}
