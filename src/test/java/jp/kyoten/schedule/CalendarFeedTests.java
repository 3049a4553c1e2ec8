package jp.kyoten.schedule;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.identity.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import jp.kyoten.platform.time.HubTime;

/** The private iCalendar feed, read back with a real parser (ical4j). */
@KyotenSpringTest
class CalendarFeedTests {

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
	ChangeAppointment change;

	@Autowired
	Appointments appointments;

	ScheduleFixture fx;

	long coordinator;

	@BeforeEach
	void setUp() {
		fx = new ScheduleFixture(jdbc, accounts, book);
		coordinator = fx.user(DemoLogins.KUMAMOTO_COORDINATOR);
	}

	@Test
	void feedParsesWithCorrectInstantsInJapanTimeAndOnlyTheOwnersAndHubsAppointments() throws Exception {
		LocalDate day = LocalDate.now(HubTime.ZONE).plusDays(10);
		long visit = fx.bookInKumamoto(
				ScheduleFixture.timed("フィード確認訪問", day, LocalTime.of(9, 30), LocalTime.of(11, 0), coordinator));
		long hubWide = fx.bookInKumamoto(AppointmentDetails.allDay("フィード確認 全体研修", AppointmentKind.EVENT, day,
				day.plusDays(1), "拠点 会議室", "内部メモ", null));
		long others = fx.bookInKumamoto(ScheduleFixture.timed("所長だけの予定", day, LocalTime.of(13, 0), LocalTime.of(14, 0),
				fx.user(DemoLogins.KUMAMOTO_MANAGER)));
		String url = createFeed(DemoLogins.KUMAMOTO_COORDINATOR);
		MockHttpServletResponse response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		String ics = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).contains("\r\n").doesNotContainPattern("[^\r]\n");
		assertThat(ics).doesNotContain("社長と面談").doesNotContain("内部メモ");
		Calendar calendar = parse(ics);
		VEvent v = event(calendar, "フィード確認訪問").orElseThrow();
		assertThat(instant(v, Property.DTSTART)).isEqualTo(ScheduleFixture.at(day, LocalTime.of(9, 30)));
		assertThat(instant(v, Property.DTEND)).isEqualTo(ScheduleFixture.at(day, LocalTime.of(11, 0)));
		assertThat(value(v, Property.DTSTART + "")).isNotNull();
		assertThat(ics).contains("DTSTART;TZID=Asia/Tokyo:" + day.toString().replace("-", "") + "T093000");
		assertThat(value(v, Property.UID)).isEqualTo(uid(visit) + "@kyoten");
		assertThat(value(v, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(v, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(v, Property.LOCATION)).isEqualTo("熊本市中央区");
		assertThat(value(v, Property.CATEGORIES)).isEqualTo("企業訪問");
		assertThat(v.getProperty(Property.DTSTAMP)).isPresent();
		assertThat(v.getProperty(Property.LAST_MODIFIED)).isPresent();
		VEvent allDay = event(calendar, "フィード確認 全体研修").orElseThrow();
		assertThat(((DateProperty<?>) allDay.getProperty(Property.DTSTART).orElseThrow()).getDate()).isEqualTo(day);
		assertThat(((DateProperty<?>) allDay.getProperty(Property.DTEND).orElseThrow()).getDate())
			.isEqualTo(day.plusDays(2));
		assertThat(value(allDay, Property.UID)).isEqualTo(uid(hubWide) + "@kyoten");
		assertThat(event(calendar, "所長だけの予定")).isEmpty();
		assertThat(others).isPositive();
	}

	@Test
	void uidStaysAcrossEditsWhileSequenceCountsUpAndACancellationIsPublished() throws Exception {
		LocalDate day = LocalDate.now(HubTime.ZONE).plusDays(12);
		long id = fx.bookInKumamoto(
				ScheduleFixture.timed("変更されるフィード予定", day, LocalTime.of(10, 0), LocalTime.of(11, 0), coordinator));
		String url = createFeed(DemoLogins.KUMAMOTO_COORDINATOR);
		VEvent before = event(parse(fetch(url)), "変更されるフィード予定").orElseThrow();
		fx.inKumamoto(() -> {
			change.move(id, 0, ScheduleFixture.at(day, LocalTime.of(15, 0)),
					ScheduleFixture.at(day, LocalTime.of(16, 0)), false);
			return null;
		});
		VEvent moved = event(parse(fetch(url)), "変更されるフィード予定").orElseThrow();
		assertThat(value(moved, Property.UID)).isEqualTo(value(before, Property.UID));
		assertThat(Integer.parseInt(value(moved, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
		assertThat(instant(moved, Property.DTSTART)).isEqualTo(ScheduleFixture.at(day, LocalTime.of(15, 0)));
		fx.inKumamoto(() -> {
			change.cancel(id, 1);
			return null;
		});
		VEvent cancelled = event(parse(fetch(url)), "変更されるフィード予定").orElseThrow();
		assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(cancelled, Property.UID)).isEqualTo(value(before, Property.UID));
		assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");
	}

	@Test
	void escapesMarkupAndSpecialCharactersInTheTitleAndFoldsLongLines() throws Exception {
		LocalDate day = LocalDate.now(HubTime.ZONE).plusDays(14);
		String title = "<script>alert(1)</script>; 打合せ, 議題\\資料 熊本県プロフェッショナル人材戦略拠点との長い件名の予定です";
		fx.bookInKumamoto(ScheduleFixture.timed(title, day, LocalTime.of(10, 0), LocalTime.of(11, 0), coordinator));
		String ics = fetch(createFeed(DemoLogins.KUMAMOTO_COORDINATOR));
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:<script>alert(1)</script>\\; 打合せ\\, 議題\\\\資料");
		assertThat(event(parse(ics), title)).isPresent();
	}

	@Test
	void aRevokedFeedAndAnUnknownTokenAnswer404() throws Exception {
		String url = createFeed(DemoLogins.KUMAMOTO_MANAGER);
		mvc.perform(get(url)).andExpect(status().isOk());
		long feedId = jdbc.sql("SELECT id FROM calendar_feed WHERE token_prefix = ?")
			.param(url.substring(url.lastIndexOf('/') + 1, url.lastIndexOf('/') + 11))
			.query(Long.class)
			.single();
		mvc.perform(post("/schedule/feeds/{id}/revoke", feedId).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().isNotFound());
		mvc.perform(
				post("/schedule/feeds/{id}/revoke", feedId).with(csrf()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(url)).andExpect(status().isNotFound());
		mvc.perform(get("/p/feeds/kcf_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE token_hash = ?")
			.param(CalendarFeeds.hash(url.substring(url.lastIndexOf('/') + 1, url.length() - 4)))
			.query(Long.class)
			.single()).as("only the hash is stored").isEqualTo(1);
	}

	/** Creates a feed on the feeds page and returns its path, shown once. */
	private String createFeed(String who) throws Exception {
		var result = mvc.perform(post("/schedule/feeds").with(csrf()).with(logins.as(who)).param("name", "テスト"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = (String) result.getFlashMap().get("newFeedUrl");
		assertThat(url).matches("http://localhost/p/feeds/kcf_[A-Za-z0-9_-]{43}\\.ics");
		return url.substring("http://localhost".length());
	}

	private String fetch(String url) throws Exception {
		return mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static Calendar parse(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		return calendar;
	}

	private static Optional<VEvent> event(Calendar calendar, String summary) {
		List<VEvent> events = calendar.getComponents()
			.stream()
			.filter(VEvent.class::isInstance)
			.map(VEvent.class::cast)
			.toList();
		return events.stream().filter(e -> summary.equals(value(e, Property.SUMMARY))).findFirst();
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	private static Instant instant(VEvent event, String property) {
		Temporal t = ((DateProperty<?>) event.getProperty(property).orElseThrow()).getDate();
		return switch (t) {
			case ZonedDateTime z -> z.toInstant();
			case OffsetDateTime o -> o.toInstant();
			case Instant i -> i;
			default -> throw new AssertionError("not a date-time: " + t);
		};
	}

	private String uid(long id) {
		return fx.inKumamoto(() -> appointments.get(id)).uid().toString();
	}

}
