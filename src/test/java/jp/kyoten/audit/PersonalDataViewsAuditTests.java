package jp.kyoten.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Needs, hand-offs, placements (with the talent's residence) and event registrant lists
 * name people: each view, on a page or through the API, leaves a VIEW entry like a
 * company's. The prefecture's officer reads their hub's log.
 */
@KyotenSpringTest
class PersonalDataViewsAuditTests {

	private static final String OFFICER = "officer@kumamoto.demo";

	private static final String AGENCY = "agency@kumamoto.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void openingANeedIsAudited() throws Exception {
		long need = kumamoto("SELECT min(id) FROM talent_need");
		long before = views("talent_need", need);
		mvc.perform(get("/needs/{id}", need).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/needs/{id}", need).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk());
		assertThat(views("talent_need", need)).isEqualTo(before + 2);
	}

	@Test
	void openingAHandOffAndItsPlacementIsAuditedForStaffAndForTheAgency() throws Exception {
		long handOff = kumamoto("SELECT min(handoff_id) FROM placement");
		long placement = kumamoto(
				"SELECT id FROM placement WHERE handoff_id = (SELECT min(handoff_id) FROM placement)");
		long handOffsBefore = views("handoff", handOff);
		long placementsBefore = views("placement", placement);

		mvc.perform(get("/handoffs/{id}", handOff).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/handoffs/{id}", handOff).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/placements/{id}", placement).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk());

		assertThat(views("handoff", handOff)).isEqualTo(handOffsBefore + 2);
		assertThat(views("placement", placement)).isEqualTo(placementsBefore + 2);

		long agencysHandOff = kumamoto("""
				SELECT min(h.id) FROM handoff h JOIN user_account u ON u.agency_id = h.agency_id
				 WHERE u.email = '""" + AGENCY + "'");
		long agencyBefore = viewsBy("handoff", agencysHandOff, AGENCY);
		mvc.perform(get("/agency-portal/handoffs/{id}", agencysHandOff).with(logins.as(AGENCY)))
			.andExpect(status().isOk());
		assertThat(viewsBy("handoff", agencysHandOff, AGENCY)).isEqualTo(agencyBefore + 1);
	}

	@Test
	void showingAnEventsRegistrantsIsAuditedWithTheirNumber() throws Exception {
		long event = kumamoto("SELECT min(event_id) FROM event_registration");
		long registrants = kumamoto("SELECT count(*) FROM event_registration WHERE event_id = " + event);
		long before = views("event", event);
		mvc.perform(get("/events/{id}", event).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk());
		mvc.perform(get("/events/{id}/check-in", event).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/events/{id}/registrations", event).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk());
		assertThat(views("event", event)).isEqualTo(before + 3);
		assertThat(jdbc
			.sql("SELECT summary FROM audit_log WHERE entity_type = 'event' AND entity_id = ? "
					+ "ORDER BY id DESC LIMIT 1")
			.param(String.valueOf(event))
			.query(String.class)
			.single()).endsWith("の申込者一覧（" + registrants + " 名）を表示");
	}

	@Test
	void thePrefecturesOfficerReadsTheirHubsLogOnly() throws Exception {
		long kumamoto = hub("kumamoto");
		long fukuoka = hub("fukuoka");
		HubScope.runAs(kumamoto, () -> jdbc.sql("""
				INSERT INTO audit_log (hub_id, action, entity_type, entity_id, summary)
				VALUES (?, 'VIEW', 'company', '1', '県担当が読める熊本の記録')""").param(kumamoto).update());
		mvc.perform(get("/audit").with(logins.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("県担当が読める熊本の記録")));
		mvc.perform(get("/audit").param("hub", String.valueOf(kumamoto)).with(logins.as(OFFICER)))
			.andExpect(status().isOk());
		mvc.perform(get("/audit").param("hub", String.valueOf(fukuoka)).with(logins.as(OFFICER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/audit").param("hub", String.valueOf(fukuoka)).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		// read-only: nothing under /audit takes a change
		mvc.perform(post("/audit").with(csrf()).with(logins.as(OFFICER))).andExpect(status().is4xxClientError());
	}

	private long kumamoto(String sql) {
		return HubScope.callAs(hub("kumamoto"), () -> jdbc.sql(sql).query(Long.class).single());
	}

	private long hub(String slug) {
		return jdbc.sql("SELECT id FROM hub WHERE slug = ?").param(slug).query(Long.class).single();
	}

	private long views(String type, long id) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'VIEW' AND entity_type = ? AND entity_id = ?")
			.params(type, String.valueOf(id))
			.query(Long.class)
			.single();
	}

	private long viewsBy(String type, long id, String actor) {
		return jdbc.sql("""
				SELECT count(*) FROM audit_log
				 WHERE action = 'VIEW' AND entity_type = ? AND entity_id = ? AND actor_email = ?""")
			.params(type, String.valueOf(id), actor)
			.query(Long.class)
			.single();
	}

}
