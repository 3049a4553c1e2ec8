package jp.kyoten.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.time.HubTime;

/**
 * Consent: nothing is kept without consent to hold the data, and a profile without the
 * separate consent to share never appears in a company's anonymised profiles or the
 * bureau's list.
 */
@KyotenSpringTest
class ConsentTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Test
	void leavesAProfileWithoutConsentToShareOutOfTheAnonymisedProfilesAndTheBureauList() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		long event = fx.matchingEvent(LocalDate.now(HubTime.ZONE).plusDays(4));
		long company = fx.need(event, fx.company(event, TalentFixture.unique("匿名確認株式会社"), true), List.of());
		long sharing = fx.talent(TalentKind.YOUTH, true, List.of());
		long private_ = fx.talent(TalentKind.YOUTH, false, List.of());
		fx.participant(event, sharing);
		fx.participant(event, private_);
		fx.set(event, company, sharing, 0);
		fx.set(event, company, private_, 1);
		String sharingCode = fx.inHub(() -> fx.profiles.get(sharing).code());
		String privateCode = fx.inHub(() -> fx.profiles.get(private_).code());

		mvc.perform(get("/matching-events/{e}/profiles/{c}", event, company).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"" + sharingCode + "\"")))
			.andExpect(content().string(not(containsString(privateCode))))
			.andExpect(content().string(containsString("ほか 1 名は匿名プロフィールの提供に同意していないため")));
		String csv = mvc.perform(get("/talent/export.csv").with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(sharingCode).doesNotContain(privateCode);
	}

	@Test
	void refusesAProfileWithoutConsentToHoldTheData() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		mvc.perform(post("/api/v1/talent").with(logins.as(fx.coordinatorEmail))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"SENIOR\",\"name\":\"同意なし 太郎\",\"prefectureCode\":\"43\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThatThrownBy(() -> fx.inHub(() -> fx.profiles.register(new TalentDetails(TalentKind.SENIOR, "同意なし", null,
				null, null, null, "43", null, null, null, List.of(), null, null, null, "ACTIVE", List.of(), null))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("talent.consentRequired");
	}

	@Test
	void searchesBySkillKindAndRegion() throws Exception {
		TalentFixture fx = TalentFixture.of(context);
		List<Long> skills = fx.skillIds(3);
		long both = fx.talent(TalentKind.DIGITAL, true, List.of(skills.get(0), skills.get(1)));
		fx.talent(TalentKind.DIGITAL, true, List.of(skills.get(0)));
		fx.talent(TalentKind.SENIOR, true, List.of(skills.get(0), skills.get(1)));

		mvc.perform(get("/api/v1/talent").param("skill", skills.get(0).toString(), skills.get(1).toString())
			.param("kind", "DIGITAL")
			.param("prefecture", "40")
			.with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(both));
		mvc.perform(get("/talent").param("skill", skills.get(0).toString()).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("全 3 件")));
	}

}
