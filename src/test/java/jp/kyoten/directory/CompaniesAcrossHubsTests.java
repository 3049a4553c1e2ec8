package jp.kyoten.directory;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The system administrator's search of the directory across hubs (V281): it finds one
 * company in every hub that keeps it, with what a hub's own search finds there; no hub's
 * user can reach it, and its view is empty on every connection not put in its scope.
 */
@KyotenSpringTest
class CompaniesAcrossHubsTests {

	@Autowired
	CompaniesAcrossHubs acrossHubs;

	@Autowired
	CompanySearch search;

	@Autowired
	RegisterCompany register;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	long kumamoto;

	long fukuoka;

	@BeforeEach
	void hubs() {
		kumamoto = CompanyMother.hubId(jdbc, "kumamoto");
		fukuoka = CompanyMother.hubId(jdbc, "fukuoka");
	}

	@Test
	void oneCompanyKeptByTwoHubsIsFoundInBothByNameKanaAndCorporateNumber() {
		String number = CompanyMother.freshCorporateNumber();
		long inKumamoto = CompanyMother.company("株式会社越境検索精工")
			.kana("エッキョウケンサクセイコウ")
			.corporateNumber(number)
			.registerIn(kumamoto, register);
		long inFukuoka = CompanyMother.company("株式会社越境検索精工")
			.kana("エッキョウケンサクセイコウ")
			.corporateNumber(number)
			.registerIn(fukuoka, register);

		for (String q : List.of("越境検索", "えっきょうけんさく", "ｴｯｷｮｳｹﾝｻｸ", number.substring(0, 12))) {
			var result = acrossHubs.search(q, null, 0, 20);
			assertThat(result.rows()).as(q)
				.filteredOn(f -> f.corporateNumber().equals(number))
				.extracting(CompaniesAcrossHubs.Found::id, CompaniesAcrossHubs.Found::hubId)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(inKumamoto, kumamoto),
						org.assertj.core.groups.Tuple.tuple(inFukuoka, fukuoka));
		}
		assertThat(acrossHubs.search("越境検索", fukuoka, 0, 20).rows()).extracting(CompaniesAcrossHubs.Found::id)
			.containsExactly(inFukuoka);
		assertThat(acrossHubs.search("越境検索", null, 0, 20).rows()).allSatisfy(f -> assertThat(f.hubName()).isNotBlank());
	}

	@Test
	void withinOneHubItFindsExactlyWhatTheHubsOwnSearchFinds() {
		for (String q : List.of("くまもと", "熊本精機", "ｱｿ", "(株)阿蘇", "精")) {
			List<Long> own = HubScope.callAs(kumamoto, () -> search
				.search(new CompanySearch.Criteria(q, null, null, null, null, null, CompanySearch.Status.ALL), 0, 100))
				.rows()
				.stream()
				.map(CompanyRow::id)
				.toList();
			var across = acrossHubs.search(q, kumamoto, 0, 100);
			assertThat(across.tooMany()).isFalse();
			assertThat(across.rows()).as(q).extracting(CompaniesAcrossHubs.Found::id).containsExactlyElementsOf(own);
		}
	}

	@Test
	void beyondTheCapItShowsNoRowsAndSaysSoAndUpToItEveryMatchIsCounted() {
		long matches = HubScope.callAcrossHubs("directory", () -> jdbc
			.sql("SELECT count(*) FROM company_across_hubs WHERE merged_into_id IS NULL AND search_text LIKE '%株%'")
			.query(Long.class)
			.single());
		var result = acrossHubs.search("株", null, 0, 20);
		assertThat(result.tooMany()).isEqualTo(matches > result.cap());
		if (result.tooMany()) {
			assertThat(result.rows()).isEmpty();
		}
		else {
			assertThat(result.total()).isEqualTo(matches);
			assertThat(result.rows()).hasSize((int) Math.min(20, matches));
		}
		assertThat(acrossHubs.search("  ", null, 0, 20).rows()).isEmpty();
	}

	@Test
	void theViewIsEmptyForAHubsConnectionAndForWorkOutsideItsScope() {
		long all = HubScope.callAcrossHubs("directory",
				() -> jdbc.sql("SELECT count(*) FROM company_across_hubs").query(Long.class).single());
		assertThat(all).isGreaterThan(
				HubScope.callAs(kumamoto, () -> jdbc.sql("SELECT count(*) FROM company").query(Long.class).single()));
		assertThat(HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT count(*) FROM company_across_hubs").query(Long.class).single()))
			.isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM company_across_hubs").query(Long.class).single()).isZero();
		// a hub's user never enters the scope, even by mistake
		assertThatThrownBy(() -> HubScope.runAs(kumamoto,
				() -> HubScope.callAcrossHubs("directory", () -> jdbc.sql("SELECT 1").query(Long.class).single())))
			.isInstanceOf(IllegalStateException.class);
		// the scope ends with the work: the same thread's next connection sees nothing
		// again
		assertThat(jdbc.sql("SELECT count(*) FROM company_across_hubs").query(Long.class).single()).isZero();
	}

	@Test
	void theAdministratorOpensThePageAndTheApiAndAHubsManagerIsRefusedBoth() throws Exception {
		mvc.perform(get("/admin/companies").param("q", "熊本精機").with(logins.as(DemoLogins.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("全拠点の企業検索")))
			.andExpect(content().string(containsString("熊本精機")));
		mvc.perform(get("/admin/companies").with(logins.as(DemoLogins.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("企業名・フリガナ・法人番号を入力してください。")));
		mvc.perform(get("/api/v1/admin/companies").param("q", "熊本精機").with(logins.as(DemoLogins.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.companies[0].hubName").isNotEmpty())
			.andExpect(jsonPath("$.tooMany").value(false));
		mvc.perform(get("/admin/companies").param("q", "熊本").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/companies").param("q", "熊本").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isForbidden());
	}

}
