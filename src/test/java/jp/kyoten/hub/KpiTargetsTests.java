package jp.kyoten.hub;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KyotenSpringTest
class KpiTargetsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	Hubs hubs;

	@Test
	void demoKumamotoHasTheFy2026TargetsOfItsContract() throws Exception {
		mvc.perform(get("/hub/targets").param("year", "2026").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026年度（令和8年度）")))
			.andExpect(content().string(containsString("value=\"260\"")));
	}

	@Test
	void managerSetsTargetsTypedInFullWidthDigitsForTheirOwnHubOnly() throws Exception {
		long fukuoka = hubs.bySlug("fukuoka").orElseThrow().getId();
		mvc.perform(post("/hub/targets").with(csrf())
			.with(logins.as(DemoLogins.FUKUOKA_MANAGER))
			.param("year", "2027")
			.param("target_CONSULTATIONS", "３００")
			.param("target_PLACEMENTS", "70")).andExpect(status().is3xxRedirection());
		assertThat(hubs.targets(fukuoka, 2027)).containsEntry(Kpi.CONSULTATIONS, 300).containsEntry(Kpi.PLACEMENTS, 70);
		long kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		assertThat(hubs.targets(kumamoto, 2027)).isEmpty();
	}

	@Test
	void rejectsANegativeTargetAndKeepsTheOldOne() throws Exception {
		mvc.perform(post("/hub/targets").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("year", "2026")
			.param("target_CONSULTATIONS", "-5")).andExpect(status().is3xxRedirection());
		long kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		assertThat(hubs.targets(kumamoto, 2026)).containsEntry(Kpi.CONSULTATIONS, 260);
	}

	@Test
	void coordinatorCannotChangeTargets() throws Exception {
		mvc.perform(get("/hub/targets").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isForbidden());
	}

	@Test
	void fiscalYearStartsInApril() {
		assertThat(Hubs.fiscalYearOf(java.time.LocalDate.of(2027, 3, 31))).isEqualTo(2026);
		assertThat(Hubs.fiscalYearOf(java.time.LocalDate.of(2026, 4, 1))).isEqualTo(2026);
	}

}
