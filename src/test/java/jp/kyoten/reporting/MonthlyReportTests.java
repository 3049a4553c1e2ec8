package jp.kyoten.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing, submitting (freezing) and correcting the monthly report; who may do what; hub
 * isolation.
 */
@KyotenSpringTest
class MonthlyReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext context;

	@Autowired
	MonthlyReports reports;

	@Autowired
	JdbcClient jdbc;

	ReportingFixture.TestHub hub;

	long company;

	@BeforeEach
	void hubWithAPlacement() {
		hub = ReportingFixture.of(context).hub();
		company = hub.company("月次報告株式会社");
		hub.placed(company, LocalDate.of(2026, 6, 10), "FULL_TIME");
	}

	@Test
	void submittingFreezesTheNumbersAndTextsAndACorrectionIsANewVersion() throws Exception {
		saveTexts("熊本市の製造業で生産管理責任者が決まりました。", "副業人材の認知がまだ低い。", null)
			.andExpect(redirectedUrl("/reports/monthly/2026-06"));
		MonthlyReports.Version draft = latest();
		assertThat(draft.version()).isEqualTo(1);
		assertThat(draft.submitted()).isFalse();

		mvc.perform(post("/reports/monthly/2026-06/submit").param("lockVersion", String.valueOf(draft.lockVersion()))
			.with(csrf())
			.with(logins.as(hub.manager()))).andExpect(redirectedUrl("/reports/monthly/2026-06"));
		MonthlyReports.Version submitted = latest();
		assertThat(submitted.submitted()).isTrue();
		assertThat(submitted.snapshot()).contains("月次報告株式会社", "生産管理責任者");

		// a placement confirmed later for June does not change the submitted version
		hub.placed(company, LocalDate.of(2026, 6, 20), "SIDE_JOB");
		MonthlyReportData frozen = hub.call(() -> reports.data(reports.get(submitted.id())));
		assertThat(frozen.kpis().get(1).month()).isEqualTo(1);
		assertThat(frozen.successStories()).isEqualTo("熊本市の製造業で生産管理責任者が決まりました。");

		// texts of a submitted version cannot change
		saveTexts("書き換え", "書き換え", submitted.lockVersion()).andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("提出済みのため変更できません")));

		mvc.perform(post("/reports/monthly/2026-06/correct").with(csrf()).with(logins.as(hub.manager())))
			.andExpect(redirectedUrl("/reports/monthly/2026-06"));
		MonthlyReports.Version correction = latest();
		assertThat(correction.version()).isEqualTo(2);
		assertThat(correction.submitted()).isFalse();
		assertThat(correction.successStories()).isEqualTo(submitted.successStories());
		MonthlyReportData live = hub.call(() -> reports.data(correction));
		assertThat(live.kpis().get(1).month()).isEqualTo(2);

		mvc.perform(get("/reports/monthly/2026-06").with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第1版 提出済み")))
			.andExpect(content().string(containsString("第2版 下書き")));
		mvc.perform(get("/reports/monthly/versions/{id}", submitted.id()).with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("熊本市の製造業で生産管理責任者が決まりました。")));
		assertThat(hub.call(() -> reports.versions(YearMonth.of(2026, 6)))).hasSize(2);
	}

	@Test
	void aStaleFormKeepsTheTextTypedAndSaysWhy() throws Exception {
		saveTexts("最初の文章", "", null);
		MonthlyReports.Version draft = latest();
		saveTexts("二人目の文章", "", draft.lockVersion());

		saveTexts("一人目が後から送った文章", "", draft.lockVersion()).andExpect(status().isOk())
			.andExpect(content().string(containsString("一人目が後から送った文章")))
			.andExpect(content().string(containsString("他の人が先に更新しました")));
		assertThat(latest().successStories()).isEqualTo("二人目の文章");
	}

	@Test
	void refusesATextTooLongWithAFieldError() throws Exception {
		saveTexts("あ".repeat(WriteMonthlyReport.MAX_TEXT + 1), "", null).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "successStories"));
		assertThat(hub.call(() -> reports.latest(YearMonth.of(2026, 6)))).isEmpty();
	}

	@Test
	void officersAndCoordinatorsReadButDoNotWrite() throws Exception {
		mvc.perform(get("/reports/monthly/2026-06").with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("月次報告株式会社")))
			.andExpect(content().string(not(containsString("下書きを保存"))));
		for (String user : new String[] { hub.officer(), hub.coordinator() }) {
			mvc.perform(post("/reports/monthly/2026-06/texts").param("successStories", "x")
				.with(csrf())
				.with(logins.as(user))).andExpect(status().isForbidden());
			mvc.perform(post("/reports/monthly/2026-06/submit").param("lockVersion", "0")
				.with(csrf())
				.with(logins.as(user))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/reports/monthly/2026-06").with(logins.as(hub.clerk()))).andExpect(status().isForbidden());
	}

	@Test
	void anotherHubsReportVersionIsNotFound() throws Exception {
		saveTexts("他拠点に見せない文章", "", null);
		long id = latest().id();

		mvc.perform(get("/reports/monthly/versions/{id}", id).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports/monthly/versions/{id}/export.xlsx", id).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports/monthly/2026-06").with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("他拠点に見せない文章"))))
			.andExpect(content().string(not(containsString("月次報告株式会社"))));
	}

	@Test
	void submittingWithoutADraftSaysSo() throws Exception {
		mvc.perform(post("/reports/monthly/2026-06/submit").param("lockVersion", "0")
			.with(csrf())
			.with(logins.as(hub.manager())))
			.andExpect(redirectedUrl("/reports/monthly/2026-06"))
			.andExpect(flash().attribute("flashError", "提出する下書きがありません。先に成功事例・課題を保存してください。"));
	}

	@Test
	void aMalformedMonthIsNotFound() throws Exception {
		mvc.perform(get("/reports/monthly/2026-13").with(logins.as(hub.manager()))).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions saveTexts(String stories, String issues,
			Integer lockVersion) throws Exception {
		var request = post("/reports/monthly/2026-06/texts").param("successStories", stories)
			.param("issues", issues)
			.with(csrf())
			.with(logins.as(hub.manager()));
		if (lockVersion != null) {
			request = request.param("lockVersion", lockVersion.toString());
		}
		return mvc.perform(request);
	}

	private MonthlyReports.Version latest() {
		return hub.call(() -> reports.latest(YearMonth.of(2026, 6))).orElseThrow();
	}

}
