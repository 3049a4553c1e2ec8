package jp.kyoten.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import jp.kyoten.platform.time.HubTime;

/**
 * Events over HTTP: hub isolation, the public form and its guards, announcements and
 * their unsubscribe link, the API, the report and its exports, the iCalendar feed,
 * council themes and handouts.
 */
@KyotenSpringTest
class EventPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	PlanEvent plan;

	@Autowired
	RegisterForEvent register;

	@Autowired
	CheckIn checkIn;

	@Autowired
	AnswerSurvey survey;

	@Autowired
	CancelRegistration cancel;

	@Autowired
	jp.kyoten.platform.publicform.PublicFormGuard guard;

	@Autowired
	Hubs hubs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	EventFixture fixture;

	long kumamoto;

	@BeforeEach
	void setUp() {
		fixture = new EventFixture(plan, register, tx, jdbc);
		kumamoto = fixture.hub("kumamoto");
	}

	/**
	 * The attack: these answered 500 — a non-date range, an unknown event's results, a
	 * handout without its file.
	 */
	@Test
	void theEventListReadsAsTheMonthsCalendarSortsByTitleKindAndStateAndSearchesEveryMonth() throws Exception {
		String word = "催並" + jp.kyoten.matching.MatchingFixture.unique();
		long hub = hubs.bySlug("kumamoto").orElseThrow().getId();
		// a day later per tag, all in May 2031 (no other test's month); -01 a networking
		// event, -02 approved, the rest
		// planned seminars
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO event (hub_id, uid, title, kind, state, starts_at, ends_at, venue)
				SELECT ?, gen_random_uuid(), ? || '-' || lpad(i::text, 2, '0'),
				       CASE WHEN i = 1 THEN 'NETWORKING' ELSE 'SEMINAR' END,
				       CASE WHEN i = 2 THEN 'APPROVED' ELSE 'PLANNED' END,
				       timestamptz '2031-05-01 10:00+09' + i * interval '1 day',
				       timestamptz '2031-05-01 12:00+09' + i * interval '1 day', '熊本市民会館'
				  FROM generate_series(1, 22) AS i""").params(hub, word).update());

		String may = page(get("/events").param("month", "2031-05").param("q", word).param("size", "20"));
		jp.kyoten.ListPages.inOrder(may, word + "-01", word + "-02", word + "-20");
		jp.kyoten.ListPages.numbered(may, 22, 1, 2);
		jp.kyoten.ListPages.inOrder(page(
				get("/events").param("month", "2031-05").param("q", word).param("sort", "title").param("dir", "desc")),
				word + "-22", word + "-21", word + "-01");
		jp.kyoten.ListPages.inOrder(
				page(get("/events").param("month", "2031-05").param("q", word).param("sort", "kind")), word + "-01",
				word + "-02");
		jp.kyoten.ListPages.inOrder(
				page(get("/events").param("month", "2031-05").param("q", word).param("sort", "state")), word + "-02",
				word + "-01", word + "-22");
		assertThat(page(get("/events").param("month", "2031-06").param("q", word))).doesNotContain(word + "-01");
		String everyMonth = page(get("/events").param("month", "2031-06").param("all", "true").param("q", word));
		jp.kyoten.ListPages.inOrder(everyMonth, word + "-01", word + "-22");
		assertThat(everyMonth).contains("2031/5/2");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return jp.kyoten.ListPages.html(mvc, request, logins.as(DemoLogins.KUMAMOTO_COORDINATOR));
	}

	@Test
	void answersMalformedEventRequestsWithAJapaneseMessageNotA500() throws Exception {
		mvc.perform(get("/api/v1/events").param("from", "きのう").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("リクエストの形式が正しくありません。"));
		mvc.perform(get("/api/v1/events").param("to", "2026-02-30").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/events/{id}/survey-results", 987654321L).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("存在しない")));
		long event = fixture.published(kumamoto, 10);
		mvc.perform(multipart("/events/{id}/handouts", event).with(csrf()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(redirectedUrlPattern("/events/" + event + "*"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "ファイルを選んでください。"));
		mvc.perform(post("/events/{id}/handouts", event).with(csrf()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().is3xxRedirection());
		assertThat(HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT count(*) FROM event_handout WHERE event_id = ?")
					.param(event)
					.query(Long.class)
					.single()))
			.isZero();
	}

	@Test
	void anotherHubsEventRegistrationAndTokenAnswerNotFound() throws Exception {
		long event = fixture.published(kumamoto, 10);
		RegistrationResult r = fixture.register(kumamoto, event, EventFixture.person(null, false));
		mvc.perform(get("/events/{id}", event).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/events/{id}/check-in", event).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/events/{id}/report.xlsx", event).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/{id}", event).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/events/{id}/registrations", event).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/p/fukuoka/events/{id}", event)).andExpect(status().isNotFound());
		mvc.perform(get("/p/fukuoka/events/r/{token}", r.token())).andExpect(status().isNotFound());
		mvc.perform(post("/p/fukuoka/events/r/{token}/cancel", r.token()).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(fixture.status(kumamoto, r.id())).isEqualTo("CONFIRMED");
		mvc.perform(get("/events/{id}", event).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isOk());
		mvc.perform(get("/p/kumamoto/events/r/{token}", r.token())).andExpect(status().isOk());
	}

	@Test
	void aPersonRegistersOnThePublicPageWithoutAnAccount() throws Exception {
		long event = fixture.published(kumamoto, 10);
		String issued = guard.issue(Instant.now().minusSeconds(20));
		mvc.perform(post("/p/kumamoto/events/{id}", event).with(csrf())
			.param("participantType", "COMPANY")
			.param("name", "公開 花子")
			.param("email", "hanako-public@example.jp")
			.param("organisation", EventFixture.unique("公開試験商事"))
			.param("consentData", "true")
			.param("issued", issued)
			.with(r -> {
				r.setRemoteAddr("192.0.2.10");
				return r;
			})).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/p/kumamoto/events/*/thanks"));
		assertThat(registrations(event)).containsExactly("hanako-public@example.jp");
	}

	@Test
	void thePublicFormRefusesRobotsHastyPostsAndMissingConsentWithoutSavingAnything() throws Exception {
		long event = fixture.published(kumamoto, 10);
		String old = guard.issue(Instant.now().minusSeconds(20));
		// honeypot filled: told "thank you", nothing saved
		mvc.perform(publicPost(event, "bot@example.jp", old).param("website", "http://spam.example"))
			.andExpect(status().is3xxRedirection());
		// sent a moment after the form was shown
		mvc.perform(publicPost(event, "fast@example.jp", guard.issue()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("registrationForm"))
			.andExpect(content().string(containsString("送信が早すぎます")));
		// a forged time stamp
		mvc.perform(publicPost(event, "forged@example.jp", "1." + "A".repeat(43)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("フォームを確認できませんでした")));
		// no consent: the field says so, and what was typed is kept
		mvc.perform(post("/p/kumamoto/events/{id}", event).with(csrf())
			.param("participantType", "TALENT")
			.param("name", "公開 試験")
			.param("email", "noconsent@example.jp")
			.param("issued", old))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("registrationForm", "consentData"))
			.andExpect(content().string(containsString("noconsent@example.jp")));
		assertThat(registrations(event)).isEmpty();
	}

	@Test
	void thePublicFormLimitsPostsPerAddress() throws Exception {
		long event = fixture.published(kumamoto, 100);
		String old = guard.issue(Instant.now().minusSeconds(20));
		String address = "198.51.100." + (int) (Math.random() * 200 + 1);
		int accepted = 0;
		for (int i = 0; i < 12; i++) {
			MvcResult result = mvc
				.perform(publicPost(event, "rate" + i + "-" + UUID.randomUUID() + "@example.jp", old).with(r -> {
					r.setRemoteAddr(address);
					return r;
				}))
				.andReturn();
			if (result.getResponse().getStatus() == 302) {
				accepted++;
			}
			else {
				assertThat(result.getResponse().getContentAsString()).contains("送信が集中しています");
			}
		}
		assertThat(accepted).isEqualTo(10);
	}

	@Test
	void announcementsGoOneMailPerAgreedPersonAndUnsubscribeIsHonoured() throws Exception {
		String slug = "ann-" + UUID.randomUUID().toString().substring(0, 8);
		long hub = tx
			.execute(s -> hubs.create(slug, "案内試験拠点", HubKind.PRO_TALENT, EventFixture.TEST_PREFECTURE).getId());
		long event = fixture.published(hub, 10);
		fixture.register(hub, event, EventFixture.person(null, true));
		fixture.register(hub, event, EventFixture.person(null, true));
		fixture.register(hub, event, EventFixture.person(null, false));
		int queued = HubScope.callAs(hub, () -> tx.execute(s -> announceOf().announce(event, "ご案内", "次回のご案内です。")));
		assertThat(queued).isEqualTo(2);
		List<String[]> mails = announcements(hub);
		assertThat(mails).hasSize(2);
		for (String[] m : mails) {
			assertThat(m[0]).doesNotContain(",", ";", " ");
			assertThat(m[1]).startsWith("http://localhost:8080/p/" + slug + "/events/unsubscribe/u");
		}
		// one click from a mail client: no session, no CSRF token, RFC 8058 body
		String unsubscribe = mails.getFirst()[1].substring("http://localhost:8080".length());
		mvc.perform(post(unsubscribe).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("配信を停止しました")));
		int again = HubScope.callAs(hub, () -> tx.execute(s -> announceOf().announce(event, "再案内", "再度のご案内です。")));
		assertThat(again).isEqualTo(1);
		List<String> secondRound = HubScope.callAs(hub,
				() -> jdbc.sql("SELECT to_address FROM mail_outbox WHERE subject = '再案内'").query(String.class).list());
		assertThat(secondRound).hasSize(1).doesNotContain(mails.getFirst()[0]);
		// agreeing again at a new registration subscribes again
		Registrant returning = new Registrant(Audience.TALENT, "再 登録", null, mails.getFirst()[0], null, null, null,
				null, true, true);
		fixture.register(hub, fixture.published(hub, 10), returning);
		assertThat((int) HubScope.callAs(hub, () -> tx.execute(s -> announceOf().announce(event, "三案内", "三度目"))))
			.isEqualTo(2);
	}

	@Test
	void apiCreatesEventsAndRegistrationsAndAnswersAttendanceAndSurveyResults() throws Exception {
		MvcResult created = mvc
			.perform(post("/api/v1/events").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title":"API試験セミナー","kind":"SEMINAR","date":"2030-05-20","startTime":"14:00","endTime":"16:00",
						 "venue":"熊本市","capacity":1,"audiences":["COMPANY"]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andReturn();
		long id = Long.parseLong(created.getResponse().getContentAsString().replaceAll("\\D", ""));
		String person = """
				{"participantType":"TALENT","name":"API 太郎","email":"%s","consentData":true}""";
		mvc.perform(post("/api/v1/events/{id}/registrations", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(person.formatted("api-a@example.jp")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		mvc.perform(post("/api/v1/events/{id}/registrations", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(person.formatted("api-b@example.jp")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andExpect(jsonPath("$.waitlistPosition").value(1));
		mvc.perform(get("/api/v1/events/{id}/registrations", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(post("/api/v1/events/{id}/survey-results", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"satisfaction\":5,\"nextAction\":\"CONSULT\"}")).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/events/{id}/survey-results", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responses").value(1))
			.andExpect(jsonPath("$.satisfaction").value(100.0));
		mvc.perform(get("/api/v1/events/{id}/attendance", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		// bad input: problem+json with the field, in Japanese
		mvc.perform(post("/api/v1/events").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"title\":\"\",\"kind\":\"PARTY\",\"date\":\"2030-13-01\",\"startTime\":\"14:00\",\"endTime\":\"16:00\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists());
		// a council without a theme breaks a rule: 409
		mvc.perform(post("/api/v1/events").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title":"協議会","kind":"COUNCIL","date":"2030-05-20","startTime":"10:00","endTime":"12:00","venue":"県庁"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("event.theme.required"));
	}

	@Test
	void theEventReportCountsRegistrationsAttendanceAndSatisfactionAndExports() throws Exception {
		long event = fixture.published(kumamoto, 2);
		RegistrationResult a = fixture.register(kumamoto, event, EventFixture.person(null, false));
		RegistrationResult b = fixture.register(kumamoto, event, EventFixture.person(null, false));
		fixture.register(kumamoto, event, EventFixture.person(null, false));
		HubScope.runAs(kumamoto, () -> {
			cancel.byToken(a.token());
			long session = jdbc.sql("SELECT id FROM event_session WHERE event_id = ?")
				.param(event)
				.query(Long.class)
				.single();
			tx.executeWithoutResult(s -> checkIn.checkIn(event, b.id(), session, "LIST"));
			tx.executeWithoutResult(
					s -> survey.answer(event, b.id(), new SurveyAnswer(5, null, NextAction.CONSULT, null), true));
			tx.executeWithoutResult(
					s -> survey.answer(event, null, new SurveyAnswer(2, null, NextAction.NONE, null), true));
		});
		mvc.perform(get("/events/{id}/report", event).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figure-registered\">2<")))
			.andExpect(content().string(containsString("id=\"figure-attended\">1<")))
			.andExpect(content().string(containsString("50.0%")));
		MvcResult xlsx = mvc
			.perform(get("/events/{id}/report.xlsx", event).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();
		assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith(0x50, 0x4B);
		MvcResult pdf = mvc.perform(get("/events/{id}/report.pdf", event).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn();
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		byte[] bytes = pdf.getResponse().getContentAsByteArray();
		assertThat(jp.kyoten.platform.pdf.PdfPages.compactText(bytes)).contains("開催日", "作成日", "熊本", "満足度", "1/1");
		jp.kyoten.platform.pdf.PdfPages.render(bytes, "event-report");
		mvc.perform(get("/events/reports").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isOk());
	}

	@Test
	void printsYearsAsDigitsOnTheListTheReportAndItsFiles() throws Exception {
		mvc.perform(get("/events").param("month", "2026-11").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026年11月")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("2,026"))));
		mvc.perform(get("/events/reports").param("month", "2026-11").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("2,026"))));
		byte[] xlsx = mvc.perform(get("/events/reports/2026-11.xlsx").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith("2026年11月");
		}
		byte[] pdf = mvc.perform(get("/events/reports/2026-11.pdf").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(jp.kyoten.platform.pdf.PdfPages.compactText(pdf)).contains("2026年11月イベント実績").doesNotContain("2,026");
	}

	@Test
	void theICalendarFeedListsPublishedEventsOnly() throws Exception {
		long published = fixture.published(kumamoto, 10);
		String plannedTitle = EventFixture.unique("未公開の計画");
		fixture.planned(kumamoto, plannedTitle);
		String publishedTitle = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT title FROM event WHERE id = ?").param(published).query(String.class).single());
		mvc.perform(get("/p/kumamoto/events.ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andExpect(content().string(containsString("BEGIN:VCALENDAR\r\n")))
			.andExpect(content().string(containsString(publishedTitle)))
			.andExpect(content().string(not(containsString(plannedTitle))));
		mvc.perform(get("/p/kumamoto/events"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(publishedTitle)));
		mvc.perform(get("/p/no-such-hub/events")).andExpect(status().isNotFound());
	}

	@Test
	void aCouncilNeedsATheme() throws Exception {
		mvc.perform(post("/events").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.with(csrf())
			.param("title", "協議会（テーマなし）")
			.param("kind", "COUNCIL")
			.param("date", "2030-06-01")
			.param("startTime", "10:00")
			.param("endTime", "12:00")
			.param("venue", "県庁"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("eventForm", "theme"))
			.andExpect(content().string(containsString("協議会のテーマを入力してください")));
	}

	@Test
	void handoutsTakeOfficeFilesAndPicturesOnly() throws Exception {
		long event = fixture.published(kumamoto, 10);
		mvc.perform(multipart("/events/{id}/handouts", event)
			.file(new MockMultipartFile("file", "../../資料.pdf", "application/pdf", "%PDF-1.4 test".getBytes()))
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/events/{id}/handouts", event)
			.file(new MockMultipartFile("file", "tool.pdf", "application/pdf", "MZ\u0090\u0000".getBytes()))
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())).andExpect(status().is3xxRedirection());
		List<String> names = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT filename FROM event_handout WHERE event_id = ?")
					.param(event)
					.query(String.class)
					.list());
		assertThat(names).containsExactly("資料.pdf");
	}

	@Test
	void receptionChecksInFromTheListByQrCodeAndWalkInsThenMarksNoShows() throws Exception {
		long event = fixture.published(kumamoto, 10);
		RegistrationResult listed = fixture.register(kumamoto, event, EventFixture.person(null, false));
		RegistrationResult scanned = fixture.register(kumamoto, event, EventFixture.person(null, false));
		RegistrationResult absent = fixture.register(kumamoto, event, EventFixture.person(null, false));
		long session = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT id FROM event_session WHERE event_id = ?")
					.param(event)
					.query(Long.class)
					.single());
		mvc.perform(
				get("/events/{id}/check-in", event).param("q", "シケン").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("registration-" + listed.id())));
		mvc.perform(post("/events/{id}/check-in", event).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())
			.param("session", String.valueOf(session))
			.param("registrationId", String.valueOf(listed.id()))).andExpect(status().is3xxRedirection());
		// the hand scanner types the URL of the QR code
		mvc.perform(post("/events/{id}/check-in/scan", event).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())
			.param("session", String.valueOf(session))
			.param("code", "http://localhost:8080/p/kumamoto/events/r/" + scanned.token()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flash", containsString("受付しました")));
		// a code of another event is refused
		long other = fixture.published(kumamoto, 10);
		RegistrationResult elsewhere = fixture.register(kumamoto, other, EventFixture.person(null, false));
		mvc.perform(post("/events/{id}/check-in/scan", event).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())
			.param("session", String.valueOf(session))
			.param("code", elsewhere.token()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", containsString("このイベントの申込ではない")));
		mvc.perform(post("/events/{id}/check-in/walk-in", event).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())
			.param("session", String.valueOf(session))
			.param("participantType", "TALENT")
			.param("name", "当日 参加")
			.param("email", "walkin-" + UUID.randomUUID() + "@example.jp")
			.param("consentData", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/events/{id}/check-in/no-shows", event).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())
			.param("session", String.valueOf(session))).andExpect(status().is3xxRedirection());
		List<String> attendance = HubScope.callAs(kumamoto,
				() -> jdbc
					.sql("""
							SELECT r.source || ':' || r.no_show || ':' || (SELECT count(*) FROM event_attendance a WHERE a.registration_id = r.id)
							  FROM event_registration r WHERE r.event_id = ? ORDER BY r.id""")
					.param(event)
					.query(String.class)
					.list());
		assertThat(attendance).containsExactly("STAFF:false:1", "STAFF:false:1", "STAFF:true:0", "WALK_IN:false:1");
		assertThat(fixture.status(kumamoto, absent.id())).isEqualTo("CONFIRMED");
		mvc.perform(get("/events/{id}", event).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当日参加")));
		mvc.perform(get("/mail").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isOk());
		mvc.perform(get("/events/follow-up").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isOk());
		mvc.perform(get("/p/kumamoto/events/r/{token}", listed.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg class=\"qr\"")));
	}

	@Test
	void anyoneAtTheVenueAnswersTheSurveyByTheEventsQrCodeOnceItHasBegun() throws Exception {
		long event = fixture.published(kumamoto, 10);
		String old = guard.issue(Instant.now().minusSeconds(20));
		mvc.perform(anonymousSurvey(event, old, "203.0.113.7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("イベント開始後")));
		HubScope.runAs(kumamoto, () -> jdbc
			.sql("""
					UPDATE event SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = ?""")
			.param(event)
			.update());
		mvc.perform(anonymousSurvey(event, old, "203.0.113.8"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/p/kumamoto/events/*/survey"));
		assertThat(HubScope.callAs(kumamoto, () -> jdbc.sql(
				"SELECT count(*) FROM event_survey_response WHERE event_id = ? AND registration_id IS NULL AND source = 'WEB'")
			.param(event)
			.query(Long.class)
			.single())).isEqualTo(1);
		mvc.perform(get("/events/{id}", event).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/p/kumamoto/events/" + event + "/survey")));
	}

	@Autowired
	EventCounts counts;

	@Test
	void theMonthsCountsArePublishedForTheMetiReport() {
		String slug = "cnt-" + UUID.randomUUID().toString().substring(0, 8);
		long hub = tx
			.execute(s -> hubs.create(slug, "集計試験拠点", HubKind.TALENT_PROGRAMME, EventFixture.TEST_PREFECTURE).getId());
		long event = fixture.published(hub, 10);
		RegistrationResult came = fixture.register(hub, event,
				EventFixture.person(EventFixture.unique("集計試験商事"), false));
		fixture.register(hub, event, EventFixture.person(null, false));
		HubScope.runAs(hub, () -> {
			long session = jdbc.sql("SELECT id FROM event_session WHERE event_id = ?")
				.param(event)
				.query(Long.class)
				.single();
			tx.executeWithoutResult(s -> checkIn.checkIn(event, came.id(), session, "LIST"));
			tx.executeWithoutResult(
					s -> survey.answer(event, came.id(), new SurveyAnswer(4, null, NextAction.INFO, null), true));
		});
		java.time.YearMonth month = java.time.YearMonth.from(java.time.LocalDate.now(HubTime.ZONE).plusWeeks(4));
		EventCounts.Month m = HubScope.callAs(hub, () -> counts.of(month));
		assertThat(m.events()).isEqualTo(1);
		assertThat(m.registered()).isEqualTo(2);
		assertThat(m.participants()).isEqualTo(1);
		assertThat(m.companies()).isEqualTo(1);
		assertThat(m.surveyAnswers()).isEqualTo(1);
		assertThat(m.satisfaction()).isEqualByComparingTo("100.0");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder anonymousSurvey(long event,
			String issued, String address) {
		return post("/p/kumamoto/events/{id}/survey", event).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("satisfaction", "5").param("nextAction", "CONSULT").param("issued", issued);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder publicPost(long event,
			String email, String issued) {
		return post("/p/kumamoto/events/{id}", event).with(csrf())
			.param("participantType", "TALENT")
			.param("name", "公開 試験")
			.param("email", email)
			.param("consentData", "true")
			.param("issued", issued);
	}

	private List<String> registrations(long event) {
		return HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT email FROM event_registration WHERE event_id = ?")
					.param(event)
					.query(String.class)
					.list());
	}

	private List<String[]> announcements(long hub) {
		return HubScope.callAs(hub, () -> jdbc
			.sql("SELECT to_address, unsubscribe_url FROM mail_outbox WHERE unsubscribe_url IS NOT NULL ORDER BY id")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list());
	}

	@Autowired
	AnnounceEvent announce;

	private AnnounceEvent announceOf() {
		return announce;
	}

}
