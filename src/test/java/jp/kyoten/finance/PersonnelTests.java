package jp.kyoten.finance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.finance.FinanceFixture.TestHub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 人件費 from the work days: the five-day week of a manager, 謝金 per case and half a day at
 * seed 004's rates, the month's cost booked into the ledger once and shown beside the
 * budget, hub isolation and roles.
 */
@KyotenSpringTest
class PersonnelTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordWorkTime workTime;

	TestHub hub;

	@BeforeEach
	void setUp() {
		hub = FinanceFixture.hub(hubs, accounts, HubKind.PRO_TALENT);
	}

	@Test
	void refusesASixthDayInAManagersWeekAndStatesTheRuleInJapanese() throws Exception {
		long manager = staff("熊本 太郎", StaffPost.MANAGER, PayBasis.HOURLY, 3_000);
		long assistant = staff("受付 花子", StaffPost.ASSISTANT, PayBasis.HOURLY, 1_100);
		LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		for (int d = 0; d < 5; d++) {
			day(manager, monday.plusDays(d), "7.5", false).andExpect(status().is3xxRedirection());
			day(assistant, monday.plusDays(d), "6", false).andExpect(status().is3xxRedirection());
		}
		day(manager, monday.plusDays(5), "4", false).andExpect(status().isOk())
			.andExpect(content().string(containsString("熊本 太郎さんは週5日までの勤務です")))
			.andExpect(content().string(containsString("勤務形態は週5日までです（仕様書 5(1)②）")));
		// correcting a day already recorded is not a sixth day; an assistant has no such
		// cap
		day(manager, monday.plusDays(4), "6", false).andExpect(status().is3xxRedirection());
		day(assistant, monday.plusDays(5), "6", false).andExpect(status().is3xxRedirection());
		// the next week starts afresh
		day(manager, monday.plusDays(7), "7.5", false).andExpect(status().is3xxRedirection());
		HubScope.runAs(hub.id(),
				() -> assertThat(jdbc.sql("SELECT count(*) FROM finance_work_day WHERE staff_id = ?")
					.param(manager)
					.query(Long.class)
					.single()).isEqualTo(6L));
	}

	@Test
	void booksAnEndedMonthsCostFromTheWorkDaysOnceOnEachPostsCategoryAndShowsItBesideTheBudget() throws Exception {
		YearMonth month = YearMonth.from(today()).minusMonths(1);
		int year = Hubs.fiscalYearOf(month.atDay(1));
		long manager = staff("熊本 太郎", StaffPost.MANAGER, PayBasis.HOURLY, 2_000);
		long coordinator = staff("阿蘇 次郎", StaffPost.COORDINATOR, PayBasis.PER_CASE, 30_000);
		long assistant = staff("受付 花子", StaffPost.ASSISTANT, PayBasis.HOURLY, 1_000);
		day(manager, month.atDay(3), "7.5", false);
		day(manager, month.atDay(4), "7.5", false);
		day(manager, month.atDay(5), "4", false);
		day(coordinator, month.atDay(10), "7", false);
		day(coordinator, month.atDay(11), "3.5", true);
		day(assistant, month.atDay(12), "6", false);

		mvc.perform(get("/api/v1/finance/personnel").param("month", month.toString()).with(logins.as(hub.officer())))
			.andExpect(jsonPath("$.staff[?(@.staff.id == " + manager + ")].cost").value(38_000))
			.andExpect(jsonPath("$.staff[?(@.staff.id == " + coordinator + ")].cost").value(45_000))
			.andExpect(jsonPath("$.staff[?(@.staff.id == " + assistant + ")].cost").value(6_000))
			.andExpect(jsonPath("$.notBooked").value(89_000));
		mvc.perform(post("/finance/personnel/book").param("month", month.toString())
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flash", containsString("3件記帳しました")));

		Map<String, Long> booked = new java.util.HashMap<>();
		HubScope.runAs(hub.id(),
				() -> jdbc.sql("""
						SELECT category, amount FROM finance_entry
						 WHERE staff_id IS NOT NULL AND work_month = ? AND entry_date = ?""")
					.params(month.atDay(1), month.atEndOfMonth())
					.query(rs -> {
						booked.put(rs.getString(1), rs.getLong(2));
					}));
		assertThat(booked).containsExactlyInAnyOrderEntriesOf(
				Map.of("PERSONNEL", 38_000L, "HONORARIUM", 45_000L, "ASSISTANT_STAFF", 6_000L));
		// nothing is booked twice, and the booked month's days are final
		mvc.perform(post("/finance/personnel/book").param("month", month.toString())
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("記帳する人件費はありません")));
		day(manager, month.atDay(6), "7.5", false).andExpect(status().isOk())
			.andExpect(content().string(containsString("記帳済みのため、勤務記録を変えられません")));
		mvc.perform(
				get("/api/v1/finance/budget").param("fiscalYear", String.valueOf(year)).with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.lines[?(@.category == 'PERSONNEL')].fromWork").value(38_000))
			.andExpect(jsonPath("$.lines[?(@.category == 'PERSONNEL')].notBooked").value(0))
			.andExpect(jsonPath("$.lines[?(@.category == 'PERSONNEL')].actual").value(38_000))
			.andExpect(jsonPath("$.lines[?(@.category == 'HONORARIUM')].fromWork").value(45_000))
			.andExpect(jsonPath("$.lines[?(@.category == 'ASSISTANT_STAFF')].fromWork").value(6_000));
		mvc.perform(get("/finance/budget").param("fiscalYear", String.valueOf(year)).with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("勤務記録からの計算額")))
			.andExpect(content().string(containsString("38,000")));
		mvc.perform(get("/finance/ledger").param("fiscalYear", String.valueOf(year)).with(logins.as(hub.manager())))
			.andExpect(content().string(containsString("マネージャー 人件費")))
			.andExpect(content().string(containsString("勤務記録（人件費の根拠）")));

		// a reversal of the manager's entry opens the month again for the manager, and
		// the budget says what is unbooked
		long entry = HubScope.callAs(hub.id(),
				() -> jdbc.sql("SELECT id FROM finance_entry WHERE staff_id = ? AND work_month = ?")
					.params(manager, month.atDay(1))
					.query(Long.class)
					.single());
		mvc.perform(post("/api/v1/finance/entries/{id}/reversal", entry).with(logins.as(hub.manager()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"" + reversalDay(month) + "\",\"reason\":\"時間の誤り\"}")).andExpect(status().isCreated());
		day(manager, month.atDay(6), "7.5", false).andExpect(status().is3xxRedirection());
		mvc.perform(
				get("/api/v1/finance/budget").param("fiscalYear", String.valueOf(year)).with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.lines[?(@.category == 'PERSONNEL')].fromWork").value(53_000))
			.andExpect(jsonPath("$.lines[?(@.category == 'PERSONNEL')].notBooked").value(53_000));
		mvc.perform(get("/finance/personnel").param("month", month.toString()).with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("熊本 太郎")))
			.andExpect(content().string(containsString("1事案30,000円")))
			.andExpect(content().string(containsString("book-form")));
	}

	@Test
	void refusesAnHonorariumAboveSeed004sRateAndPayPerCaseForAManager() throws Exception {
		addStaff("阿蘇 次郎", "COORDINATOR", "PER_CASE", "45000").andExpect(status().isOk())
			.andExpect(content().string(containsString("上限（1事案40,000円・税抜き）を超えています")));
		addStaff("熊本 太郎", "MANAGER", "PER_CASE", "30000").andExpect(status().isOk())
			.andExpect(content().string(containsString("事案ごとの謝金は")));
		addStaff("球磨 一郎", "CHIEF_COORDINATOR", "PER_CASE", "50000").andExpect(status().is3xxRedirection());
		HubScope.runAs(hub.id(),
				() -> assertThat(jdbc.sql("SELECT count(*) FROM finance_staff").query(Long.class).single())
					.isEqualTo(1L));
	}

	@Test
	void anotherHubsStaffAnswerNotFoundAndACoordinatorReadsNoPersonnel() throws Exception {
		long manager = staff("熊本 太郎", StaffPost.MANAGER, PayBasis.HOURLY, 3_000);
		String other = DemoLogins.FUKUOKA_MANAGER;
		mvc.perform(post("/finance/personnel/work-days").with(logins.as(other))
			.with(csrf())
			.param("staffId", String.valueOf(manager))
			.param("workDate", today().toString())
			.param("hours", "7")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/finance/personnel/work-days").with(logins.as(other))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffId\":" + manager + ",\"workDate\":\"" + today() + "\",\"hours\":7}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/finance/personnel").with(logins.as(other)))
			.andExpect(content().string(not(containsString("熊本 太郎"))));
		mvc.perform(get("/finance/personnel").with(logins.as(hub.coordinator()))).andExpect(status().isForbidden());
		mvc.perform(post("/finance/personnel/book").param("month", YearMonth.from(today()).minusMonths(1).toString())
			.with(logins.as(hub.officer()))
			.with(csrf())).andExpect(status().isForbidden());
	}

	private long staff(String name, StaffPost post, PayBasis basis, long rate) {
		return HubScope.callAs(hub.id(), () -> workTime.addStaff(name, post, basis, rate));
	}

	private org.springframework.test.web.servlet.ResultActions day(long staff, LocalDate day, String hours,
			boolean half) throws Exception {
		return mvc.perform(post("/finance/personnel/work-days").with(logins.as(hub.manager()))
			.with(csrf())
			.param("staffId", String.valueOf(staff))
			.param("workDate", day.toString())
			.param("hours", hours)
			.param("halfDay", String.valueOf(half)));
	}

	private org.springframework.test.web.servlet.ResultActions addStaff(String name, String post, String basis,
			String rate) throws Exception {
		return mvc.perform(post("/finance/personnel/staff").with(logins.as(hub.manager()))
			.with(csrf())
			.param("name", name)
			.param("post", post)
			.param("payBasis", basis)
			.param("rate", rate));
	}

	/**
	 * A reversal lies in the same fiscal year as the entry, in an open month: today, or
	 * the entry's month's end.
	 */
	private static LocalDate reversalDay(YearMonth month) {
		LocalDate today = today();
		return Hubs.fiscalYearOf(today) == Hubs.fiscalYearOf(month.atDay(1)) ? today : month.atEndOfMonth();
	}

	private static LocalDate today() {
		return LocalDate.now(HubTime.ZONE);
	}

}
