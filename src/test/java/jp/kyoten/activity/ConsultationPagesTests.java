package jp.kyoten.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.platform.tenancy.HubScope;

@KyotenSpringTest
class ConsultationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	TestCompanies companies;

	@Autowired
	Consultations consultations;

	@Test
	void quickEntryRecordsAPhoneConsultationAndShowsIt() throws Exception {
		long company = companies.create("電話相談テスト株式会社");

		String location = mvc
			.perform(post("/consultations").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.with(csrf())
				.param("companyId", String.valueOf(company))
				.param("date", "2026-07-01")
				.param("channel", "PHONE")
				.param("summary", "経理担当者を探している")
				.param("issues", "RECRUITMENT", "FINANCE"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/consultations/");

		mvc.perform(get(location).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("経理担当者を探している")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("財務・資金繰り")));
	}

	@Test
	void aConsultationWithoutSummaryIsRefusedOnTheForm() throws Exception {
		long company = companies.create("内容なしテスト株式会社");

		mvc.perform(post("/consultations").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())
			.param("companyId", String.valueOf(company))
			.param("date", "2026-07-01")
			.param("channel", "PHONE")
			.param("summary", "  "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("consultationForm", "summary"));
		assertThat(HubScope.callAs(companies.hubId(), () -> consultations.ofCompany(company))).isEmpty();
	}

	@Test
	void theFollowUpChoiceListsTheCompanysEarlierConsultations() throws Exception {
		long company = companies.create("継続選択テスト株式会社");
		HubScope.runAs(companies.hubId(), () -> record.record(NewConsultation.of(company, LocalDate.of(2026, 6, 1),
				Channel.VISIT_OUT, Referral.NONE, Set.of(ManagementIssue.DX), "基幹システムの刷新", null)));

		mvc.perform(get("/consultations/new").param("companyId", String.valueOf(company))
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("継続相談: 2026-06-01 基幹システムの刷新")));
	}

	@Test
	void anotherHubsConsultationPageIsNotFound() throws Exception {
		long company = companies.create("他拠点ページテスト株式会社");
		long id = HubScope.callAs(companies.hubId(), () -> record.record(NewConsultation.of(company,
				LocalDate.of(2026, 6, 1), Channel.PHONE, Referral.NONE, Set.of(), "相談", null)));

		mvc.perform(get("/consultations/{id}", id).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/consultations/{id}/edit", id).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theListSearchesSummariesSortsByCompanyAndNumbersItsPages() throws Exception {
		String word = "検索語" + System.nanoTime();
		long b = companies.create("並替テストB株式会社");
		long a = companies.create("並替テストA株式会社");
		HubScope.runAs(companies.hubId(), () -> {
			record.record(NewConsultation.of(b, LocalDate.of(2026, 6, 3), Channel.PHONE, Referral.NONE,
					Set.of(ManagementIssue.RECRUITMENT), "後の相談 " + word, null));
			record.record(NewConsultation.of(a, LocalDate.of(2026, 6, 1), Channel.PHONE, Referral.NONE,
					Set.of(ManagementIssue.RECRUITMENT), "先の相談 " + word, null));
		});

		String byDate = mvc
			.perform(get("/consultations").param("q", word).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byDate).contains("全 2 件", "aria-sort=\"descending\"");
		assertThat(byDate.indexOf("並替テストB株式会社")).isLessThan(byDate.indexOf("並替テストA株式会社"));

		String byCompany = mvc
			.perform(get("/consultations").param("q", word)
				.param("sort", "company")
				.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byCompany.indexOf("並替テストA株式会社")).isLessThan(byCompany.indexOf("並替テストB株式会社"));

		String all = mvc
			.perform(get("/consultations").param("size", "20").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains("aria-current=\"page\"", "表示件数", "size=100");
	}

	@Test
	void theListFiltersByIssue() throws Exception {
		long company = companies.create("課題絞込テスト株式会社");
		HubScope.runAs(companies.hubId(), () -> record.record(NewConsultation.of(company, LocalDate.of(2026, 6, 2),
				Channel.PHONE, Referral.NONE, Set.of(ManagementIssue.INTELLECTUAL_PROPERTY), "特許の相談", null)));

		List<ConsultationView> rows = HubScope.callAs(companies.hubId(), () -> consultations.list(
				new ConsultationFilter(null, null, company, null, null, ManagementIssue.INTELLECTUAL_PROPERTY, null), 0,
				10));
		assertThat(rows).extracting(ConsultationView::summary).containsExactly("特許の相談");
		mvc.perform(get("/consultations").param("issue", "INTELLECTUAL_PROPERTY")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("課題絞込テスト株式会社")));
	}

	@Test
	void aCompanyWithoutFollowUpIsListedUntilItIsFollowedUp() throws Exception {
		long company = companies.create("フォロー待ちテスト株式会社");
		long first = HubScope.callAs(companies.hubId(), () -> record.record(NewConsultation.of(company,
				LocalDate.of(2032, 5, 1), Channel.PHONE, Referral.NONE, Set.of(), "初回の相談", null)));
		mvc.perform(get("/consultations/not-followed-up").param("fiscalYear", "2032")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("フォロー待ちテスト株式会社")));
		HubScope.runAs(companies.hubId(), () -> record.record(NewConsultation.of(company, LocalDate.of(2032, 6, 1),
				Channel.PHONE, Referral.NONE, Set.of(), "その後の相談", first)));
		mvc.perform(get("/consultations/not-followed-up").param("fiscalYear", "2032")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("フォロー待ちテスト株式会社"))));
	}

	@Autowired
	RecordConsultation record;

}
