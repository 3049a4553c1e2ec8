package jp.kyoten.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.identity.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /api/v1/appointments: filters, booking, partial changes, cancellation, problem+json
 * errors.
 */
@KyotenSpringTest
class AppointmentsApiTests {

	static final LocalDate DAY = LocalDate.of(2032, 2, 4);

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
	TestCompanies companies;

	ScheduleFixture fx;

	long coordinator;

	long manager;

	@BeforeEach
	void setUp() {
		fx = new ScheduleFixture(jdbc, accounts, book);
		coordinator = fx.user(DemoLogins.KUMAMOTO_COORDINATOR);
		manager = fx.user(DemoLogins.KUMAMOTO_MANAGER);
	}

	/**
	 * The attack: an appointment took another hub's company, consultation and event ids,
	 * and ids that never were.
	 */
	@Test
	void refusesLinksToAnotherHubsOrMissingRecordsAndSavesNothing() throws Exception {
		long fukuokaCompany = companies.in("fukuoka").create("福岡の訪問先株式会社");
		long fukuokaEvent = fx
			.inFukuoka(() -> jdbc.sql("SELECT coalesce(max(id), 0) FROM event").query(Long.class).single());
		long before = appointmentCount();
		String[][] links = { { "companyId", String.valueOf(fukuokaCompany), "指定された企業は見つかりません" },
				{ "companyId", "987654321", "指定された企業は見つかりません" }, { "consultationId", "987654321", "指定された相談記録は見つかりません" },
				{ "eventId", String.valueOf(fukuokaEvent == 0 ? 987654321 : fukuokaEvent), "指定されたイベントは見つかりません" } };
		for (String[] link : links) {
			mvc.perform(post("/api/v1/appointments").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title":"他拠点リンク","kind":"MEETING","start":"2032-02-05T10:00:00+09:00",
						 "end":"2032-02-05T11:00:00+09:00","%s":%s}""".formatted(link[0], link[1])))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", containsString(link[2])))
				.andExpect(jsonPath("$.field").value(link[0]));
		}
		long mine = fx
			.bookInKumamoto(ScheduleFixture.timed("リンク変更", DAY, LocalTime.of(15, 0), LocalTime.of(16, 0), coordinator));
		mvc.perform(patch("/api/v1/appointments/{id}", mine).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version":0,"companyId":%d}""".formatted(fukuokaCompany)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("指定された企業は見つかりません")));
		mvc.perform(post("/schedule/appointments").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("title", "画面から他拠点")
			.param("kind", "COMPANY_VISIT")
			.param("startDate", DAY.toString())
			.param("startTime", "10:00")
			.param("endDate", DAY.toString())
			.param("endTime", "11:00")
			.param("owner", String.valueOf(coordinator))
			.param("companyId", String.valueOf(fukuokaCompany)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("指定された企業は見つかりません")));
		assertThat(appointmentCount()).isEqualTo(before + 1);
		assertThat(fx.inKumamoto(() -> jdbc.sql("SELECT company_id FROM appointment WHERE id = ?")
			.param(mine)
			.query(Long.class)
			.optional())).isEmpty();
	}

	private long appointmentCount() {
		return fx.inKumamoto(() -> jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single());
	}

	@Test
	void listsTheHubsAppointmentsInARangeFilteredByOwner() throws Exception {
		fx.bookInKumamoto(
				ScheduleFixture.timed("API一覧 コーディネーター", DAY, LocalTime.of(10, 0), LocalTime.of(11, 0), coordinator));
		fx.bookInKumamoto(ScheduleFixture.timed("API一覧 所長", DAY, LocalTime.of(13, 0), LocalTime.of(14, 0), manager));
		fx.bookInKumamoto(
				ScheduleFixture.timed("API一覧 翌週", DAY.plusWeeks(1), LocalTime.of(13, 0), LocalTime.of(14, 0), manager));
		mvc.perform(get("/api/v1/appointments").param("from", DAY.toString())
			.param("to", DAY.plusDays(1).toString())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].title", hasItem("API一覧 コーディネーター")))
			.andExpect(jsonPath("$.content[*].title", hasItem("API一覧 所長")))
			.andExpect(jsonPath("$.content[*].title", not(hasItem("API一覧 翌週"))))
			.andExpect(jsonPath("$.content[?(@.title == 'API一覧 所長')].startsAt").value("2032-02-04T13:00:00+09:00"));
		mvc.perform(get("/api/v1/appointments").param("from", DAY.toString())
			.param("to", DAY.plusDays(1).toString())
			.param("owner", String.valueOf(coordinator))
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(jsonPath("$.content[*].ownerId", everyItem(is((int) coordinator))))
			.andExpect(jsonPath("$.content[*].title", hasItem("API一覧 コーディネーター")));
		mvc.perform(get("/api/v1/appointments").param("from", DAY.toString())
			.param("to", DAY.plusDays(1).toString())
			.with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(jsonPath("$.content[*].title", not(hasItem("API一覧 所長"))));
		mvc.perform(get("/api/v1/appointments").param("from", "2032-01-01")
			.param("to", "2034-01-01")
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void booksChangesAndCancelsThroughTheApi() throws Exception {
		long company = companies.create("API 訪問先株式会社");
		var created = mvc
			.perform(post("/api/v1/appointments").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title":"API 訪問","kind":"COMPANY_VISIT","start":"2032-02-05T10:00:00+09:00",
						 "end":"2032-02-05T11:00:00+09:00","location":"熊本市","companyId":%d}""".formatted(company)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/appointments/")))
			.andExpect(jsonPath("$.appointment.ownerId").value(coordinator))
			.andExpect(jsonPath("$.appointment.companyId").value(company))
			.andExpect(jsonPath("$.appointment.sequence").value(0))
			.andExpect(jsonPath("$.warnings").isEmpty())
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		String path = location.substring(location.indexOf("/api/"));
		mvc.perform(patch(path).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"start":"2032-02-05T17:00:00+09:00","end":"2032-02-05T19:00:00+09:00","version":0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.appointment.title").value("API 訪問"))
			.andExpect(jsonPath("$.appointment.startsAt").value("2032-02-05T17:00:00+09:00"))
			.andExpect(jsonPath("$.appointment.sequence").value(1))
			.andExpect(jsonPath("$.warnings[0]").value("拠点の業務時間（09:00〜17:00）の外の予定です。"));
		mvc.perform(patch(path).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"古い版\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.optimisticLock"));
		mvc.perform(patch(path).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"CANCELLED\",\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.appointment.status").value("CANCELLED"))
			.andExpect(jsonPath("$.appointment.sequence").value(2));
		mvc.perform(patch(path).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"取消後の変更\",\"version\":2}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("取り消された予定は変更できません。"));
	}

	@Test
	void answersInvalidInputWithJapaneseProblemDetails() throws Exception {
		mvc.perform(post("/api/v1/appointments").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title":"","kind":"PARTY","start":"2032-02-05T10:00:00+09:00","end":"2032-02-05T11:00:00+09:00"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
		mvc.perform(post("/api/v1/appointments").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title":"逆転","kind":"MEETING","start":"2032-02-05T10:00:00+09:00","end":"2032-02-05T09:00:00+09:00"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("終了は開始より後の日時にしてください。"));
		mvc.perform(post("/api/v1/appointments").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"日付でない","kind":"MEETING","start":"明日","end":"明後日"}""")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/appointments").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"他拠点の人","kind":"MEETING","start":"2032-02-05T10:00:00+09:00",
					 "end":"2032-02-05T11:00:00+09:00","ownerId":%d}""".formatted(fx.user(DemoLogins.FUKUOKA_MANAGER))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("appointment.ownerUnknown"));
	}

}
