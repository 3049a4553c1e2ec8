package jp.kyoten.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.events.MatchingEvents;
import jp.kyoten.platform.publicform.PublicFormGuard;
import jp.kyoten.platform.time.HubTime;

/**
 * 参加人材 of a matching event counts each person once (seed 002 §2(2)⑥ イベントごとの参加人材数, seed
 * 001 §3(4) 各イベント等の参加者数; ADR 246): a person who registered on the event's public form and
 * was also added from the talent pool is one participant — linked by the same e-mail
 * address or number, whichever came first, or by staff where only the name says so — and
 * the events module's own event report shows the same figure as {@link MatchingFigures}.
 */
@KyotenSpringTest
class ParticipantTalentOnceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	PublicFormGuard guard;

	@Autowired
	MatchingFigures figures;

	@Test
	void aPersonRegisteredOnThePublicFormAndAddedFromThePoolCountsOnceInTheMetiReportAndTheEventReport()
			throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		LocalDate day = LocalDate.now(HubTime.ZONE).plusDays(2);
		long event = fx.matchingEvent(day);
		long company = fx.need(event, fx.company(event, TalentFixture.unique("一人一回株式会社"), true), List.of());

		// 1: in the pool and added first, then registers on the form with the address in
		// capitals → linked (e-mail)
		long first = fx.talent(TalentKind.DIGITAL, TalentFixture.unique("先に 追加"), "first-once@talent.test", null);
		fx.participant(event, first);
		registerOnPublicForm(fx, event, "先に 追加", "First-Once@Talent.test", null, "192.0.2.31");
		// 2: registers first with a number, then added from the pool with it in full
		// width → linked (number)
		registerOnPublicForm(fx, event, "後で 追加", "second-once@talent.test", "092-111-2222", "192.0.2.32");
		long second = fx.talent(TalentKind.FOREIGN, TalentFixture.unique("後で 追加"), null, "０９２１１１２２２２");
		fx.participant(event, second);
		// 3: same name only (another address, no number): a candidate for staff, never
		// linked by the system
		String thirdName = TalentFixture.unique("九州 花子");
		long third = fx.talent(TalentKind.WOMEN, thirdName, "third-pool@talent.test", null);
		fx.participant(event, third);
		registerOnPublicForm(fx, event, thirdName.replace(' ', '　'), "third-form@talent.test", null, "192.0.2.33");
		// 4: on the form only; 5: in the pool only
		registerOnPublicForm(fx, event, "申込 だけ", "form-only@talent.test", null, "192.0.2.34");
		long poolOnly = fx.talent(TalentKind.SENIOR, TalentFixture.unique("プール だけ"), null, null);
		fx.participant(event, poolOnly);

		Map<String, Long> registrations = fx.inHub(() -> fx.events.talentRegistrations(event)
			.stream()
			.collect(java.util.stream.Collectors.toMap(MatchingEvents.TalentRegistration::email,
					MatchingEvents.TalentRegistration::registrationId)));
		assertThat(registrations).hasSize(4);
		assertThat(link(fx, event, first)).containsExactly(registrations.get("First-Once@Talent.test"), "EMAIL");
		assertThat(link(fx, event, second)).containsExactly(registrations.get("second-once@talent.test"), "PHONE");
		assertThat(link(fx, event, third)).containsExactly(null, null);

		// the board offers the same-name participant for the third registration; staff
		// confirm it
		mvc.perform(get("/matching-events/{e}", event).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(Matchers.matchesRegex("(?s).*data-registration=\"" + registrations.get("third-form@talent.test")
						+ "\">.*?name=\"talentId\"[^>]*>\\s*<option value=\"" + third + "\".*")));
		mvc.perform(
				post("/matching-events/{e}/registrations/{r}/link", event, registrations.get("third-form@talent.test"))
					.param("talentId", String.valueOf(third))
					.with(logins.as(fx.coordinatorEmail))
					.with(csrf()))
			.andExpect(flash().attribute("flash", "申込と参加人材を同一人物として紐付けました。"));
		assertThat(link(fx, event, third)).containsExactly(registrations.get("third-form@talent.test"), "STAFF");

		// who came: 1 at the event's check-in and on the board (both: once), 2
		// interviewed with a result, 3 at the
		// event's check-in and on the board, 4 at the check-in, 5 on the board
		fx.runInHub(() -> {
			for (String email : List.of("First-Once@Talent.test", "third-form@talent.test", "form-only@talent.test")) {
				fx.events.checkIn(event, registrations.get(email));
			}
			fx.plans.checkInTalent(event, List.of(first, third, poolOnly));
		});
		fx.result(event, fx.set(event, company, second, 0), InterviewResult.REJECTED);

		// five people: before the link the pool and the form counted 1 and 3 twice (three
		// registrations + four pool)
		assertThat(fx.inHub(() -> figures.participantTalent(List.of(event)))).containsEntry(event, 5);
		MatchingFigures.Figures ofDay = fx.inHub(() -> figures.of(day.getYear(), day, day.plusDays(1)));
		assertThat(ofDay.total().talent()).isEqualTo(5);
		assertThat(ofDay.months()).singleElement().extracting(MatchingFigures.MonthRow::talent).isEqualTo(5);
		String report = mvc
			.perform(get("/api/v1/reports/meti/{m}", YearMonth.from(day)).with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String row = "$.report.events[?(@.eventId == " + event + ")]";
		assertThat(JsonPath.<List<Integer>>read(report, row + ".talent")).containsExactly(5);
		// the company's person and the five talent
		assertThat(JsonPath.<List<Integer>>read(report, row + ".people")).containsExactly(6);

		// the events module's own report: the page, the xlsx and the month say the same
		mvc.perform(get("/events/{e}/report", event).with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<dd id=\"figure-talent\">5</dd>")))
			.andExpect(content().string(Matchers.containsString("<dd id=\"figure-attended\">6</dd>")));
		assertThat(xlsxCell(mvc.perform(get("/events/{e}/report.xlsx", event).with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), "人材（個人）")).isEqualTo(5);
		mvc.perform(get("/events/reports").param("month", YearMonth.from(day).toString())
			.with(logins.as(fx.counsellorEmail))).andExpect(status().isOk());
	}

	@Test
	void twoParticipantsWithTheRegistrationsAddressAreLeftToStaffAndARegistrationIsOnePersonOnly() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		long event = fx.matchingEvent(LocalDate.now(HubTime.ZONE).plusDays(3));
		// a family address shared by two profiles: which one registered is for staff to
		// say
		long one = fx.talent(TalentKind.YOUTH, TalentFixture.unique("家族 一"), "family-once@talent.test", null);
		long two = fx.talent(TalentKind.YOUTH, TalentFixture.unique("家族 二"), "family-once@talent.test", null);
		fx.participant(event, one);
		fx.participant(event, two);
		registerOnPublicForm(fx, event, "家族 一", "family-once@talent.test", null, "192.0.2.35");
		long registration = fx.inHub(() -> fx.events.talentRegistrations(event).getFirst().registrationId());
		assertThat(link(fx, event, one)).containsExactly(null, null);
		assertThat(link(fx, event, two)).containsExactly(null, null);

		mvc.perform(post("/matching-events/{e}/registrations/{r}/link", event, registration)
			.with(logins.as(fx.coordinatorEmail))
			.with(csrf())).andExpect(flash().attribute("flashError", "紐付ける参加人材を選ぶか、人材コードを入力してください。"));
		String code = fx.inHub(() -> fx.profiles.get(one).code());
		mvc.perform(post("/matching-events/{e}/registrations/{r}/link", event, registration).param("code", code)
			.with(logins.as(fx.coordinatorEmail))
			.with(csrf())).andExpect(flash().attribute("flash", "申込と参加人材を同一人物として紐付けました。"));
		mvc.perform(post("/matching-events/{e}/registrations/{r}/link", event, registration)
			.param("talentId", String.valueOf(two))
			.with(logins.as(fx.coordinatorEmail))
			.with(csrf())).andExpect(flash().attribute("flashError", "家族 一 さんの申込は別の参加人材と紐付いています。"));
		assertThat(link(fx, event, two)).containsExactly(null, null);
		// a registration of no such event, or a talent who takes no part: 404
		mvc.perform(post("/matching-events/{e}/registrations/{r}/link", event, registration + 100_000)
			.param("talentId", String.valueOf(two))
			.with(logins.as(fx.coordinatorEmail))
			.with(csrf())).andExpect(status().isNotFound());

		// checked in at the event's check-in only: one person, and the board shows the
		// linked profile as came
		fx.runInHub(() -> fx.events.checkIn(event, registration));
		assertThat(fx.inHub(() -> figures.participantTalent(List.of(event)))).containsEntry(event, 1);
		mvc.perform(get("/matching-events/{e}", event).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.matchesRegex("(?s).*data-talent=\"" + code + "\">.*?来場済み.*")));

		// staff take the link back: the registration and the other profile (checked in on
		// the board) are two
		mvc.perform(post("/matching-events/{e}/talent/{t}/unlink", event, one).with(logins.as(fx.coordinatorEmail))
			.with(csrf())).andExpect(flash().attribute("flash", "紐付けを外しました。"));
		fx.runInHub(() -> fx.plans.checkInTalent(event, List.of(one)));
		assertThat(fx.inHub(() -> figures.participantTalent(List.of(event)))).containsEntry(event, 2);
	}

	@Test
	void theEventReportOfAMatchingEventShowsThePoolsTalentWhoCameThoughNoneRegistered() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		long event = fx.matchingEvent(LocalDate.now(HubTime.ZONE).plusDays(4));
		long came = fx.talent(TalentKind.DIGITAL, true, List.of());
		long away = fx.talent(TalentKind.DIGITAL, true, List.of());
		fx.participant(event, came);
		fx.participant(event, away);
		fx.runInHub(() -> fx.plans.checkInTalent(event, List.of(came)));

		assertThat(fx.inHub(() -> figures.participantTalent(List.of(event)))).containsExactly(Map.entry(event, 1));
		mvc.perform(get("/events/{e}/report", event).with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<dd id=\"figure-talent\">1</dd>")))
			.andExpect(content().string(Matchers.containsString("<dd id=\"figure-attended\">1</dd>")));
		assertThat(xlsxCell(mvc.perform(get("/events/{e}/report.xlsx", event).with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), "人材（個人）")).isEqualTo(1);
	}

	/** The public form, as a person sends it twenty seconds after opening it. */
	private void registerOnPublicForm(TalentFixture fx, long event, String name, String email, String phone,
			String address) throws Exception {
		var request = post("/p/{hub}/events/{e}", fx.slug, event).with(csrf())
			.param("participantType", "TALENT")
			.param("name", name)
			.param("email", email)
			.param("consentData", "true")
			.param("issued", guard.issue(Instant.now().minusSeconds(20)))
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			});
		if (phone != null) {
			request.param("phone", phone);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	/**
	 * The participant's link: registration id and how it was known (nulls while none).
	 */
	private static List<Object> link(TalentFixture fx, long event, long talentId) {
		return fx.inHub(() -> fx.jdbc
			.sql("SELECT registration_id, linked_by FROM matching_talent WHERE event_id = ? AND talent_id = ?")
			.params(event, talentId)
			.query((rs, n) -> java.util.Arrays.<Object>asList(rs.getObject(1) == null ? null : rs.getLong(1),
					rs.getString(2)))
			.single());
	}

	/**
	 * The event row's value in the column headed {@code header} (row 3 of the sheet: the
	 * header is row 2).
	 */
	private static int xlsxCell(byte[] xlsx, String header) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			Row head = sheet.getRow(2);
			for (int c = 0; c < head.getLastCellNum(); c++) {
				if (header.equals(head.getCell(c).getStringCellValue())) {
					return (int) sheet.getRow(3).getCell(c).getNumericCellValue();
				}
			}
		}
		throw new AssertionError("no column " + header);
	}

}
