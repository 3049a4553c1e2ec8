package jp.kyoten.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.time.HubTime;

/**
 * The METI 実績報告's 参加人材 of a matching event (seed 002 §2(2)⑥ イベントごとの参加人材数, seed 001 §3(4)
 * 参加者数): the pool's participant talent who came — checked in on the board, or interviewed
 * with a result — once each; a talent added who stayed away, or whose interview has no
 * result yet and who was not checked in, does not count.
 */
@KyotenSpringTest
class MetiParticipantTalentTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Test
	void countsTheMatchingEventsTalentWhoCameAsParticipantTalentOfTheMetiReport() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		LocalDate day = LocalDate.now(HubTime.ZONE).plusDays(2);
		long event = fx.matchingEvent(day);
		List<Long> skills = fx.skillIds(1);
		long company = fx.need(event, fx.company(event, TalentFixture.unique("来場確認株式会社"), true), skills);
		long checkedIn = fx.talent(TalentKind.DIGITAL, true, skills);
		long interviewed = fx.talent(TalentKind.FOREIGN, true, skills);
		long planned = fx.talent(TalentKind.YOUTH, true, skills);
		long away = fx.talent(TalentKind.SENIOR, true, skills);
		for (long t : List.of(checkedIn, interviewed, planned, away)) {
			fx.participant(event, t);
		}
		fx.result(event, fx.set(event, company, interviewed, 0), InterviewResult.REJECTED);
		fx.set(event, company, planned, 1);
		String code = fx.inHub(() -> fx.profiles.get(checkedIn).code());

		mvc.perform(post("/matching-events/{e}/talent/check-in", event).param("talentId", String.valueOf(checkedIn))
			.with(logins.as(fx.coordinatorEmail))
			.with(csrf())).andExpect(status().is3xxRedirection());
		// twice is once
		mvc.perform(post("/matching-events/{e}/talent/check-in", event).param("talentId", String.valueOf(checkedIn))
			.with(logins.as(fx.coordinatorEmail))
			.with(csrf())).andExpect(status().is3xxRedirection());
		// nobody ticked: a Japanese message, nothing recorded
		mvc.perform(
				post("/matching-events/{e}/talent/check-in", event).with(logins.as(fx.coordinatorEmail)).with(csrf()))
			.andExpect(flash().attribute("flashError", "来場を記録する人材を選んでください。"));
		mvc.perform(get("/matching-events/{e}", event).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesRegex("(?s).*data-talent=\"" + code + "\">.*?来場済み.*")));

		String report = mvc
			.perform(get("/api/v1/reports/meti/{m}", YearMonth.from(day)).with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String row = "$.report.events[?(@.eventId == " + event + ")]";
		assertThat(JsonPath.<List<Integer>>read(report, row + ".talent")).containsExactly(2);
		// one company's person and the two talent came
		assertThat(JsonPath.<List<Integer>>read(report, row + ".people")).containsExactly(3);
		assertThat(JsonPath.<List<Integer>>read(report, row + ".companies")).containsExactly(1);

		mvc.perform(get("/reports/meti/{m}", YearMonth.from(day)).with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(fx.inHub(() -> fx.events.get(event).title()))));
	}

	@Test
	void refusesToCheckInATalentWhoIsNoParticipantOfTheEventAndChecksInNobodyThen() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		long event = fx.matchingEvent(LocalDate.now(HubTime.ZONE).plusDays(3));
		long participant = fx.talent(TalentKind.WOMEN, true, List.of());
		long outsider = fx.talent(TalentKind.WOMEN, true, List.of());
		fx.participant(event, participant);

		mvc.perform(post("/matching-events/{e}/talent/check-in", event)
			.param("talentId", String.valueOf(participant), String.valueOf(outsider))
			.with(logins.as(fx.coordinatorEmail))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(fx.inHub(() -> fx.jdbc
			.sql("SELECT count(*) FROM matching_talent WHERE event_id = ?" + " AND checked_in_at IS NOT NULL")
			.param(event)
			.query(Integer.class)
			.single())).isZero();
	}

}
