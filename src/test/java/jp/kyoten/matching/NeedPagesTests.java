package jp.kyoten.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.activity.Referral;
import jp.kyoten.institution.Institutions;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The staff pages: need form from a consultation, the need page, the printed sheet and
 * the company's choice.
 */
@KyotenSpringTest
class NeedPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext ctx;

	@Autowired
	Needs needs;

	@Autowired
	HandOffs handOffs;

	@Autowired
	Institutions institutions;

	MatchingFixture fx;

	@BeforeEach
	void setUp() {
		fx = MatchingFixture.of(ctx);
	}

	@Test
	void theNeedFormInheritsTheConsultationsReferralAndExplainsMissingFields() throws Exception {
		long bank = HubScope.callAs(fx.hub("kumamoto"), () -> institutions.financial().getFirst().id());
		var c = fx.consultation("kumamoto", "画面" + MatchingFixture.unique() + "株式会社", Referral.institution(bank),
				LocalDate.of(2026, 5, 20));

		mvc.perform(get("/needs/new").param("consultationId", String.valueOf(c.consultationId())).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + bank + "\" selected=\"selected\"")));

		mvc.perform(post("/needs").param("consultationId", String.valueOf(c.consultationId()))
			.with(staff())
			.with(csrf())
			.param("title", " ")
			.param("referralInstitutionId", String.valueOf(bank)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("入力してください。")))
			.andExpect(content().string(containsString("選択してください。")));
		assertThat(HubScope.callAs(fx.hub("kumamoto"), () -> needs.ofConsultation(c.consultationId()))).isEmpty();

		String location = mvc
			.perform(post("/needs").param("consultationId", String.valueOf(c.consultationId()))
				.with(staff())
				.with(csrf())
				.param("title", "DX推進リーダー")
				.param("jobCategory", "IT_ENGINEER")
				.param("employmentForm", "SIDE_JOB")
				.param("digital", "true")
				.param("referralInstitutionId", String.valueOf(bank)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DX推進リーダー")))
			.andExpect(content().string(containsString("金融機関の紹介")));
		NeedView need = HubScope.callAs(fx.hub("kumamoto"), () -> needs.ofConsultation(c.consultationId()).getFirst());
		assertThat(need.digital()).isTrue();
		assertThat(need.financialReferral()).isTrue();
	}

	@Test
	void theNeedsListOpensByTheDayTheNeedWasLearnedAndSortsByCompany() throws Exception {
		String word = "並替" + MatchingFixture.unique();
		var older = fx.consultation("kumamoto", "Ａ" + word + "株式会社");
		var newer = fx.consultation("kumamoto", "Ｂ" + word + "株式会社");
		HubScope.runAs(fx.hub("kumamoto"), () -> {
			fx.registerNeed.register(newer.consultationId(),
					MatchingFixture.details(word + "新", EmploymentForm.FULL_TIME, JobCategory.SALES));
			long first = fx.registerNeed.register(older.consultationId(),
					MatchingFixture.details(word + "旧", EmploymentForm.FULL_TIME, JobCategory.SALES));
			// learned a month earlier, though registered last: 把握日 decides the order, not
			// the id
			ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
				.sql("UPDATE talent_need SET created_at = now() - interval '30 days' WHERE id = ?")
				.param(first)
				.update();
		});

		String byLearned = mvc.perform(get("/needs").param("q", word).with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byLearned.indexOf(word + "新")).isLessThan(byLearned.indexOf(word + "旧"));
		assertThat(byLearned).contains("全 2 件");

		String oldestFirst = mvc
			.perform(get("/needs").param("q", word).param("sort", "learned").param("dir", "asc").with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(oldestFirst.indexOf(word + "旧")).isLessThan(oldestFirst.indexOf(word + "新"));

		String byCompany = mvc.perform(get("/needs").param("q", word).param("sort", "company").with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byCompany.indexOf("Ａ" + word)).isLessThan(byCompany.indexOf("Ｂ" + word));
	}

	@Test
	void printsTheSelectionSheetAsHtmlAndAsAPdfWithItsJapaneseText() throws Exception {
		long agency = fx.agency("kumamoto", "印刷用プロ人材", EmploymentForm.SECONDMENT, JobCategory.R_AND_D);
		HubScope.runAs(fx.hub("kumamoto"), () -> jp.kyoten.agency.AgencyMother.addContact(ctx, agency, "紹介 花子", "熊本支店",
				"hanako@agency.example", "096-111-2222"));
		String company = "印刷" + MatchingFixture.unique() + "株式会社";
		var c = fx.consultation("kumamoto", company);
		long need = HubScope.callAs(fx.hub("kumamoto"), () -> fx.registerNeed.register(c.consultationId(),
				MatchingFixture.details("研究開発リーダー", EmploymentForm.SECONDMENT, JobCategory.R_AND_D)));

		String sheetPath = mvc.perform(post("/needs/{id}/sheets", need).with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String html = mvc.perform(get(sheetPath).with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains("印刷用プロ人材", company, "番目の事業者から順に掲載しています", "096-111-2222", "hanako@agency.example", "熊本支店 紹介 花子")
			.doesNotContain("ROTATION", "offset=", "sheet no.");

		byte[] pdf = mvc.perform(get(sheetPath + "/pdf").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = jp.kyoten.platform.pdf.PdfPages.compactText(pdf);
		assertThat(text)
			.contains("事業者選択シート", company + "御中", "印刷用プロ人材", "研究開発リーダー", "作成日", "番目の事業者から順に掲載しています", "096-111-2222",
					"hanako@agency.example", "1/1")
			.doesNotContain("ROTATION", "offset=");
		jp.kyoten.platform.pdf.PdfPages.render(pdf, "selection-sheet");
	}

	@Test
	void recordingTheChoiceWithoutAnAgencyIsRefusedOnTheFormAndHandsNothingOff() throws Exception {
		long agency = fx.agency("kumamoto", "選択画面人材", EmploymentForm.SECONDMENT, JobCategory.R_AND_D);
		var c = fx.consultation("kumamoto", "選択画面" + MatchingFixture.unique() + "株式会社");
		long need = HubScope.callAs(fx.hub("kumamoto"), () -> fx.registerNeed.register(c.consultationId(),
				MatchingFixture.details("研究開発", EmploymentForm.SECONDMENT, JobCategory.R_AND_D)));
		long sheet = HubScope.callAs(fx.hub("kumamoto"), () -> fx.prepare.prepare(need));
		String choice = "/needs/" + need + "/sheets/" + sheet + "/choice";

		mvc.perform(post(choice).with(staff())
			.with(csrf())
			.param("chosenBy", "熊本 一郎")
			.param("method", "PAPER")
			.param("chosenOn", "2026-06-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("企業が選んだ事業者を1つ以上選択してください。")));
		assertThat(HubScope.callAs(fx.hub("kumamoto"), () -> handOffs.ofNeed(need))).isEmpty();

		mvc.perform(post(choice).with(staff())
			.with(csrf())
			.param("agencyIds", String.valueOf(agency))
			.param("method", "PAPER")
			.param("chosenOn", "2026-06-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("入力してください。")));
		assertThat(HubScope.callAs(fx.hub("kumamoto"), () -> handOffs.ofNeed(need))).isEmpty();

		mvc.perform(post(choice).with(staff())
			.with(csrf())
			.param("agencyIds", String.valueOf(agency))
			.param("chosenBy", "代表取締役 熊本 一郎")
			.param("method", "PAPER")
			.param("chosenOn", "2026-06-01")).andExpect(status().is3xxRedirection());
		assertThat(HubScope.callAs(fx.hub("kumamoto"), () -> handOffs.ofNeed(need))).singleElement()
			.satisfies(h -> assertThat(h.chosenBy()).isEqualTo("代表取締役 熊本 一郎"));
		mvc.perform(get("/needs/{id}", need).with(staff())).andExpect(content().string(containsString("取り繋ぎ済")));
	}

	@Test
	void theCompanyTimelineShowsConsultationsNeedsHandOffsAndPlacementsNewestFirst() throws Exception {
		long agency = fx.agency("kumamoto", "経過表示人材", EmploymentForm.SECONDMENT, JobCategory.R_AND_D);
		var h = fx.handedOff("kumamoto", agency, EmploymentForm.SECONDMENT, JobCategory.R_AND_D);
		HubScope.runAs(fx.hub("kumamoto"), () -> fx.reportPlacement.report(h.handOffId(),
				new PlacementReport(LocalDate.of(2026, 7, 1), null, EmploymentForm.SECONDMENT, null, null, null)));

		String html = mvc
			.perform(get("/companies/{id}/timeline", h.companyId()).with(staff()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("営業部長の採用について相談", "生産管理責任者", "経過表示人材", "成約（未確認）");
		assertThat(html.indexOf("成約（未確認）")).isLessThan(html.indexOf("営業部長の採用について相談"));
		mvc.perform(get("/companies/{id}", h.companyId()).with(staff()))
			.andExpect(content().string(containsString("/companies/" + h.companyId() + "/timeline")));
		mvc.perform(get("/companies/{id}/timeline", h.companyId()).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theNeedsListFiltersAndAnswersHtmxWithTheResultsOnly() throws Exception {
		var c = fx.consultation("kumamoto", "一覧" + MatchingFixture.unique() + "株式会社");
		HubScope.runAs(fx.hub("kumamoto"), () -> fx.registerNeed.register(c.consultationId(),
				MatchingFixture.details("一覧検索用の法務担当", EmploymentForm.ADVISOR, JobCategory.LEGAL)));

		mvc.perform(get("/needs").param("q", "一覧検索用")
			.param("employmentForm", "ADVISOR")
			.with(staff())
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一覧検索用の法務担当")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
		mvc.perform(get("/needs").param("q", "一覧検索用").param("employmentForm", "FULL_TIME").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("一覧検索用の法務担当"))));
		mvc.perform(get("/handoffs").with(staff())).andExpect(status().isOk());
		mvc.perform(get("/needs").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(header().doesNotExist("Location"));
	}

	private RequestPostProcessor staff() {
		return logins.as(DemoLogins.KUMAMOTO_COORDINATOR);
	}

}
