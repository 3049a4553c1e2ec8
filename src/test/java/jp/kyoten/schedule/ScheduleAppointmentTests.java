package jp.kyoten.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.identity.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import jp.kyoten.platform.time.HubTime;

/**
 * Appointment pages, the calendar's JSON and drag-to-move: validation, warnings, roles,
 * hub isolation, escaping.
 */
@KyotenSpringTest
class ScheduleAppointmentTests {

	/** A Wednesday that is an ordinary business day. */
	static final LocalDate WEDNESDAY = LocalDate.of(2031, 4, 9);

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
	Appointments appointments;

	ScheduleFixture fx;

	long coordinator;

	@BeforeEach
	void setUp() {
		fx = new ScheduleFixture(jdbc, accounts, book);
		fx.people();
		coordinator = fx.user(DemoLogins.KUMAMOTO_COORDINATOR);
	}

	@Test
	void coordinatorBooksAVisitAndSeesItOnTheDetailPageAudited() throws Exception {
		var result = mvc
			.perform(post("/schedule/appointments").with(csrf())
				.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.param("title", "株式会社テスト精工 訪問")
				.param("kind", "COMPANY_VISIT")
				.param("startDate", WEDNESDAY.toString())
				.param("startTime", "10:00")
				.param("endDate", WEDNESDAY.toString())
				.param("endTime", "11:30")
				.param("location", "熊本市東区")
				.param("owner", String.valueOf(coordinator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warnings", List.of()))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/schedule/appointments/", ""));
		AppointmentView a = fx.inKumamoto(() -> appointments.get(id));
		assertThat(a.startsAt().toString()).isEqualTo("2031-04-09T10:00+09:00");
		assertThat(a.endsAt().toString()).isEqualTo("2031-04-09T11:30+09:00");
		assertThat(a.ownerId()).isEqualTo(coordinator);
		assertThat(a.createdBy()).isEqualTo(coordinator);
		assertThat(a.sequence()).isZero();
		mvc.perform(get("/schedule/appointments/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("株式会社テスト精工 訪問")))
			.andExpect(content().string(containsString("阿蘇 太郎")))
			.andExpect(content().string(containsString("10:00")));
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND entity_type = 'appointment' "
					+ "AND entity_id = ? AND actor_email = ?")
			.params(String.valueOf(id), DemoLogins.KUMAMOTO_COORDINATOR)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesAnEndBeforeTheStartAndAMissingTitleInJapanese() throws Exception {
		mvc.perform(post("/schedule/appointments").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("title", "　")
			.param("kind", "MEETING")
			.param("startDate", WEDNESDAY.toString())
			.param("startTime", "15:00")
			.param("endDate", WEDNESDAY.toString())
			.param("endTime", "14:00")
			.param("owner", String.valueOf(coordinator)))
			.andExpect(status().isOk())
			.andExpect(view().name("schedule/form"))
			.andExpect(model().attributeHasFieldErrors("appointmentForm", "title"))
			.andExpect(content().string(containsString("件名を入力してください。")));
		mvc.perform(post("/schedule/appointments").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("title", "逆転した予定")
			.param("kind", "MEETING")
			.param("startDate", WEDNESDAY.toString())
			.param("startTime", "15:00")
			.param("endDate", WEDNESDAY.toString())
			.param("endTime", "14:00")
			.param("owner", String.valueOf(coordinator)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("appointmentForm", "endTime"))
			.andExpect(content().string(containsString("終了は開始より後の日時にしてください。")));
		mvc.perform(post("/schedule/appointments").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("title", "時刻のない予定")
			.param("kind", "MEETING")
			.param("startDate", WEDNESDAY.toString())
			.param("endDate", WEDNESDAY.toString())
			.param("owner", String.valueOf(coordinator)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("appointmentForm", "startTime", "endTime"));
		assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE title IN ('逆転した予定', '時刻のない予定')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void warnsButBooksOnAHolidayAndOutsideBusinessHours() throws Exception {
		// 2031-09-23 is 秋分の日 (Tuesday).
		mvc.perform(post("/schedule/appointments").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("title", "祝日の夜の交流会")
			.param("kind", "EVENT")
			.param("startDate", "2031-09-23")
			.param("startTime", "18:00")
			.param("endDate", "2031-09-23")
			.param("endTime", "20:00")
			.param("owner", String.valueOf(coordinator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warnings",
					List.of("休業日を含む予定です（1 日）: 9/23（秋分の日）", "拠点の業務時間（09:00〜17:00）の外の予定です。")));
	}

	@Test
	void warnsAboutTheHubsOwnClosures() throws Exception {
		fx.inKumamoto(() -> jdbc.sql("INSERT INTO hub_closure (hub_id, starts_on, ends_on, label) VALUES (?, ?, ?, ?)")
			.params(fx.hub("kumamoto"), LocalDate.of(2031, 8, 13), LocalDate.of(2031, 8, 15), "お盆")
			.update());
		mvc.perform(post("/schedule/appointments").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("title", "お盆の出張")
			.param("kind", "OUT_OF_OFFICE")
			.param("allDay", "true")
			.param("startDate", "2031-08-14")
			.param("endDate", "2031-08-16")
			.param("owner", String.valueOf(coordinator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warnings", List.of("休業日を含む予定です（3 日）: 8/14（お盆）、8/15（お盆）、8/16（土曜日）")));
		AppointmentView trip = fx
			.inKumamoto(() -> appointments.ofPerson(coordinator, fx.at(LocalDate.of(2031, 8, 14), LocalTime.MIDNIGHT),
					fx.at(LocalDate.of(2031, 8, 15), LocalTime.MIDNIGHT)))
			.stream()
			.filter(x -> x.title().equals("お盆の出張"))
			.findFirst()
			.orElseThrow();
		assertThat(trip.allDay()).isTrue();
		assertThat(trip.endsAt().toString()).isEqualTo("2031-08-17T00:00+09:00");
		assertThat(trip.lastDay()).isEqualTo(LocalDate.of(2031, 8, 16));
	}

	@Test
	void editingWithAStaleVersionIsRefusedAndCancellingKeepsTheRowMarked() throws Exception {
		long id = fx.bookInKumamoto(
				ScheduleFixture.timed("編集テスト訪問", WEDNESDAY, LocalTime.of(13, 0), LocalTime.of(14, 0), coordinator));
		mvc.perform(post("/schedule/appointments/{id}", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("title", "編集テスト訪問（時間変更）")
			.param("kind", "COMPANY_VISIT")
			.param("startDate", WEDNESDAY.toString())
			.param("startTime", "14:00")
			.param("endDate", WEDNESDAY.toString())
			.param("endTime", "15:00")
			.param("owner", String.valueOf(coordinator))
			.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/schedule/appointments/{id}", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("title", "古い画面から")
			.param("kind", "COMPANY_VISIT")
			.param("startDate", WEDNESDAY.toString())
			.param("startTime", "14:00")
			.param("endDate", WEDNESDAY.toString())
			.param("endTime", "15:00")
			.param("owner", String.valueOf(coordinator))
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の人が先に更新しました。")));
		mvc.perform(post("/schedule/appointments/{id}/cancel", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("version", "1")).andExpect(status().is3xxRedirection());
		AppointmentView a = fx.inKumamoto(() -> appointments.get(id));
		assertThat(a.title()).isEqualTo("編集テスト訪問（時間変更）");
		assertThat(a.status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(a.sequence()).isEqualTo(2);
		mvc.perform(get("/schedule/appointments/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(content().string(containsString("取消")))
			.andExpect(content().string(not(containsString("/cancel"))));
	}

	@Test
	void dragMovesAnAppointmentThroughTheJsonEndpointWithTheCsrfHeader() throws Exception {
		long id = fx.bookInKumamoto(
				ScheduleFixture.timed("ドラッグ移動テスト", WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), coordinator));
		String body = """
				{"start":"2031-04-10T15:00:00","end":"2031-04-10T16:00:00","allDay":false,"version":0}""";
		mvc.perform(patch("/schedule/appointments/{id}/time", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(patch("/schedule/appointments/{id}/time", id).with(csrf().asHeader())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.warnings").isEmpty());
		AppointmentView moved = fx.inKumamoto(() -> appointments.get(id));
		assertThat(moved.startsAt().toString()).isEqualTo("2031-04-10T15:00+09:00");
		assertThat(moved.endsAt().toString()).isEqualTo("2031-04-10T16:00+09:00");
		assertThat(moved.sequence()).isEqualTo(1);
		// A second drag from a page that still holds version 0 is refused, and the
		// calendar reverts it.
		mvc.perform(patch("/schedule/appointments/{id}/time", id).with(csrf().asHeader())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("他の人が先に更新しました。")));
		// Moving onto a Saturday answers with a warning.
		mvc.perform(patch("/schedule/appointments/{id}/time", id).with(csrf().asHeader())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"start":"2031-04-12","end":"2031-04-13","allDay":true,"version":1}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[0]").value("休業日を含む予定です（1 日）: 4/12（土曜日）"));
	}

	@Test
	void calendarEventsCarryAppointmentsHolidaysAndClosuresInJapanTime() throws Exception {
		long id = fx.bookInKumamoto(ScheduleFixture.timed("イベントJSONテスト", LocalDate.of(2031, 9, 22), LocalTime.of(9, 0),
				LocalTime.of(10, 0), coordinator));
		mvc.perform(get("/schedule/events").param("start", "2031-09-22T00:00:00")
			.param("end", "2031-09-29T00:00:00")
			.param("owner", "me")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '%d')].start".formatted(id)).value("2031-09-22T09:00:00"))
			.andExpect(jsonPath("$[?(@.id == '%d')].editable".formatted(id)).value(true))
			.andExpect(jsonPath("$[?(@.display == 'background')].title", hasItem("秋分の日")));
		mvc.perform(get("/schedule/events").param("start", "2031-09-22T00:00:00")
			.param("end", "2031-09-29T00:00:00")
			.param("owner", "hub")
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(jsonPath("$[?(@.id == '%d')].title".formatted(id)).value("阿蘇 太郎：イベントJSONテスト"));
	}

	@Test
	void anotherHubsAppointmentAnswers404OnPagesJsonAndApi() throws Exception {
		long fukuokaManager = fx.user(DemoLogins.FUKUOKA_MANAGER);
		long id = fx.bookInFukuoka(
				ScheduleFixture.timed("福岡だけの訪問", WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), fukuokaManager));
		mvc.perform(get("/schedule/appointments/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/schedule/appointments/{id}/edit", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/schedule/appointments/{id}/cancel", id).param("version", "0")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isNotFound());
		mvc.perform(patch("/schedule/appointments/{id}/time", id).with(csrf().asHeader())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"start":"2031-04-10T15:00:00","end":"2031-04-10T16:00:00","allDay":false,"version":0}"""))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/appointments/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("指定された記録は存在しないか、参照する権限がありません。"));
		mvc.perform(patch("/api/v1/appointments/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"乗っ取り\",\"version\":0}")).andExpect(status().isNotFound());
		mvc.perform(get("/schedule/events").param("start", "2031-04-07T00:00:00")
			.param("end", "2031-04-14T00:00:00")
			.param("owner", String.valueOf(fukuokaManager))
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("福岡だけの訪問"))));
		assertThat(fx.inFukuoka(() -> appointments.get(id)).title()).isEqualTo("福岡だけの訪問");
		assertThat(fx.inKumamoto(() -> appointments.find(id))).isEmpty();
	}

	@Test
	void rolesLimitWhoSeesBooksAndChanges() throws Exception {
		long clerk = fx.user(ScheduleFixture.CLERK);
		long id = fx.bookInKumamoto(
				ScheduleFixture.timed("コーディネーターの訪問", WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), coordinator));
		mvc.perform(get("/schedule").with(logins.as(ScheduleFixture.CLERK))).andExpect(status().isOk());
		mvc.perform(get("/schedule").with(logins.as(ScheduleFixture.AGENCY))).andExpect(status().isForbidden());
		mvc.perform(get("/my-work").with(logins.as(ScheduleFixture.OFFICER))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/appointments").with(logins.as(ScheduleFixture.AGENCY)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/schedule/closures").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isForbidden());
		// A clerk books for themselves, not for others.
		mvc.perform(appointmentPost(ScheduleFixture.CLERK, "受付の外出", String.valueOf(clerk)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(appointmentPost(ScheduleFixture.CLERK, "他人の予定", String.valueOf(coordinator)))
			.andExpect(status().isForbidden());
		mvc.perform(appointmentPost(ScheduleFixture.CLERK, "全体の予定", "hub")).andExpect(status().isForbidden());
		// Only the owner, the booker and managers change an appointment.
		mvc.perform(get("/schedule/appointments/{id}/edit", id).with(logins.as(ScheduleFixture.CLERK)))
			.andExpect(status().isForbidden());
		mvc.perform(patch("/schedule/appointments/{id}/time", id).with(csrf().asHeader())
			.with(logins.as(ScheduleFixture.CLERK))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"start":"2031-04-09T11:00:00","end":"2031-04-09T12:00:00","allDay":false,"version":0}"""))
			.andExpect(status().isForbidden());
		mvc.perform(get("/schedule/appointments/{id}", id).with(logins.as(ScheduleFixture.CLERK)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/edit"))));
		mvc.perform(get("/schedule/appointments/{id}/edit", id).with(logins.as(ScheduleFixture.SUB_MANAGER)))
			.andExpect(status().isOk());
		// A coordinator cannot name someone outside the hub as owner.
		mvc.perform(appointmentPost(DemoLogins.KUMAMOTO_COORDINATOR, "越境",
				String.valueOf(fx.user(DemoLogins.FUKUOKA_MANAGER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("この拠点の有効なスタッフから選んでください。")));
	}

	@Test
	void escapesATitleWithMarkupEverywhereItIsShown() throws Exception {
		String script = "<script>alert(1)</script>";
		long id = fx.bookInKumamoto(ScheduleFixture.timed(script, LocalDate.now(HubTime.ZONE), LocalTime.of(23, 0),
				LocalTime.of(23, 30), coordinator));
		mvc.perform(get("/schedule/appointments/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(content().string(not(containsString(script))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
		mvc.perform(get("/my-work").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(script))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void myWorkListsTodayAndThisWeekButNotNextWeek() throws Exception {
		LocalDate today = LocalDate.now(HubTime.ZONE);
		fx.bookInKumamoto(
				ScheduleFixture.timed("今日の確認テスト予定", today, LocalTime.of(23, 0), LocalTime.of(23, 30), coordinator));
		fx.bookInKumamoto(
				ScheduleFixture.timed("来週のテスト予定", today.plusWeeks(1).with(java.time.DayOfWeek.MONDAY).plusDays(1),
						LocalTime.of(10, 0), LocalTime.of(11, 0), coordinator));
		mvc.perform(get("/my-work").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("今日の確認テスト予定")))
			.andExpect(content().string(not(containsString("来週のテスト予定"))))
			.andExpect(content().string(containsString("期限の来たフォローアップ")))
			.andExpect(content().string(containsString("ポータルからの新しい相談")));
		mvc.perform(get("/my-work").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(content().string(not(containsString("今日の確認テスト予定"))));
	}

	@Test
	void calendarPageOffersTheViewsAndEveryoneInTheHub() throws Exception {
		mvc.perform(get("/schedule").param("view", "month")
			.param("date", "2031-04-01")
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-view=\"month\"")))
			.andExpect(content().string(containsString("data-date=\"2031-04-01\"")))
			.andExpect(content().string(containsString("阿蘇 太郎")))
			.andExpect(content().string(containsString("拠点全員")))
			.andExpect(content().string(not(containsString("博多 一郎"))))
			// the WebJar's version and the file's content hash are in its name
			// (StaticResources)
			.andExpect(content().string(containsString("/webjars/fullcalendar/6.1.15/index.global.min-")));
	}

	private org.springframework.test.web.servlet.RequestBuilder appointmentPost(String who, String title,
			String owner) {
		return post("/schedule/appointments").with(csrf())
			.with(logins.as(who))
			.param("title", title)
			.param("kind", "OUT_OF_OFFICE")
			.param("startDate", WEDNESDAY.toString())
			.param("startTime", "13:00")
			.param("endDate", WEDNESDAY.toString())
			.param("endTime", "14:00")
			.param("owner", owner);
	}

}
