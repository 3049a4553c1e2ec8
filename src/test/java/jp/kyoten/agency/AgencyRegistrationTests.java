package jp.kyoten.agency;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registration against the hub's checklist, status changes, their history, events and
 * audit, through the pages.
 */
@KyotenSpringTest
@RecordApplicationEvents
class AgencyRegistrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReceiveAgencyApplication receive;

	@Autowired
	AgencyRequirements requirements;

	@Autowired
	ApplicationEvents events;

	@Test
	void refusesToRegisterWhileRequirementsAreUnconfirmedAndNamesThem() throws Exception {
		long id = applied();
		mvc.perform(post("/agencies/{id}/status", id).param("transition", "REGISTER")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(redirectedUrl("/agencies/" + id))
			.andExpect(flash().attribute("flashError", allOf(containsString("登録要件の確認が済んでいないため、登録できません。"),
					containsString("有料職業紹介事業の許可を受けている"), containsString("拠点の事前登録要件説明会に参加"))));
		assertThat(statusOf(id)).isEqualTo("APPLIED");
		assertThat(events.stream(AgencyRegistered.class)).isEmpty();
	}

	@Test
	void registersOnceEveryRequirementIsTickedRecordingHistoryEventAndAudit() throws Exception {
		long id = applied();
		for (long requirement : activeRequirements()) {
			mvc.perform(post("/agencies/{id}/checks/{r}", id, requirement).param("satisfied", "true")
				.param("note", "書類で確認")
				.header("HX-Request", "true")
				.with(csrf())
				.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"checklist\"")));
		}
		mvc.perform(post("/agencies/{id}/status", id).param("transition", "REGISTER")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(redirectedUrl("/agencies/" + id))
			.andExpect(flash().attribute("flash", "状態を「登録」にしました。"));
		assertThat(statusOf(id)).isEqualTo("REGISTERED");
		assertThat(history(id)).containsExactly("null→APPLIED", "APPLIED→REGISTERED");
		assertThat(scoped(() -> jdbc
			.sql("SELECT changed_by_name FROM agency_status_history WHERE agency_id = ? "
					+ "AND to_status = 'REGISTERED'")
			.param(id)
			.query(String.class)
			.single())).isEqualTo("熊本 花子");
		assertThat(events.stream(AgencyRegistered.class)).containsExactly(new AgencyRegistered(id, kumamoto()));
		assertThat(auditSummaries(id, "UPDATE")).contains("申請中 → 登録");
		assertThat(auditSummaries(id, "CREATE")).singleElement().asString().contains("申請中");
	}

	@Test
	void suspendsResumesAndRevokesWithReasonsPublishingEachEvent() throws Exception {
		long id = registered();
		changeStatus(id, "SUSPEND", "報告書の提出待ち");
		changeStatus(id, "RESUME", null);
		changeStatus(id, "REVOKE", "許可の取消し");
		assertThat(statusOf(id)).isEqualTo("REVOKED");
		assertThat(history(id)).containsExactly("null→APPLIED", "APPLIED→REGISTERED", "REGISTERED→SUSPENDED",
				"SUSPENDED→REGISTERED", "REGISTERED→REVOKED");
		long hub = kumamoto();
		assertThat(events.stream(AgencySuspended.class)).containsExactly(new AgencySuspended(id, hub));
		assertThat(events.stream(AgencyRegistered.class)).contains(new AgencyRegistered(id, hub));
		assertThat(events.stream(AgencyRevoked.class)).containsExactly(new AgencyRevoked(id, hub));
		assertThat(auditSummaries(id, "UPDATE")).contains("登録 → 停止: 報告書の提出待ち", "停止 → 登録", "登録 → 取消: 許可の取消し");
	}

	@Test
	void explainsAnIllegalChangeOnThePageAndChangesNothing() throws Exception {
		long id = applied();
		mvc.perform(post("/agencies/{id}/status", id).param("transition", "RESUME")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(redirectedUrl("/agencies/" + id))
			.andExpect(flash().attribute("flashError", "「申請中」の事業者は再開できません。"));
		mvc.perform(post("/agencies/{id}/status", id).param("transition", "REVOKE")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(flash().attribute("flashError", "取消の理由を入力してください。"));
		assertThat(statusOf(id)).isEqualTo("APPLIED");
		assertThat(history(id)).hasSize(1);
	}

	@Test
	void coordinatorCannotChangeTheStatus() throws Exception {
		long id = registered();
		mvc.perform(post("/agencies/{id}/status", id).param("transition", "SUSPEND")
			.param("reason", "試し")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo("REGISTERED");
	}

	@Test
	void showsTheChecklistHistoryAndOnlyTheButtonsTheStatusAllows() throws Exception {
		long id = applied();
		mvc.perform(get("/agencies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有料職業紹介事業の許可を受けている")))
			.andExpect(content().string(containsString("value=\"REGISTER\"")))
			.andExpect(content().string(containsString("却下・取下げ")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"SUSPEND\""))))
			.andExpect(content().string(containsString("data-confirm=")));
	}

	@Test
	void untickingARequirementTakesAwayTheConfirmation() throws Exception {
		long id = applied();
		long requirement = activeRequirements().getFirst();
		mvc.perform(post("/agencies/{id}/checks/{r}", id, requirement).param("satisfied", "true")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(redirectedUrl("/agencies/" + id + "#checklist"));
		mvc.perform(post("/agencies/{id}/checks/{r}", id, requirement).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().is3xxRedirection());
		assertThat(scoped(() -> jdbc
			.sql("SELECT satisfied FROM agency_requirement_check WHERE agency_id = ? " + "AND requirement_id = ?")
			.params(id, requirement)
			.query(Boolean.class)
			.single())).isFalse();
	}

	private void changeStatus(long id, String transition, String reason) throws Exception {
		var request = post("/agencies/{id}/status", id).param("transition", transition)
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER));
		if (reason != null) {
			request.param("reason", reason);
		}
		mvc.perform(request).andExpect(redirectedUrl("/agencies/" + id)).andExpect(flash().attributeExists("flash"));
	}

	private long applied() {
		return scoped(() -> receive.receive(AgencyMother.agency().named("株式会社審査中テスト").build()));
	}

	private long registered() throws Exception {
		long id = applied();
		for (long requirement : activeRequirements()) {
			mvc.perform(post("/agencies/{id}/checks/{r}", id, requirement).param("satisfied", "true")
				.with(csrf())
				.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().is3xxRedirection());
		}
		changeStatus(id, "REGISTER", null);
		return id;
	}

	private List<Long> activeRequirements() {
		return scoped(
				() -> requirements.all().stream().filter(RequirementView::active).map(RequirementView::id).toList());
	}

	private String statusOf(long id) {
		return scoped(() -> jdbc.sql("SELECT status FROM recruitment_agency WHERE id = ?")
			.param(id)
			.query(String.class)
			.single());
	}

	private List<String> history(long id) {
		return scoped(() -> jdbc
			.sql("SELECT coalesce(from_status, 'null') || '→' || to_status FROM "
					+ "agency_status_history WHERE agency_id = ? ORDER BY changed_at, id")
			.param(id)
			.query(String.class)
			.list());
	}

	private List<String> auditSummaries(long id, String action) {
		return jdbc
			.sql("SELECT summary FROM audit_log WHERE entity_type = 'agency' AND entity_id = ? AND action = ? "
					+ "ORDER BY id")
			.params(String.valueOf(id), action)
			.query(String.class)
			.list();
	}

	private <T> T scoped(java.util.function.Supplier<T> work) {
		return HubScope.callAs(kumamoto(), work);
	}

	private long kumamoto() {
		return jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
	}

}
