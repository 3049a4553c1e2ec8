package jp.kyoten.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The agency portal and what an agency user can reach: its own agency's hand-offs, read
 * from what was provided, and nothing else — no other agency's hand-off, no consultation,
 * no company, no other hub (404 or 403, and the data layer itself returns nothing).
 */
@KyotenSpringTest
class AgencyPortalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext ctx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HandOffs handOffs;

	@Autowired
	TransactionTemplate tx;

	MatchingFixture fx;

	long agencyA;

	long agencyB;

	MatchingFixture.HandedOff toA;

	MatchingFixture.HandedOff toB;

	String userA;

	@BeforeEach
	void setUp() {
		fx = MatchingFixture.of(ctx);
		agencyA = fx.agency("kumamoto", "ポータルA人材", EmploymentForm.CONTRACT, JobCategory.LEGAL);
		agencyB = fx.agency("kumamoto", "ポータルB人材", EmploymentForm.CONTRACT, JobCategory.CREATIVE);
		toA = fx.handedOff("kumamoto", agencyA, EmploymentForm.CONTRACT, JobCategory.LEGAL);
		toB = fx.handedOff("kumamoto", agencyB, EmploymentForm.CONTRACT, JobCategory.CREATIVE);
		userA = fx.agencyUser("kumamoto", agencyA);
	}

	@Test
	void theAgencyReceivesThePhoneAndEmailTheLedgerHoldsForTheCompanysContact() throws Exception {
		long hub = fx.hub("kumamoto");
		MatchingFixture.Consult c = fx.consultation("kumamoto", "連絡先" + System.nanoTime() + "株式会社");
		HubScope.runAs(hub, () -> {
			jdbc.sql("UPDATE company SET phone = '096-111-2222' WHERE id = ?").param(c.companyId()).update();
			jdbc.sql("""
					INSERT INTO contact (hub_id, company_id, name, department, email, phone)
					VALUES (?, ?, '阿蘇 花子', '総務部', 'aso@example.jp', '096-333-4444')""")
				.params(hub, c.companyId())
				.update();
		});
		long named = HubScope.callAs(hub, () -> {
			long need = fx.registerNeed.register(c.consultationId(),
					MatchingFixture.details("法務担当", EmploymentForm.CONTRACT, JobCategory.LEGAL));
			long sheet = fx.prepare.prepare(need);
			return fx.handOff
				.handOff(need,
						new CompanyChoice(sheet, java.util.Set.of(agencyA), "熊本 一郎", ChoiceMethod.IN_PERSON,
								LocalDate.of(2026, 6, 1), "阿蘇花子", null, null, null))
				.getFirst()
				.id();
		});
		mvc.perform(get("/api/v1/handoffs/{id}", named).with(agency()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.provided.contactName").value("阿蘇花子"))
			.andExpect(jsonPath("$.provided.contactDepartment").value("総務部"))
			.andExpect(jsonPath("$.provided.contactEmail").value("aso@example.jp"))
			.andExpect(jsonPath("$.provided.contactPhone").value("096-333-4444"));
		mvc.perform(get("/agency-portal/handoffs/{id}", named).with(agency()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aso@example.jp")))
			.andExpect(content().string(containsString("096-333-4444")));

		long unnamed = HubScope.callAs(hub, () -> {
			long need = fx.registerNeed.register(c.consultationId(),
					MatchingFixture.details("法務担当（2）", EmploymentForm.CONTRACT, JobCategory.LEGAL));
			long sheet = fx.prepare.prepare(need);
			return fx.handOff
				.handOff(need, CompanyChoice.of(sheet, java.util.Set.of(agencyA), "熊本 一郎", ChoiceMethod.IN_PERSON,
						LocalDate.of(2026, 6, 1)))
				.getFirst()
				.id();
		});
		mvc.perform(get("/api/v1/handoffs/{id}", unnamed).with(agency()))
			.andExpect(jsonPath("$.provided.contactName").value("熊本 一郎"))
			.andExpect(jsonPath("$.provided.contactPhone").value("096-111-2222"))
			.andExpect(jsonPath("$.provided.contactEmail").doesNotExist());
	}

	@Test
	void anAgencyUserSeesOnlyItsOwnAgencysHandOffs() throws Exception {
		String list = mvc.perform(get("/api/v1/handoffs?size=200").with(agency()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(list, "$.content[*].id");
		List<Number> agencies = JsonPath.read(list, "$.content[*].agencyId");
		assertThat(ids.stream().map(Number::longValue)).contains(toA.handOffId()).doesNotContain(toB.handOffId());
		assertThat(agencies.stream().map(Number::longValue)).containsOnly(agencyA);

		mvc.perform(get("/api/v1/handoffs/{id}", toA.handOffId()).with(agency()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.provided.needTitle").value("生産管理責任者"))
			.andExpect(jsonPath("$.provided.contactName").value("熊本 一郎"));
		mvc.perform(get("/api/v1/handoffs/{id}", toB.handOffId()).with(agency())).andExpect(status().isNotFound());
		mvc.perform(get("/agency-portal/handoffs/{id}", toB.handOffId()).with(agency()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/handoffs/{id}/accept", toB.handOffId()).with(agency()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/agency-portal").with(agency()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/agency-portal/handoffs/" + toA.handOffId() + "\"")))
			.andExpect(content().string(not(containsString("/agency-portal/handoffs/" + toB.handOffId() + "\""))));
	}

	@Test
	void anAgencyUserCannotReachConsultationsCompaniesNeedsOrStaffPages() throws Exception {
		for (String path : List.of("/api/v1/consultations", "/api/v1/needs", "/api/v1/needs/" + toA.needId(),
				"/api/v1/companies/" + toA.companyId(), "/api/v1/agencies", "/api/v1/kpis?fiscalYear=2026")) {
			mvc.perform(get(path).with(agency())).andExpect(status().isForbidden());
		}
		for (String path : List.of("/companies/" + toA.companyId(), "/companies/" + toA.companyId() + "/timeline",
				"/consultations", "/needs", "/needs/" + toA.needId(), "/handoffs/" + toA.handOffId(), "/schedule",
				"/agencies")) {
			mvc.perform(get(path).with(agency())).andExpect(status().isForbidden());
		}
		mvc.perform(get("/").with(agency())).andExpect(redirectedUrl("/agency-portal"));
		mvc.perform(get("/agency-portal").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDataLayerGivesAnAgencyNoCompanyConsultationNeedOrOtherAgencysRow() {
		long hub = fx.hub("kumamoto");
		try (HubScope.Entered scope = HubScope.enter(hub, agencyA)) {
			tx.executeWithoutResult(s -> {
				assertThat(count("company", toA.companyId())).isZero();
				assertThat(count("talent_need", toA.needId())).isZero();
				assertThat(count("selection_sheet", toA.sheetId())).isZero();
				assertThat(jdbc.sql("SELECT count(*) FROM consultation WHERE company_id = ?")
					.param(toA.companyId())
					.query(Long.class)
					.single()).isZero();
				assertThat(count("handoff", toB.handOffId())).isZero();
				assertThat(count("handoff", toA.handOffId())).isOne();
				assertThat(handOffs.find(toB.handOffId())).isEmpty();
			});
		}
	}

	@Test
	void anotherHubsHandOffIsNotFoundForAnAgencyUser() throws Exception {
		long fukuokaAgency = fx.agency("fukuoka", "福岡ポータル人材", EmploymentForm.CONTRACT, JobCategory.LEGAL);
		var fukuoka = fx.handedOff("fukuoka", fukuokaAgency, EmploymentForm.CONTRACT, JobCategory.LEGAL);

		mvc.perform(get("/api/v1/handoffs/{id}", fukuoka.handOffId()).with(agency())).andExpect(status().isNotFound());
		mvc.perform(get("/agency-portal/handoffs/{id}", fukuoka.handOffId()).with(agency()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAgencyAnswersReportsProgressAndThePlacementWhichOnlyStaffConfirm() throws Exception {
		mvc.perform(post("/api/v1/handoffs/{id}/accept", toA.handOffId()).with(agency())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"担当コンサルタントを決めました\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		mvc.perform(post("/api/v1/handoffs/{id}/progress", toA.handOffId()).with(agency())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"INTERVIEW\", \"note\": \"一次面談を実施\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INTERVIEW"));
		String body = mvc
			.perform(post("/api/v1/handoffs/{id}/placement", toA.handOffId()).with(agency())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"contractDate": "2026-07-01", "startDate": "2026-08-01", "employmentForm": "CONTRACT",
						 "residenceBefore": {"prefectureCode": "27", "municipalityCode": "27100"},
						 "residenceAfter": {"prefectureCode": "27", "municipalityCode": "27100"}, "fee": 300000}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long placement = ((Number) JsonPath.read(body, "$.id")).longValue();

		mvc.perform(get("/api/v1/placements/{id}", placement).with(agency()))
			.andExpect(jsonPath("$.reportedByAgency").value(true))
			.andExpect(jsonPath("$.confirmed").value(false));
		mvc.perform(post("/api/v1/placements/{id}/confirm", placement).with(agency()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/handoffs/{id}/progress", toA.handOffId()).with(agency()))
			.andExpect(jsonPath("$[*].status")
				.value(org.hamcrest.Matchers.contains("HANDED_OFF", "ACCEPTED", "INTERVIEW", "PLACED")));
		mvc.perform(post("/api/v1/placements/{id}/confirm", placement).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmed").value(true));
	}

	@Test
	void aDeclineWithoutAReasonIsRefusedOnThePortalFormAndNothingChanges() throws Exception {
		mvc.perform(post("/agency-portal/handoffs/{id}/progress", toA.handOffId()).with(agency())
			.with(csrf())
			.param("step", "DECLINED")
			.param("note", " ")).andExpect(status().isOk()).andExpect(content().string(containsString("理由を入力してください。")));
		mvc.perform(get("/api/v1/handoffs/{id}", toA.handOffId()).with(agency()))
			.andExpect(jsonPath("$.status").value("HANDED_OFF"));

		mvc.perform(post("/agency-portal/handoffs/{id}/progress", toA.handOffId()).with(agency())
			.with(csrf())
			.param("step", "DECLINED")
			.param("note", "対応できる候補者がいないため")).andExpect(redirectedUrl("/agency-portal/handoffs/" + toA.handOffId()));
		mvc.perform(get("/api/v1/handoffs/{id}", toA.handOffId()).with(agency()))
			.andExpect(jsonPath("$.status").value("DECLINED"))
			.andExpect(jsonPath("$.notPlacedReason").value("対応できる候補者がいないため"));
	}

	@Test
	void anAgencyUserReportsAPlacementOnThePortalFormWithFieldErrorsInJapanese() throws Exception {
		mvc.perform(post("/agency-portal/handoffs/{id}/placement", toA.handOffId()).with(agency())
			.with(csrf())
			.param("employmentForm", "CONTRACT")
			.param("contractDate", "2026-07-01")
			.param("startDate", "2026-06-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("入社（開始）日は成約日以降の日付にしてください。")));
		mvc.perform(post("/agency-portal/handoffs/{id}/placement", toA.handOffId()).with(agency())
			.with(csrf())
			.param("employmentForm", "CONTRACT")
			.param("contractDate", "2026-07-01")
			.param("afterPrefecture", "43")
			.param("afterMunicipality", "４３１００"))
			.andExpect(redirectedUrl("/agency-portal/handoffs/" + toA.handOffId()));
		mvc.perform(get("/agency-portal/handoffs/{id}", toA.handOffId()).with(agency()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("成約（未確認）")))
			.andExpect(content().string(containsString("熊本県 熊本市")));
	}

	private long count(String table, long id) {
		return jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = ?").param(id).query(Long.class).single();
	}

	private RequestPostProcessor agency() {
		return logins.as(userA);
	}

}
