package jp.kyoten.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables a hub owns come from the catalog, and each is described: a new table cannot
 * be forgotten.
 */
@KyotenSpringTest
class HubTablesTests {

	@Autowired
	HubTables tables;

	@Test
	void everyTableTheHubOwnsIsDescribedWithItsNameAndWhetherItHoldsPersonalData() {
		assertThat(tables.undescribed()).as("add them to privacy/tables.properties").isEmpty();
		assertThat(tables.all()).extracting(HubTables.Table::name)
			.contains("company", "consultation", "audit_log", "user_account", "api_token", "privacy_incident")
			.doesNotContain("hub", "privacy_hand_back", "privacy_erasure", "spring_session", "company_search");
	}

	@Test
	void rowsAreDeletedBeforeTheRowsTheyReferTo() {
		List<String> order = tables.deletionOrder(tables.tablesErasedBy(ErasureScope.HUB));
		assertThat(order.indexOf("api_token")).isLessThan(order.indexOf("user_account"));
		assertThat(order.indexOf("consultation")).isLessThan(order.indexOf("company"));
		assertThat(order.indexOf("placement")).isLessThan(order.indexOf("handoff"));
		assertThat(order.indexOf("privacy_handler_change")).isLessThan(order.indexOf("privacy_handler"));
	}

	@Test
	void credentialsAndBearerTokensAreNeverHandedBack() {
		HubTables.Table accounts = tables.named("user_account").orElseThrow();
		assertThat(accounts.exported()).extracting(HubTables.Column::name)
			.doesNotContain("password_hash")
			.contains("email");
		assertThat(tables.named("event_registration").orElseThrow().exported()).extracting(HubTables.Column::name)
			.doesNotContain("token");
	}

}
