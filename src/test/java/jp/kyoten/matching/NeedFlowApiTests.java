package jp.kyoten.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.activity.Referral;
import jp.kyoten.institution.Institutions;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The ordinary path through the API: need → sheet → the company's choice → placement →
 * confirmation.
 */
@KyotenSpringTest
class NeedFlowApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext ctx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Institutions institutions;

	MatchingFixture fx;

	@BeforeEach
	void setUp() {
		fx = MatchingFixture.of(ctx);
	}

	@Test
	void walksANeedFromConsultationToConfirmedPlacementEachCallMovingItsStatus() throws Exception {
		long bank = HubScope.callAs(fx.hub("kumamoto"), () -> institutions.financial().getFirst().id());
		var c = fx.consultation("kumamoto", "流れ" + MatchingFixture.unique() + "株式会社", Referral.institution(bank),
				LocalDate.of(2026, 5, 12));
		long first = fx.agency("kumamoto", "流れ第一人材", EmploymentForm.SECONDMENT, JobCategory.LEGAL);
		long second = fx.agency("kumamoto", "流れ第二人材", EmploymentForm.SECONDMENT, JobCategory.LEGAL);

		long need = id("/api/v1/needs", """
				{"consultationId": %d, "title": "法務責任者（出向受入れ）", "jobCategory": "LEGAL",
				 "employmentForm": "SECONDMENT", "digital": true, "cxo": false}""".formatted(c.consultationId()));
		staffGet("/api/v1/needs/" + need).andExpect(jsonPath("$.status").value("PROSPECTING"))
			.andExpect(jsonPath("$.referral.institutionId").value(bank))
			.andExpect(jsonPath("$.financialReferral").value(true))
			.andExpect(jsonPath("$.digital").value(true));

		String sheet = mvc.perform(post("/api/v1/needs/{id}/selection-sheets", need).with(coordinator()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ordering").value(org.hamcrest.Matchers.startsWith("ROTATION offset=")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long sheetId = ((Number) JsonPath.read(sheet, "$.id")).longValue();
		List<Number> onSheet = JsonPath.read(sheet, "$.agencies[*].agencyId");
		assertThat(onSheet.stream().map(Number::longValue)).contains(first, second);
		staffGet("/api/v1/needs/" + need).andExpect(jsonPath("$.status").value("SELECTING"));

		String created = mvc
			.perform(post("/api/v1/needs/{id}/handoffs", need).with(coordinator())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"selectionSheetId": %d, "agencyIds": [%d], "chosenBy": "代表取締役 熊本 一郎", "method": "PAPER",
						 "chosenOn": "2026-06-02", "contactName": "総務部 阿蘇 花子", "contactEmail": "aso@example.jp"}"""
					.formatted(sheetId, second)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].agencyId").value(second))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long handOff = ((Number) JsonPath.read(created, "$[0].id")).longValue();
		staffGet("/api/v1/needs/" + need).andExpect(jsonPath("$.status").value("HANDED_OFF"));
		staffGet("/api/v1/handoffs/" + handOff).andExpect(jsonPath("$.chosenBy").value("代表取締役 熊本 一郎"))
			.andExpect(jsonPath("$.choiceMethod").value("PAPER"))
			.andExpect(jsonPath("$.chosenOn").value("2026-06-02"))
			.andExpect(jsonPath("$.provided.companyName").value(org.hamcrest.Matchers.startsWith("流れ")))
			.andExpect(jsonPath("$.provided.contactName").value("総務部 阿蘇 花子"))
			.andExpect(jsonPath("$.provided.needTitle").value("法務責任者（出向受入れ）"))
			.andExpect(jsonPath("$.provided.employmentForm").value("SECONDMENT"));
		assertThat(jdbc
			.sql("SELECT summary FROM audit_log WHERE action = 'EXPORT' AND entity_type = 'handoff' "
					+ "AND entity_id = ?")
			.param(String.valueOf(handOff))
			.query(String.class)
			.single()).startsWith("第三者提供: 流れ").contains("流れ第二人材");

		long placement = id("/api/v1/handoffs/" + handOff + "/placement", """
				{"contractDate": "2026-07-15", "startDate": "2026-08-01", "employmentForm": "SECONDMENT",
				 "residenceBefore": {"prefectureCode": "13", "municipalityCode": "13101"},
				 "residenceAfter": {"prefectureCode": "43", "municipalityCode": "43100"}, "fee": 1200000}""");
		staffGet("/api/v1/placements/" + placement).andExpect(jsonPath("$.confirmed").value(false))
			.andExpect(jsonPath("$.reportedByAgency").value(false))
			.andExpect(jsonPath("$.residenceBefore.municipalityCode").value("13101"))
			.andExpect(jsonPath("$.fee").value(1200000));
		staffGet("/api/v1/needs/" + need).andExpect(jsonPath("$.status").value("HANDED_OFF"));

		mvc.perform(post("/api/v1/placements/{id}/confirm", placement).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmed").value(true));
		staffGet("/api/v1/needs/" + need).andExpect(jsonPath("$.status").value("PLACED"));
		staffGet("/api/v1/needs/" + need + "/history").andExpect(jsonPath("$[*].to")
			.value(org.hamcrest.Matchers.contains("PROSPECTING", "SELECTING", "HANDED_OFF", "PLACED")));
	}

	@Test
	void refusesAHandOffWithoutTheCompanysRecordedChoice() throws Exception {
		long agency = fx.agency("kumamoto", "選択なし人材", EmploymentForm.SECONDMENT, JobCategory.LEGAL);
		var c = fx.consultation("kumamoto", "選択なし" + MatchingFixture.unique() + "株式会社");
		long need = HubScope.callAs(fx.hub("kumamoto"), () -> fx.registerNeed.register(c.consultationId(),
				MatchingFixture.details("法務担当", EmploymentForm.SECONDMENT, JobCategory.LEGAL)));
		long sheet = HubScope.callAs(fx.hub("kumamoto"), () -> fx.prepare.prepare(need));

		mvc.perform(post("/api/v1/needs/{id}/handoffs", need).with(coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"selectionSheetId": %d, "agencyIds": [], "method": "EMAIL", "chosenOn": "2026-06-02"}"""
				.formatted(sheet)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("入力内容に誤りがあります。"))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("agencyIds", "chosenBy")));

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> HubScope.runAs(fx.hub("kumamoto"),
					() -> fx.handOff.handOff(need,
							CompanyChoice.of(sheet, java.util.Set.of(), "熊本 一郎", ChoiceMethod.EMAIL, LocalDate.now()))))
			.isInstanceOf(jp.kyoten.platform.BusinessRuleException.class)
			.hasMessage("handOff.choice.required");
		staffGet("/api/v1/needs/" + need).andExpect(jsonPath("$.status").value("SELECTING"))
			.andExpect(jsonPath("$.handOffs").value(0));
		assertThat(agency).isPositive();
	}

	@Test
	void refusesAnAgencyThatWasNotOnTheSheet() throws Exception {
		long onSheet = fx.agency("kumamoto", "載っている人材", EmploymentForm.SECONDMENT, JobCategory.LEGAL);
		long other = fx.agency("kumamoto", "載っていない人材", EmploymentForm.FULL_TIME, JobCategory.HR);
		var c = fx.consultation("kumamoto", "シート外" + MatchingFixture.unique() + "株式会社");
		long need = HubScope.callAs(fx.hub("kumamoto"), () -> fx.registerNeed.register(c.consultationId(),
				MatchingFixture.details("法務担当", EmploymentForm.SECONDMENT, JobCategory.LEGAL)));
		long sheet = HubScope.callAs(fx.hub("kumamoto"), () -> fx.prepare.prepare(need));

		mvc.perform(post("/api/v1/needs/{id}/handoffs", need).with(coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"selectionSheetId": %d, "agencyIds": [%d], "chosenBy": "熊本 一郎", "method": "EMAIL",
					 "chosenOn": "2026-06-02"}""".formatted(sheet, other)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("事業者選択シートに載っていない事業者には取り繋ぎできません。"));
		assertThat(onSheet).isPositive();
	}

	@Test
	void refusesAnIllegalStatusChangeWithAClearMessage() throws Exception {
		var c = fx.consultation("kumamoto", "状態" + MatchingFixture.unique() + "株式会社");
		long need = HubScope.callAs(fx.hub("kumamoto"), () -> fx.registerNeed.register(c.consultationId(),
				MatchingFixture.details("経理責任者", EmploymentForm.FULL_TIME, JobCategory.FINANCE)));

		mvc.perform(post("/api/v1/needs/{id}/status", need).with(coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"NOT_PLACED\", \"reason\": \"企業が採用を見送り\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("ニーズの状態を「掘り起こし」から「不成約」に変えることはできません。"));
		mvc.perform(post("/api/v1/needs/{id}/status", need).with(coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"WITHDRAWN\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("「取下げ」にする理由を入力してください。"));
		mvc.perform(post("/api/v1/needs/{id}/status", need).with(coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"WITHDRAWN\", \"reason\": \"社内で充足\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		mvc.perform(post("/api/v1/needs/{id}/selection-sheets", need).with(coordinator()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("「取下げ」のニーズには事業者選択シートを作成できません。"));
	}

	@Test
	void aNeedWithNoEligibleAgencyGetsNoSheetAndIsToldSo() throws Exception {
		var c = fx.consultation("kumamoto", "該当なし" + MatchingFixture.unique() + "株式会社");
		long need = HubScope.callAs(fx.hub("kumamoto"), () -> fx.registerNeed.register(c.consultationId(),
				MatchingFixture.details("知財担当", EmploymentForm.SECONDMENT, JobCategory.CREATIVE)));

		mvc.perform(post("/api/v1/needs/{id}/selection-sheets", need).with(coordinator()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("このニーズ（雇用形態・職種・地域）に対応する")));
		staffGet("/api/v1/needs/" + need).andExpect(jsonPath("$.status").value("PROSPECTING"));
	}

	@Test
	void anotherHubsNeedHandOffAndPlacementAreNotFound() throws Exception {
		long agency = fx.agency("kumamoto", "他拠点試験人材", EmploymentForm.SECONDMENT, JobCategory.LEGAL);
		var h = fx.handedOff("kumamoto", agency, EmploymentForm.SECONDMENT, JobCategory.LEGAL);

		for (String path : List.of("/api/v1/needs/" + h.needId(), "/api/v1/handoffs/" + h.handOffId(),
				"/api/v1/needs/" + h.needId() + "/selection-sheets")) {
			mvc.perform(get(path).with(logins.as(DemoLogins.FUKUOKA_MANAGER))).andExpect(status().isNotFound());
		}
		mvc.perform(post("/api/v1/needs/{id}/selection-sheets", h.needId()).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/handoffs/{id}/placement", h.handOffId()).with(logins.as(DemoLogins.FUKUOKA_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"contractDate\": \"2026-07-01\", \"employmentForm\": \"SECONDMENT\"}"))
			.andExpect(status().isNotFound());
		var fukuoka = fx.consultation("fukuoka", "福岡" + MatchingFixture.unique() + "株式会社");
		mvc.perform(post("/api/v1/needs").with(coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"consultationId": %d, "title": "他拠点の相談", "jobCategory": "LEGAL", "employmentForm": "FULL_TIME"}"""
				.formatted(fukuoka.consultationId())))
			.andExpect(status().isNotFound());
	}

	private ResultActions staffGet(String path) throws Exception {
		return mvc.perform(get(path).with(coordinator())).andExpect(status().isOk());
	}

	private long id(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
			throws Exception {
		String body = mvc.perform(request.with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private long id(String path, String json) throws Exception {
		return id(post(path), json);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
		return logins.as(DemoLogins.KUMAMOTO_COORDINATOR);
	}

}
