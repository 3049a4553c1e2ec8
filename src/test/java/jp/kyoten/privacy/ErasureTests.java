package jp.kyoten.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The erasure after the hand-back: nothing of the hub is left in any table that holds
 * personal data (the tables come from the catalog, so a new one is not forgotten), other
 * hubs keep every row, and the certificate is issued. Nothing is erased before the
 * prefecture confirmed the hand-back, not even by calling the database function directly.
 */
@KyotenSpringTest
class ErasureTests {

	@Autowired
	ApplicationContext ctx;

	@Autowired
	HandBacks jobs;

	@Autowired
	HandBackRunner runner;

	@Autowired
	HubTables tables;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	/**
	 * The hub's rows per table; the daily retention run (scheduled, on every hub) is left
	 * out, so that it may run between two counts.
	 */
	Map<String, Long> rowsOf(long hubId) {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (HubTables.Table t : tables.all()) {
			if (t.name().equals("privacy_retention_run")) {
				continue;
			}
			String notRetention = t.name().equals("audit_log") ? " AND entity_type IS DISTINCT FROM 'retention_run'"
					: "";
			rows.put(t.name(), HubScope.callAs(hubId,
					() -> jdbc.sql("SELECT count(*) FROM " + HubTables.quote(t.name()) + t.where(hubId) + notRetention)
						.query(Long.class)
						.single()));
		}
		return rows;
	}

	@Test
	void afterTheConfirmedHandBackNoRowOfTheHubIsLeftInAnyPersonalTableAndOtherHubsKeepTheirs() throws Exception {
		PrivacyFixture fx = PrivacyFixture.of(ctx);
		PrivacyFixture.TestHub hub = fx.withRecords(fx.hub());
		PrivacyFixture.TestHub other = fx.withRecords(fx.hub());
		long id = jobs.queue(hub.id(), hub.name(), DemoLogins.ADMIN);
		assertThat(runner.run(id)).isTrue();
		Map<String, Long> otherBefore = rowsOf(other.id());

		mvc.perform(post("/privacy/hand-backs/{id}/erase", id).param("scope", "PERSONAL")
			.param("confirmHub", hub.name())
			.with(logins.as(DemoLogins.ADMIN))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("受領を確認")));
		assertThatThrownBy(
				() -> jdbc.sql("SELECT privacy_erase_rows(?, 'consultation')").param(id).query(Long.class).single())
			.hasMessageContaining("not running after a confirmed hand-back");

		mvc.perform(post("/privacy/hand-backs/{id}/confirm", id).param("note", "鹿児島県 山田 受領")
			.with(logins.as(DemoLogins.ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/privacy/hand-backs/{id}/erase", id).param("scope", "PERSONAL")
			.param("confirmHub", "違う名前")
			.with(logins.as(DemoLogins.ADMIN))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("拠点名が違います")));
		String location = mvc
			.perform(post("/privacy/hand-backs/{id}/erase", id).param("scope", "PERSONAL")
				.param("confirmHub", hub.name())
				.with(logins.as(DemoLogins.ADMIN))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long erasure = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		Set<String> personal = tables.tablesErasedBy(ErasureScope.PERSONAL);
		Map<String, Long> after = rowsOf(hub.id());
		for (HubTables.Table t : tables.all()) {
			if (t.personal()) {
				assertThat(personal).contains(t.name());
			}
			if (personal.contains(t.name())) {
				assertThat(after.get(t.name())).as("rows of the hub left in " + t.name()).isZero();
			}
		}
		assertThat(after.get("obligation_year")).as("the hub's settings stay").isEqualTo(1);
		assertThat(rowsOf(other.id())).as("the other hub is untouched").isEqualTo(otherBefore);
		assertThat(runner.zipOf(jobs.get(id))).as("the handed-back zip is erased too").doesNotExist();
		assertThat(jobs.get(id).status()).isEqualTo("ERASED");

		mvc.perform(get("/privacy/hand-backs/erasures/{id}", erasure).with(logins.as(DemoLogins.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("consultation")));
		byte[] pdf = mvc
			.perform(
					get("/privacy/hand-backs/erasures/{id}/certificate.pdf", erasure).with(logins.as(DemoLogins.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(pdf).startsWith("%PDF".getBytes());
		String text = jp.kyoten.platform.pdf.PdfPages.compactText(pdf);
		assertThat(text).contains("消去証明書").contains(jobs.get(id).zipSha256().substring(0, 16));
		mvc.perform(post("/privacy/hand-backs/{id}/erase", id).param("scope", "PERSONAL")
			.param("confirmHub", hub.name())
			.with(logins.as(DemoLogins.ADMIN))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("消去済み")));
	}

	@Test
	void erasingTheWholeHubRemovesTheHubItself() throws Exception {
		PrivacyFixture fx = PrivacyFixture.of(ctx);
		PrivacyFixture.TestHub hub = fx.withRecords(fx.hub());
		long id = jobs.queue(hub.id(), hub.name(), DemoLogins.ADMIN);
		assertThat(runner.run(id)).isTrue();
		jobs.confirm(id, DemoLogins.ADMIN, "受領");
		long erasure = ctx.getBean(EraseHub.class).erase(new jp.kyoten.platform.tenancy.Actor() {

			@Override
			public Long hubId() {
				return null;
			}

			@Override
			public long userId() {
				return 0;
			}

			@Override
			public String email() {
				return DemoLogins.ADMIN;
			}
		}, id, ErasureScope.HUB);
		assertThat(rowsOf(hub.id()).values()).allMatch(n -> n == 0);
		assertThat(jdbc.sql("SELECT count(*) FROM hub WHERE id = ?").param(hub.id()).query(Integer.class).single())
			.isZero();
		assertThat(ctx.getBean(EraseHub.class).get(erasure).counts()).extracting(Erasure.Count::table).endsWith("hub");
	}

}
