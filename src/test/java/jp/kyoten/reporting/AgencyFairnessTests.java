package jp.kyoten.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.platform.tenancy.HubScope;

@KyotenSpringTest
class AgencyFairnessTests {

	@Autowired
	AgencyFairness fairness;

	@Autowired
	RecordConsultation consultations;

	@Autowired
	TestCompanies companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	jp.kyoten.identity.UserAccounts accounts;

	@Autowired
	DemoLogins logins;

	@Test
	void countsAppearancesFirstPlacesAndChoicesPerAgency() {
		long hub = companies.hubId();
		long company = companies.create("公正性レポート株式会社");
		HubScope.runAs(hub, () -> {
			List<Long> agencies = jdbc
				.sql("SELECT id FROM recruitment_agency WHERE status = 'REGISTERED' ORDER BY id LIMIT 2")
				.query(Long.class)
				.list();
			assertThat(agencies).hasSize(2);
			var before = byAgency(agencies);
			long consultation = consultations.record(NewConsultation.of(company, LocalDate.of(2031, 5, 1),
					Channel.PHONE, Referral.NONE, Set.of(ManagementIssue.RECRUITMENT), "採用の相談", null));
			long need = jdbc.sql("""
					INSERT INTO talent_need (hub_id, company_id, consultation_id, title, job_category, employment_form)
					VALUES (?, ?, ?, '営業責任者', 'SALES', 'FULL_TIME') RETURNING id""")
				.params(hub, company, consultation)
				.query(Long.class)
				.single();
			long sheet = jdbc.sql("""
					INSERT INTO selection_sheet (hub_id, need_id, ordering, criteria, created_at)
					VALUES (?, ?, 'ROTATION:1', '{}', '2031-05-02') RETURNING id""")
				.params(hub, need)
				.query(Long.class)
				.single();
			jdbc.sql(
					"INSERT INTO selection_sheet_agency (hub_id, sheet_id, agency_id, position) VALUES (?, ?, ?, 1), (?, ?, ?, 2)")
				.params(hub, sheet, agencies.get(1), hub, sheet, agencies.get(0))
				.update();
			jdbc.sql("""
					INSERT INTO handoff (hub_id, need_id, company_id, selection_sheet_id, agency_id, chosen_by,
					                     choice_method, chosen_on, provided_data)
					VALUES (?, ?, ?, ?, ?, '社長', 'IN_PERSON', '2031-05-03', '{}')""")
				.params(hub, need, company, sheet, agencies.get(0))
				.update();

			var after = byAgency(agencies);
			assertThat(after.get(0).sheets() - before.get(0).sheets()).isEqualTo(1);
			assertThat(after.get(0).firstPlace() - before.get(0).firstPlace()).isZero();
			assertThat(after.get(0).chosen() - before.get(0).chosen()).isEqualTo(1);
			assertThat(after.get(1).firstPlace() - before.get(1).firstPlace()).isEqualTo(1);
			assertThat(after.get(1).chosen() - before.get(1).chosen()).isZero();
		});
	}

	@Test
	void aCoordinatorSeesTheReportAndAnAgencyUserDoesNot() throws Exception {
		mvc.perform(get("/reports/agency-fairness").param("fiscalYear", "2031")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().isOk());
		String agencyUser = "fairness-" + System.nanoTime() + "@agency.example";
		accounts.createAgencyUserIfAbsent(companies.hubId(), DemoLogins.anyAgencyOf(jdbc, companies.hubId()),
				agencyUser, "事業者 閲覧", DemoLogins.PASSWORD);
		mvc.perform(get("/reports/agency-fairness").with(logins.as(agencyUser))).andExpect(status().isForbidden());
	}

	private List<AgencyFairness.Line> byAgency(List<Long> agencies) {
		List<AgencyFairness.Line> lines = fairness.between(LocalDate.of(2031, 4, 1), LocalDate.of(2032, 3, 31));
		return agencies.stream()
			.map(id -> lines.stream().filter(l -> l.agencyId() == id).findFirst().orElseThrow())
			.toList();
	}

}
