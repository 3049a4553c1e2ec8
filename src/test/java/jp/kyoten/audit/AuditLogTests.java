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
		jp.kyoten.platform.tenancy.HubScope.runAs(fukuokaHub(), () -> audit.record(AuditAction.VIEW, "company",
				"999999", "福岡だけの閲覧記録"));
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
		mvc.perform(get("/audit").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isForbidden());
	}

	private long fukuokaHub() {
		return jdbc.sql("SELECT id FROM hub WHERE slug='fukuoka'").query(Long.class).single();
	}

}
