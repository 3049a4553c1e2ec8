package jp.kyoten.national;

import org.junit.jupiter.api.Test;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The system admin's page of national readers: it lists the readers with their bodies,
 * creates a NATIONAL_VIEWER or a PREFECTURE_OFFICER of a body, moves a reader to another
 * body (audited), refuses an officer a body of another prefecture, and is no one else's.
 */
@KyotenSpringTest
class AdminNationalReadersTests extends NationalTestSupport {

	@Test
	void theAdminCreatesAViewerOfABodyAndMovesItToAnotherAndBothAreAudited() throws Exception {
		// the demo's readers are rows already: the page lists them with their bodies
		String list = body(mvc.perform(get("/admin/national-readers").with(logins.as(DemoLogins.ADMIN)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(list).contains(CABINET, YOROZU_HQ, METI_KYUSHU, "よろず支援拠点全国本部", "全国・県の閲覧者");

		String email = slug("viewer") + "@national.test";
		mvc.perform(post("/admin/national-readers").with(logins.as(DemoLogins.ADMIN))
			.with(csrf())
			.param("role", "NATIONAL_VIEWER")
			.param("email", email)
			.param("displayName", "全国 閲覧者テスト")
			.param("password", "Pass-phrase-" + System.nanoTime())
			.param("bodyCode", "yorozu-hq"))
			.andExpect(redirectedUrl("/admin/national-readers"))
			.andExpect(flash().attributeExists("flash"));
		long userId = jdbc.sql("SELECT id FROM user_account WHERE email = ?").param(email).query(Long.class).single();
		assertThat(body(mvc.perform(get("/admin/national-readers").with(logins.as(DemoLogins.ADMIN))).andReturn()))
			.contains(email);
		JsonNode asYorozu = api("/api/v1/national/kpis", email);
		assertThat(values(asYorozu.get("hubs"), "hubKind")).isNotEmpty().containsOnly("YOROZU");

		mvc.perform(post("/admin/national-readers/" + userId + "/body").with(logins.as(DemoLogins.ADMIN))
			.with(csrf())
			.param("bodyCode", "meti-kyushu"))
			.andExpect(redirectedUrl("/admin/national-readers"))
			.andExpect(flash().attributeExists("flash"));
		JsonNode asKyushu = api("/api/v1/national/kpis", email);
		assertThat(values(asKyushu.get("hubs"), "hubKind")).isNotEmpty().containsOnly("TALENT_PROGRAMME");

		assertThat(jdbc.sql("""
				SELECT action FROM audit_log WHERE entity_type = 'national_viewer' AND entity_id = ? ORDER BY id""")
			.param(String.valueOf(userId))
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE");
		assertThat(jdbc
			.sql("SELECT summary FROM audit_log WHERE entity_type = 'national_viewer' AND entity_id = ? "
					+ "AND action = 'UPDATE'")
			.param(String.valueOf(userId))
			.query(String.class)
			.single()).contains("よろず支援拠点全国本部", "九州経済産業局");
	}

	@Test
	void aPrefectureOfficerIsRefusedABodyOfAnotherPrefectureAndReadsForTheirOwn() throws Exception {
		long kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		String email = slug("officer") + "@kumamoto.test";
		String page = body(mvc
			.perform(post("/admin/national-readers").with(logins.as(DemoLogins.ADMIN))
				.with(csrf())
				.param("role", "PREFECTURE_OFFICER")
				.param("hubId", String.valueOf(kumamoto))
				.param("email", email)
				.param("displayName", "県 担当テスト")
				.param("password", "Pass-phrase-" + System.nanoTime())
				.param("bodyCode", "prefecture-40"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("その拠点がある都道府県の機関にだけ");
		assertThat(
				jdbc.sql("SELECT count(*) FROM user_account WHERE email = ?").param(email).query(Long.class).single())
			.as("nothing created")
			.isZero();

		mvc.perform(post("/admin/national-readers").with(logins.as(DemoLogins.ADMIN))
			.with(csrf())
			.param("role", "PREFECTURE_OFFICER")
			.param("hubId", String.valueOf(kumamoto))
			.param("email", email)
			.param("displayName", "県 担当テスト")
			.param("password", "Pass-phrase-" + System.nanoTime())
			.param("bodyCode", "prefecture-43")).andExpect(redirectedUrl("/admin/national-readers"));
		JsonNode asOfficer = api("/api/v1/national/kpis", email);
		assertThat(values(asOfficer.get("hubs"), "prefectureCode")).isNotEmpty().containsOnly("43");
		assertThat(values(asOfficer.get("hubs"), "hubKind")).contains("PRO_TALENT", "YOROZU");
	}

	@Test
	void noOtherRoleOpensOrChangesThePage() throws Exception {
		for (String user : java.util.List.of(DemoLogins.KUMAMOTO_MANAGER, CABINET, "officer@kumamoto.demo")) {
			mvc.perform(get("/admin/national-readers").with(logins.as(user))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/national-readers/1/body").with(logins.as(user))
				.with(csrf())
				.param("bodyCode", "cabinet-office")).andExpect(status().isForbidden());
		}
	}

	@Test
	void theAdminsMenuOffersThePage() throws Exception {
		assertThat(body(mvc.perform(get("/").with(logins.as(DemoLogins.ADMIN))).andExpect(status().isOk()).andReturn()))
			.contains("/admin/national-readers");
	}

}
