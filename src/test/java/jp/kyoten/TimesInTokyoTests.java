package jp.kyoten;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages print times in Tokyo whatever the server's zone (the JVM here runs in UTC): the
 * moment 2026-06-30 16:30 UTC is 2026-07-01 01:30 in Tokyo, another day, and must read so
 * on the triage list, the monthly report's versions and the portal's 最終公開.
 */
@KyotenSpringTest
class TimesInTokyoTests {

	static final Instant LATE_NIGHT_UTC = Instant.parse("2026-06-30T16:30:00Z");

	static final String TOKYO = "2026-07-01 01:30";

	static final String UTC = "2026-06-30 16:30";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theHubsClockIsTokyos() {
		assertThat(clock.getZone()).isEqualTo(HubTime.ZONE);
		assertThat(HubTime.dateTime(LATE_NIGHT_UTC)).isEqualTo(TOKYO);
		assertThat(HubTime.date(LATE_NIGHT_UTC)).isEqualTo("2026-07-01");
		assertThat(HubTime.dateTime(null)).isEmpty();
	}

	@Test
	void theTriageListShowsWhenAFormArrivedInTokyoTime() throws Exception {
		long hub = kumamoto();
		HubScope.runAs(hub,
				() -> jdbc
					.sql("UPDATE portal_inquiry SET received_at = ? WHERE id = (SELECT min(id) FROM portal_inquiry)")
					.param(Timestamp.from(LATE_NIGHT_UTC))
					.update());
		String page = page("/portal/inquiries");
		assertThat(page).contains(TOKYO).doesNotContain(UTC);
	}

	@Test
	void thePortalsLastPublicationIsInTokyoTime() throws Exception {
		long hub = kumamoto();
		HubScope.runAs(hub,
				() -> jdbc.sql("UPDATE portal_site SET published_at = ?")
					.param(Timestamp.from(LATE_NIGHT_UTC))
					.update());
		assertThat(page("/portal/site")).contains(TOKYO).doesNotContain(UTC);
	}

	@Test
	void theMonthlyReportsVersionsAreInTokyoTime() throws Exception {
		mvc.perform(post("/reports/monthly/2025-09/texts").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("successStories", "成約事例")
			.param("issues", "課題")).andExpect(status().is3xxRedirection());
		long hub = kumamoto();
		int lockVersion = HubScope.callAs(hub, () -> jdbc.sql(
				"SELECT lock_version FROM monthly_report WHERE month = DATE '2025-09-01' ORDER BY version DESC LIMIT 1")
			.query(Integer.class)
			.single());
		mvc.perform(post("/reports/monthly/2025-09/submit").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("lockVersion", String.valueOf(lockVersion))).andExpect(status().is3xxRedirection());
		HubScope.runAs(hub,
				() -> jdbc
					.sql("UPDATE monthly_report SET submitted_at = ?, updated_at = ? WHERE month = DATE '2025-09-01'")
					.params(Timestamp.from(LATE_NIGHT_UTC), Timestamp.from(LATE_NIGHT_UTC))
					.update());
		assertThat(page("/reports/monthly/2025-09")).contains("提出済み（" + TOKYO).doesNotContain(UTC);
		assertThat(page("/reports/monthly")).as("the list of reports opens and names the month").contains("2025");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long kumamoto() {
		return jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
	}

}
