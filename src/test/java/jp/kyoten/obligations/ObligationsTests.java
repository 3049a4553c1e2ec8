package jp.kyoten.obligations;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract's obligations: seeded per hub kind, counted from the events held, the
 * documents handed in and the reports submitted, edited by the manager; the prefecture's
 * officer approves plans and plan documents or sends them back with a comment, and sees
 * no registrant.
 */
@KyotenSpringTest
class ObligationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	record TestHub(long id, String slug) {

		String user(Role role) {
			return role.name().toLowerCase() + "@" + slug + ".test";
		}

	}

	TestHub hub(HubKind kind) {
		String slug = "obl-" + UUID.randomUUID().toString().substring(0, 8);
		long id = hubs.create(slug, "義務テスト拠点 " + slug, kind, "46").getId();
		TestHub hub = new TestHub(id, slug);
		for (Role role : Set.of(Role.HUB_MANAGER, Role.COORDINATOR, Role.PREFECTURE_OFFICER)) {
			accounts.createIfAbsent(id, hub.user(role), "義務 " + role.name(), role, DemoLogins.PASSWORD);
		}
		return hub;
	}

	long event(TestHub hub, String kind, LocalDate day, String state) {
		return HubScope.callAs(hub.id, () -> {
			Instant start = day.atTime(10, 0).atZone(Obligations.TOKYO).toInstant();
			long id = jdbc.sql("""
					INSERT INTO event (hub_id, uid, title, kind, state, starts_at, ends_at, venue, theme)
					VALUES (?, gen_random_uuid(), ?, ?, ?, ?, ?, '会議室', 'テーマ') RETURNING id""")
				.params(hub.id, kind + "の試験", kind, state, Timestamp.from(start),
						Timestamp.from(start.plusSeconds(3600)))
				.query(Long.class)
				.single();
			jdbc.sql("INSERT INTO event_session (hub_id, event_id, number, starts_at, ends_at) "
					+ "SELECT hub_id, id, 1, starts_at, ends_at FROM event WHERE id = ?")
				.param(id)
				.update();
			return id;
		});
	}

	@Test
	void aProHubsCouncilsCountTheHeldOnesOfFiveAndThePlannedApart() throws Exception {
		TestHub hub = hub(HubKind.PRO_TALENT);
		event(hub, "COUNCIL", LocalDate.of(2026, 5, 20), "HELD");
		event(hub, "COUNCIL", LocalDate.of(2026, 9, 20), "PLANNED");
		event(hub, "COUNCIL", LocalDate.of(2025, 9, 20), "HELD"); // another fiscal year

		mvc.perform(get("/api/v1/obligations").param("fiscalYear", "2026").with(logins.as(hub.user(Role.COORDINATOR))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.obligations.length()").value(7))
			.andExpect(jsonPath("$.obligations[?(@.eventKind == 'COUNCIL')].done").value(1))
			.andExpect(jsonPath("$.obligations[?(@.eventKind == 'COUNCIL')].target").value(5))
			.andExpect(jsonPath("$.obligations[?(@.eventKind == 'COUNCIL')].planned").value(1))
			.andExpect(jsonPath("$.obligations[?(@.eventKind == 'COUNCIL')].status").value("SHORT"))
			.andExpect(jsonPath("$.obligations[?(@.reportKind == 'MONTHLY')].dueDay").value(10))
			.andExpect(jsonPath("$.obligations[?(@.title =~ /セミナー計画書.*/)].dueOn").value("2026-05-01"))
			.andExpect(jsonPath("$.obligations[?(@.title =~ /セミナー計画書.*/)].needsApproval").value(true));
		mvc.perform(get("/obligations/panel").param("fiscalYear", "2026")
			.with(logins.as(hub.user(Role.PREFECTURE_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 / 5 回（予定 1 回）")));
	}

	@Test
	void eachHubKindGetsTheObligationsOfItsOwnContract() throws Exception {
		TestHub programme = hub(HubKind.TALENT_PROGRAMME);
		mvc.perform(get("/api/v1/obligations").param("fiscalYear", "2026")
			.with(logins.as(programme.user(Role.HUB_MANAGER))))
			.andExpect(jsonPath("$.obligations[?(@.reportKind == 'METI')].dueDay").value(15))
			.andExpect(jsonPath("$.obligations[?(@.eventKind == 'NETWORKING')].target").value(5))
			.andExpect(jsonPath("$.obligations[?(@.eventKind == 'COUNCIL')]").isEmpty());
		TestHub yorozu = hub(HubKind.YOROZU);
		mvc.perform(
				get("/api/v1/obligations").param("fiscalYear", "2026").with(logins.as(yorozu.user(Role.HUB_MANAGER))))
			.andExpect(jsonPath("$.obligations[?(@.eventKind == 'SYMPOSIUM')].target").value(2));
	}

	@Test
	void aMonthlyReportIsOnTimeLateOrMissingByTheDueDayOfTheNextMonth() throws Exception {
		TestHub hub = hub(HubKind.PRO_TALENT);
		HubScope.runAs(hub.id, () -> {
			insertSubmitted(hub, "2025-04-01", "2025-05-08T01:00:00Z");
			insertSubmitted(hub, "2025-05-01", "2025-06-20T01:00:00Z");
		});
		mvc.perform(get("/api/v1/obligations").param("fiscalYear", "2025").with(logins.as(hub.user(Role.HUB_MANAGER))))
			.andExpect(jsonPath("$.obligations[?(@.reportKind == 'MONTHLY')].done").value(2))
			.andExpect(jsonPath("$.obligations[?(@.reportKind == 'MONTHLY')].target").value(12))
			.andExpect(jsonPath("$.obligations[?(@.reportKind == 'MONTHLY')].status").value("OVERDUE"))
			.andExpect(jsonPath("$.obligations[?(@.reportKind == 'MONTHLY')].months[0].state").value("ON_TIME"))
			.andExpect(jsonPath("$.obligations[?(@.reportKind == 'MONTHLY')].months[1].state").value("LATE"))
			.andExpect(jsonPath("$.obligations[?(@.reportKind == 'MONTHLY')].months[2].state").value("MISSING"));
	}

	@Test
	void theManagerChangesAMinimumAndBadInputIsRefusedInJapanese() throws Exception {
		TestHub hub = hub(HubKind.PRO_TALENT);
		mvc.perform(get("/obligations").param("fiscalYear", "2026").with(logins.as(hub.user(Role.HUB_MANAGER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("協議会の開催")));
		long council = HubScope.callAs(hub.id,
				() -> jdbc.sql("SELECT id FROM obligation WHERE fiscal_year = 2026 AND event_kind = 'COUNCIL'")
					.query(Long.class)
					.single());
		mvc.perform(post("/obligations/{id}", council).with(logins.as(hub.user(Role.HUB_MANAGER)))
			.with(csrf())
			.param("version", "0")
			.param("fiscalYear", "2026")
			.param("minimum", "0")).andExpect(flash().attribute("flashError", containsString("最低回数は1以上")));
		mvc.perform(post("/obligations/{id}", council).with(logins.as(hub.user(Role.HUB_MANAGER)))
			.with(csrf())
			.param("version", "0")
			.param("fiscalYear", "2026")
			.param("minimum", "6")).andExpect(flash().attribute("flash", "保存しました。"));
		mvc.perform(get("/obligations/panel").param("fiscalYear", "2026").with(logins.as(hub.user(Role.HUB_MANAGER))))
			.andExpect(content().string(containsString("0 / 6 回")));
		mvc.perform(post("/obligations/{id}", council).with(logins.as(hub.user(Role.COORDINATOR)))
			.with(csrf())
			.param("version", "1")
			.param("fiscalYear", "2026")
			.param("minimum", "1")).andExpect(status().isForbidden());
	}

	@Test
	void theOfficerSendsAPlanDocumentBackWithACommentAndApprovesItsResubmission() throws Exception {
		TestHub hub = hub(HubKind.PRO_TALENT);
		mvc.perform(get("/obligations").param("fiscalYear", "2026").with(logins.as(hub.user(Role.HUB_MANAGER))));
		long plan = HubScope.callAs(hub.id,
				() -> jdbc.sql("SELECT id FROM obligation WHERE fiscal_year = 2026 AND seed_key = 'SEMINAR_PLAN'")
					.query(Long.class)
					.single());
		MockMultipartFile file = new MockMultipartFile("file", "セミナー計画書.pdf", "application/pdf", "%PDF-1.4".getBytes());
		mvc.perform(multipart("/obligations/{id}/submit", plan).file(file)
			.param("fiscalYear", "2026")
			.param("submittedOn", "2026-04-20")
			.with(logins.as(hub.user(Role.HUB_MANAGER)))
			.with(csrf())).andExpect(flash().attribute("flash", "提出を記録しました。"));

		String officer = hub.user(Role.PREFECTURE_OFFICER);
		mvc.perform(get("/approvals").with(logins.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("セミナー計画書.pdf")));
		mvc.perform(get("/obligations/{id}/file", plan).with(logins.as(officer))).andExpect(status().isOk());
		mvc.perform(post("/approvals/documents/{id}/send-back", plan).with(logins.as(officer)).with(csrf()))
			.andExpect(flash().attribute("flashError", containsString("差し戻す理由")));
		mvc.perform(post("/approvals/documents/{id}/send-back", plan).with(logins.as(officer))
			.with(csrf())
			.param("comment", "ミニセミナーの回数を2回以上にしてください。")).andExpect(flash().attribute("flash", "差し戻しました。"));
		mvc.perform(get("/obligations/panel").param("fiscalYear", "2026").with(logins.as(hub.user(Role.HUB_MANAGER))))
			.andExpect(content().string(containsString("県から差し戻し")));
		mvc.perform(multipart("/obligations/{id}/submit", plan).file(file)
			.param("fiscalYear", "2026")
			.param("submittedOn", "2026-04-25")
			.with(logins.as(hub.user(Role.HUB_MANAGER)))
			.with(csrf()));
		mvc.perform(post("/approvals/documents/{id}/approve", plan).with(logins.as(officer)).with(csrf()))
			.andExpect(flash().attribute("flash", "承認しました。"));

		mvc.perform(get("/api/v1/obligations").param("fiscalYear", "2026").with(logins.as(officer)))
			.andExpect(jsonPath("$.obligations[?(@.id == " + plan + ")].status").value("DONE"))
			.andExpect(jsonPath("$.obligations[?(@.id == " + plan + ")].approval").value("APPROVED"));
		assertThat(HubScope.callAs(hub.id, () -> jdbc.sql(
				"SELECT string_agg(decision || ':' || coalesce(comment, ''), '|' ORDER BY id) FROM obligation_decision WHERE obligation_id = ?")
			.param(plan)
			.query(String.class)
			.single())).isEqualTo("SENT_BACK:ミニセミナーの回数を2回以上にしてください。|APPROVED:");
		// only the prefecture's officer decides
		mvc.perform(post("/approvals/documents/{id}/approve", plan).with(logins.as(hub.user(Role.HUB_MANAGER)))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void theOfficerApprovesAnEventPlanWithACommentAndSeesNoRegistrant() throws Exception {
		TestHub hub = hub(HubKind.PRO_TALENT);
		long seminar = event(hub, "SEMINAR", LocalDate.now(Obligations.TOKYO).plusWeeks(3), "PLANNED");
		String officer = hub.user(Role.PREFECTURE_OFFICER);
		mvc.perform(get("/approvals").with(logins.as(officer)))
			.andExpect(content().string(containsString("SEMINARの試験")));
		mvc.perform(get("/approvals/events/{id}", seminar).with(logins.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("承認する")))
			.andExpect(content().string(not(containsString("@example.jp"))));
		mvc.perform(post("/approvals/events/{id}/send-back", seminar).with(logins.as(officer))
			.with(csrf())
			.param("comment", "定員を50名にしてください。")).andExpect(flash().attribute("flash", "差し戻しました。"));
		mvc.perform(post("/approvals/events/{id}/approve", seminar).with(logins.as(officer))
			.with(csrf())
			.param("comment", "承諾します。")).andExpect(flash().attribute("flash", "承認しました。"));
		assertThat(HubScope.callAs(hub.id,
				() -> jdbc.sql("SELECT state FROM event WHERE id = ?").param(seminar).query(String.class).single()))
			.isEqualTo("APPROVED");
		assertThat(HubScope.callAs(hub.id, () -> jdbc.sql(
				"SELECT string_agg(decision || ':' || decided_role || ':' || coalesce(comment, ''), '|' ORDER BY id) FROM event_approval WHERE event_id = ?")
			.param(seminar)
			.query(String.class)
			.single())).isEqualTo("SENT_BACK:PREFECTURE_OFFICER:定員を50名にしてください。|APPROVED:PREFECTURE_OFFICER:承諾します。");
		// the event's own page lists its registrants: not the officer's
		mvc.perform(get("/events/{id}", seminar).with(logins.as(officer))).andExpect(status().isForbidden());
		mvc.perform(get("/approvals").with(logins.as(hub.user(Role.COORDINATOR)))).andExpect(status().isForbidden());
		// another hub's plan is not found
		TestHub other = hub(HubKind.PRO_TALENT);
		mvc.perform(get("/approvals/events/{id}", seminar).with(logins.as(other.user(Role.PREFECTURE_OFFICER))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDeadlineNearPutsTheObligationOnMyWork() throws Exception {
		TestHub hub = hub(HubKind.PRO_TALENT);
		int year = Obligations.fiscalYearOf(LocalDate.now(Obligations.TOKYO));
		mvc.perform(get("/obligations").param("fiscalYear", String.valueOf(year))
			.with(logins.as(hub.user(Role.HUB_MANAGER))));
		HubScope.runAs(hub.id,
				() -> jdbc.sql("""
						UPDATE obligation SET due_on = ? WHERE fiscal_year = ? AND seed_key = 'CONTACT_CHART'""")
					.params(java.sql.Date.valueOf(LocalDate.now(Obligations.TOKYO).plusDays(3)), year)
					.update());
		mvc.perform(get("/my-work").with(logins.as(hub.user(Role.COORDINATOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("連絡体制図の提出")))
			.andExpect(content().string(containsString("義務の期限が近づいています")));
	}

	private void insertSubmitted(TestHub hub, String month, String at) {
		jdbc.sql("""
				INSERT INTO monthly_report (hub_id, month, version, submitted, snapshot, submitted_at)
				VALUES (?, ?::date, 1, true, '{}'::jsonb, ?::timestamptz)""").params(hub.id, month, at).update();
	}

}
