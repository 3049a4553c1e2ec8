package jp.kyoten.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DataAccessException;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KyotenSpringTest
class AuditLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Test
	void theApplicationCannotChangeOrDeleteAuditEntries() {
		audit.record(AuditAction.UPDATE, "test", 1, "append-only check");
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET summary = 'forged'").update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	void managerBrowsesOnlyTheirHubsEntries() throws Exception {
		jp.kyoten.platform.tenancy.HubScope.runAs(fukuokaHub(),
				() -> audit.record(AuditAction.VIEW, "company", "999999", "福岡だけの閲覧記録"));
		mvc.perform(get("/audit").with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("福岡だけの閲覧記録")));
		mvc.perform(get("/audit").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("福岡だけの閲覧記録"))));
	}

	@Test
	void filtersByAction() throws Exception {
		mvc.perform(get("/audit").param("action", "SIGN_IN_FAILED").with(logins.as(DemoLogins.ADMIN)))
			.andExpect(status().isOk());
		mvc.perform(get("/audit").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().isForbidden());
	}

	@Test
	void theLogOpensNewestFirstSortsByActorAndOperationSearchesTheSummaryAndNumbersItsPages() throws Exception {
		String word = "監並" + jp.kyoten.matching.MatchingFixture.unique();
		long hub = jdbc.sql("SELECT id FROM hub WHERE slug='kumamoto'").query(Long.class).single();
		// an hour older per tag; -01 acted by a, the rest by b; -02 is a deletion, the
		// rest views
		jdbc.sql("""
				INSERT INTO audit_log (occurred_at, hub_id, actor_email, action, entity_type, entity_id, summary)
				SELECT now() - i * interval '1 hour', ?, CASE WHEN i = 1 THEN 'a-audit@test.example'
				       ELSE 'b-audit@test.example' END, CASE WHEN i = 2 THEN 'DELETE' ELSE 'VIEW' END, 'test', i::text,
				       ? || '-' || lpad(i::text, 2, '0')
				  FROM generate_series(1, 22) AS i""").params(hub, word).update();

		String newest = page(get("/audit").param("q", word).param("size", "20"));
		jp.kyoten.ListPages.inOrder(newest, word + "-01", word + "-02", word + "-20");
		jp.kyoten.ListPages.numbered(newest, 22, 1, 2);
		jp.kyoten.ListPages.inOrder(page(get("/audit").param("q", word).param("page", "1").param("size", "20")),
				word + "-21", word + "-22");
		jp.kyoten.ListPages.inOrder(page(get("/audit").param("q", word).param("sort", "when").param("dir", "asc")),
				word + "-22", word + "-01");
		jp.kyoten.ListPages.inOrder(page(get("/audit").param("q", word).param("sort", "actor").param("dir", "desc")),
				word + "-22", word + "-02", word + "-01");
		jp.kyoten.ListPages.inOrder(page(get("/audit").param("q", word).param("sort", "action")), word + "-02",
				word + "-01");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return jp.kyoten.ListPages.html(mvc, request, logins.as(DemoLogins.KUMAMOTO_MANAGER));
	}

	private long fukuokaHub() {
		return jdbc.sql("SELECT id FROM hub WHERE slug='fukuoka'").query(Long.class).single();
	}

}
