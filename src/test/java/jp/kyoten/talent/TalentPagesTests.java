package jp.kyoten.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.time.HubTime;

/**
 * Every page of the talent module opens once rows exist, and its forms save or say why
 * not.
 */
@KyotenSpringTest
class TalentPagesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Test
	void opensEveryPageWithRows() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		List<Long> skills = fx.skillIds(2);
		long event = fx.matchingEvent(LocalDate.now(HubTime.ZONE).plusDays(5));
		long company = fx.need(event, fx.company(event, TalentFixture.unique("画面確認株式会社"), true), skills);
		long talent = fx.talent(TalentKind.DIGITAL, true, skills);
		fx.participant(event, talent);
		long set = fx.set(event, company, talent, 1);
		fx.result(event, set, InterviewResult.OFFER);
		String user = fx.counsellorEmail;

		mvc.perform(post("/talent/{id}/assessments", talent).with(logins.as(user))
			.with(csrf())
			.param("assessedOn", "2026-06-01")
			.param("score_DX_STRATEGY", "3")
			.param("score_DATA_AI", "4")
			.param("score_GENERATIVE_AI", "2")
			.param("score_SOFTWARE", "1")
			.param("score_DESIGN", "0")
			.param("score_SECURITY", "5"))
			.andExpect(redirectedUrl("/talent/" + talent))
			.andExpect(flash().attribute("flash", "アセスメントを記録しました。"));
		mvc.perform(post("/talent/{id}/assessments", talent).with(logins.as(user))
			.with(csrf())
			.param("assessedOn", "2026-07-01")
			.param("score_DX_STRATEGY", "9")).andExpect(flash().attribute("flashError", "すべての分野に 0〜5 の点を付けてください。"));
		mvc.perform(post("/talent/{id}/counselling", talent).with(logins.as(user))
			.with(csrf())
			.param("heldOn", "2026-06-02")
			.param("notes", "面接準備の助言")
			.param("readiness", "READY")).andExpect(flash().attribute("flash", "カウンセリングを記録しました。"));

		mvc.perform(get("/talent").with(logins.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(fx.inHub(() -> fx.profiles.get(talent).code()))));
		mvc.perform(get("/talent/{id}", talent).with(logins.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"assessment-chart\"")))
			.andExpect(content().string(containsString("data-scores=\"3,4,2,1,0,5\"")))
			.andExpect(content().string(containsString("面接準備の助言")));
		mvc.perform(get("/talent/new").with(logins.as(user))).andExpect(status().isOk());
		mvc.perform(get("/talent/{id}/edit", talent).with(logins.as(user))).andExpect(status().isOk());
		mvc.perform(get("/talent/settings").with(logins.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("生成AIの業務活用")));
		mvc.perform(get("/talent/figures").with(logins.as(user))).andExpect(status().isOk());
		mvc.perform(get("/matching-events").with(logins.as(user))).andExpect(status().isOk());
		mvc.perform(get("/matching-events/{id}", event).with(logins.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("画面確認株式会社")))
			.andExpect(content().string(containsString("/matching-events/" + event + "/results")));
		mvc.perform(get("/matching-events/{id}/results", event).with(logins.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内定（")))
			.andExpect(content().string(containsString("/sets/" + set + "/hire")));
		mvc.perform(get("/matching-events/{id}/schedule/company/{c}", event, company).with(logins.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13:30–14:00")));
		mvc.perform(get("/matching-events/{id}/schedule/talent/{t}", event, talent).with(logins.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("画面確認株式会社")));
		mvc.perform(get("/matching-events/{id}/profiles/{c}", event, company).with(logins.as(user)))
			.andExpect(status().isOk());
	}

	@Test
	void savesATalentFromTheFormAndKeepsWhatWasTypedWhenRefused() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		mvc.perform(post("/talent").with(logins.as(fx.coordinatorEmail))
			.with(csrf())
			.param("kind", "WOMEN")
			.param("name", "再就職 花子")
			.param("prefectureCode", "44")
			.param("consentHeldOn", "2026-05-01")
			.param("status", "ACTIVE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "人材を登録しました。"));
		mvc.perform(post("/talent").with(logins.as(fx.coordinatorEmail))
			.with(csrf())
			.param("kind", "WOMEN")
			.param("name", "同意日なし 花子")
			.param("prefectureCode", "44"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("同意日なし 花子")));
		assertThat(fx.inHub(
				() -> fx.jdbc.sql("SELECT count(*) FROM talent WHERE name = '同意日なし 花子'").query(Integer.class).single()))
			.isZero();
	}

	@Test
	void takesASetWithoutAResultOutAndRecordsResultsOnTheResultsPage() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		long event = fx.matchingEvent(LocalDate.now(HubTime.ZONE).plusDays(6));
		long company = fx.need(event, fx.company(event, TalentFixture.unique("格子丙株式会社"), true), List.of());
		long first = fx.talent(TalentKind.YOUTH, true, List.of());
		long second = fx.talent(TalentKind.WOMEN, true, List.of());
		fx.participant(event, first);
		fx.participant(event, second);
		long held = fx.set(event, company, first, 0);
		long planned = fx.set(event, company, second, 1);
		fx.result(event, held, InterviewResult.CONTINUING);

		// only the set without a result can be taken out
		mvc.perform(get("/matching-events/{id}/results", event).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/sets/" + planned + "/delete")))
			.andExpect(content().string(not(containsString("/sets/" + held + "/delete"))));
		mvc.perform(post("/matching-events/{id}/sets/{s}/delete", event, planned).with(logins.as(fx.coordinatorEmail))
			.with(csrf())).andExpect(redirectedUrl("/matching-events/" + event));
		mvc.perform(post("/matching-events/{id}/sets/{s}/result", event, held).with(logins.as(fx.coordinatorEmail))
			.with(csrf())
			.param("result", "OFFER")
			.param("on", LocalDate.now(HubTime.ZONE).toString()))
			.andExpect(redirectedUrl("/matching-events/" + event + "/results"))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.notNullValue()));
		assertThat(fx.inHub(() -> fx.jdbc.sql("SELECT result FROM interview_set WHERE event_id = ? ORDER BY id")
			.param(event)
			.query(String.class)
			.list())).containsExactly("OFFER");
	}

	@Test
	void refusesADoubleBookingFromTheGridWithAJapaneseMessage() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		long event = fx.matchingEvent(LocalDate.now(HubTime.ZONE).plusDays(5));
		long a = fx.need(event, fx.company(event, TalentFixture.unique("格子甲株式会社"), true), List.of());
		long b = fx.need(event, fx.company(event, TalentFixture.unique("格子乙株式会社"), true), List.of());
		long talent = fx.talent(TalentKind.SENIOR, true, List.of());
		fx.participant(event, talent);
		fx.set(event, a, talent, 0);

		mvc.perform(post("/matching-events/{id}/sets", event).with(logins.as(fx.coordinatorEmail))
			.with(csrf())
			.param("companyId", String.valueOf(b))
			.param("talentId", String.valueOf(talent))
			.param("slot", "0"))
			.andExpect(redirectedUrl("/matching-events/" + event))
			.andExpect(flash().attribute("flashError", "この人材はその時間に別の面接が入っています。"));
		mvc.perform(get("/matching-events/{id}", event).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
	}

}
