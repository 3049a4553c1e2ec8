package jp.kyoten.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hub's business calendar: weekends, national holidays, closures the manager sets,
 * business hours.
 */
@KyotenSpringTest
class BusinessCalendarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	BookAppointment book;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	ManageClosures closures;

	ScheduleFixture fx;

	@BeforeEach
	void setUp() {
		fx = new ScheduleFixture(jdbc, accounts, book);
	}

	@Test
	void closedOnWeekendsNationalHolidaysAndSubstituteDaysOpenOnOrdinaryWeekdays() {
		long hub = fx.hub("kumamoto");
		assertThat(calendar.isOpen(hub, LocalDate.of(2026, 9, 18))).isTrue();
		assertThat(calendar.isOpen(hub, LocalDate.of(2026, 9, 19))).isFalse();
		assertThat(calendar.isOpen(hub, LocalDate.of(2026, 9, 21))).isFalse();
		assertThat(calendar.status(hub, LocalDate.of(2026, 9, 22)).holiday()).isEqualTo("国民の休日");
		assertThat(calendar.isOpen(hub, LocalDate.of(2026, 5, 6))).isFalse();
		assertThat(calendar.isOpen(hub, LocalDate.of(2026, 5, 7))).isTrue();
	}

	@Test
	void aClosureClosesOnlyItsOwnHubAndOverlapsAreRefused() {
		long kumamoto = fx.hub("kumamoto");
		long fukuoka = fx.hub("fukuoka");
		fx.inKumamoto(() -> closures.add(LocalDate.of(2032, 6, 7), LocalDate.of(2032, 6, 8), "事務所移転"));
		assertThat(fx.inKumamoto(() -> calendar.status(kumamoto, LocalDate.of(2032, 6, 8))).closure())
			.isEqualTo("事務所移転");
		assertThat(fx.inKumamoto(() -> calendar.isOpen(kumamoto, LocalDate.of(2032, 6, 9)))).isTrue();
		assertThat(fx.inFukuoka(() -> calendar.isOpen(fukuoka, LocalDate.of(2032, 6, 8)))).isTrue();
		// Without a hub in scope the calendar puts the named hub in scope; with another
		// hub in scope it finds nothing.
		assertThat(calendar.isOpen(kumamoto, LocalDate.of(2032, 6, 8))).isFalse();
		assertThatThrownBy(() -> fx.inFukuoka(() -> calendar.isOpen(kumamoto, LocalDate.of(2032, 6, 8))))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(
				() -> fx.inKumamoto(() -> closures.add(LocalDate.of(2032, 6, 8), LocalDate.of(2032, 6, 10), "重なる休業")))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("closure.overlaps");
		assertThatThrownBy(
				() -> fx.inKumamoto(() -> closures.add(LocalDate.of(2032, 6, 10), LocalDate.of(2032, 6, 9), "逆転")))
			.hasMessage("closure.endBeforeStart");
	}

	@Test
	void seasonalClosuresCoverObonAndTheNewYearAndAreNotAddedTwice() {
		long kumamoto = fx.hub("kumamoto");
		assertThat(fx.inKumamoto(() -> closures.addSeasonal(2033))).isEqualTo(2);
		assertThat(fx.inKumamoto(() -> closures.addSeasonal(2033))).isZero();
		assertThat(fx.inKumamoto(() -> calendar.status(kumamoto, LocalDate.of(2033, 8, 15))).closure()).isEqualTo("お盆");
		assertThat(fx.inKumamoto(() -> calendar.status(kumamoto, LocalDate.of(2034, 1, 3))).closure())
			.isEqualTo("年末年始");
		assertThat(fx.inKumamoto(() -> calendar.isOpen(kumamoto, LocalDate.of(2034, 1, 4)))).isTrue();
		// 1 January is both a holiday and in the closure: reported as the holiday.
		assertThat(fx.inKumamoto(() -> calendar.status(kumamoto, LocalDate.of(2034, 1, 1))).holiday()).isEqualTo("元日");
	}

	@Test
	void businessHoursDefaultToNineToFiveAndFollowTheManagersSetting() throws Exception {
		long fukuoka = fx.hub("fukuoka");
		assertThat(fx.inFukuoka(() -> calendar.hours(fukuoka))).isEqualTo(BusinessHours.DEFAULT);
		Instant tenAm = ScheduleFixture.at(LocalDate.of(2031, 4, 9), LocalTime.of(10, 0));
		Instant fivePm = ScheduleFixture.at(LocalDate.of(2031, 4, 9), LocalTime.of(17, 0));
		Instant sixPm = ScheduleFixture.at(LocalDate.of(2031, 4, 9), LocalTime.of(18, 0));
		assertThat(fx.inFukuoka(() -> calendar.withinBusinessHours(fukuoka, tenAm, fivePm))).isTrue();
		assertThat(fx.inFukuoka(() -> calendar.withinBusinessHours(fukuoka, tenAm, sixPm))).isFalse();
		mvc.perform(post("/schedule/closures/hours").with(csrf())
			.with(logins.as(DemoLogins.FUKUOKA_MANAGER))
			.param("year", "2031")
			.param("opens", "08:30")
			.param("closes", "18:15")).andExpect(status().is3xxRedirection());
		assertThat(fx.inFukuoka(() -> calendar.hours(fukuoka)))
			.isEqualTo(new BusinessHours(LocalTime.of(8, 30), LocalTime.of(18, 15)));
		assertThat(fx.inFukuoka(() -> calendar.withinBusinessHours(fukuoka, tenAm, sixPm))).isTrue();
		assertThat(fx.inKumamoto(() -> calendar.hours(fx.hub("kumamoto")))).isEqualTo(BusinessHours.DEFAULT);
		mvc.perform(post("/schedule/closures/hours").with(csrf())
			.with(logins.as(DemoLogins.FUKUOKA_MANAGER))
			.param("year", "2031")
			.param("opens", "18:00")
			.param("closes", "09:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("終了は開始より後の時刻にしてください。")));
	}

	@Test
	void managerAddsAndRemovesClosuresOnThePageWhichListsTheYearsHolidays() throws Exception {
		mvc.perform(post("/schedule/closures").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("year", "2035")
			.param("startsOn", "2035-03-05")
			.param("endsOn", "2035-03-05")
			.param("label", "職員研修日")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/schedule/closures").param("year", "2035").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("職員研修日")))
			.andExpect(content().string(containsString("春分の日")))
			.andExpect(content().string(containsString("2035年の国民の祝日")));
		mvc.perform(get("/schedule/closures").param("year", "2035").with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(content().string(not(containsString("職員研修日"))));
		long id = fx
			.inKumamoto(() -> jdbc.sql("SELECT id FROM hub_closure WHERE label = '職員研修日'").query(Long.class).single());
		mvc.perform(post("/schedule/closures/{id}/delete", id).param("year", "2035")
			.with(csrf())
			.with(logins.as(DemoLogins.FUKUOKA_MANAGER))).andExpect(status().isNotFound());
		mvc.perform(post("/schedule/closures/{id}/delete", id).param("year", "2035")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().is3xxRedirection());
		assertThat(HubScope.callAs(fx.hub("kumamoto"),
				() -> jdbc.sql("SELECT count(*) FROM hub_closure WHERE id = ?").param(id).query(Long.class).single()))
			.isZero();
		mvc.perform(post("/schedule/closures").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("year", "2035")
			.param("startsOn", "2035-03-05")
			.param("endsOn", "2035-03-01")
			.param("label", "逆転"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("終了日は開始日以降の日付にしてください。")));
	}

}
