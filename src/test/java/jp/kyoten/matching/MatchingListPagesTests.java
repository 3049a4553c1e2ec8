package jp.kyoten.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.ListPages;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The hand-off list (staff and agency portal) and the placement list: each opens by its
 * date, newest first, sorts by every column it offers and searches the company, need and
 * agency. The rows of a test are its own agency's; their companies are renamed Ａ/Ｂ/Ｃ + a
 * word of the test so that the expected orders hold in any collation.
 */
@KyotenSpringTest
class MatchingListPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext ctx;

	@Autowired
	JdbcClient jdbc;

	MatchingFixture fx;

	@BeforeEach
	void setUp() {
		fx = MatchingFixture.of(ctx);
	}

	@Test
	void theHandOffListsOpenByTheChoiceDayAndSortByCompanyStatusAndLastChange() throws Exception {
		String word = "繋並" + MatchingFixture.unique();
		long agency = fx.agency("kumamoto", word + "人材", EmploymentForm.FULL_TIME, JobCategory.PRODUCTION);
		List<Long> ids = List.of(handOff(agency), handOff(agency), handOff(agency));
		// company, 選択日, status, last change: Ｃ chosen last, Ａ first; Ｂ accepted, Ａ
		// declined, Ｃ just handed off;
		// Ａ changed most recently
		rename(ids.get(0), "Ｃ" + word, "2026-06-03", "HANDED_OFF", "3 days");
		rename(ids.get(1), "Ａ" + word, "2026-06-01", "DECLINED", "1 day");
		rename(ids.get(2), "Ｂ" + word, "2026-06-02", "ACCEPTED", "2 days");

		String byChoice = page(get("/handoffs").param("q", word), DemoLogins.KUMAMOTO_COORDINATOR);
		ListPages.inOrder(byChoice, "Ｃ" + word, "Ｂ" + word, "Ａ" + word);
		ListPages.numbered(byChoice, 3, 1, 1);
		ListPages.inOrder(page(get("/handoffs").param("q", word).param("sort", "chosen").param("dir", "asc"),
				DemoLogins.KUMAMOTO_COORDINATOR), "Ａ" + word, "Ｂ" + word, "Ｃ" + word);
		ListPages.inOrder(
				page(get("/handoffs").param("q", word).param("sort", "company"), DemoLogins.KUMAMOTO_COORDINATOR),
				"Ａ" + word, "Ｂ" + word, "Ｃ" + word);
		ListPages.inOrder(
				page(get("/handoffs").param("q", word).param("sort", "status"), DemoLogins.KUMAMOTO_COORDINATOR),
				"Ｂ" + word, "Ａ" + word, "Ｃ" + word);
		ListPages.inOrder(
				page(get("/handoffs").param("q", word).param("sort", "changed"), DemoLogins.KUMAMOTO_COORDINATOR),
				"Ａ" + word, "Ｂ" + word, "Ｃ" + word);

		String agencyUser = fx.agencyUser("kumamoto", agency);
		String portal = page(get("/agency-portal"), agencyUser);
		ListPages.inOrder(portal, "Ｃ" + word, "Ｂ" + word, "Ａ" + word);
		ListPages.numbered(portal, 3, 1, 1);
		ListPages.inOrder(page(get("/agency-portal").param("sort", "company"), agencyUser), "Ａ" + word, "Ｂ" + word,
				"Ｃ" + word);
		assertThat(page(get("/agency-portal").param("q", "Ｂ" + word), agencyUser)).contains("Ｂ" + word)
			.doesNotContain("Ａ" + word)
			.contains("全 1 件");
	}

	@Test
	void thePlacementListOpensByContractDayAndSortsByCompanyFeeAndConfirmationWithResidencesByName() throws Exception {
		String word = "約並" + MatchingFixture.unique();
		long agency = fx.agency("kumamoto", word + "人材", EmploymentForm.FULL_TIME, JobCategory.PRODUCTION);
		long first = fx.placement("kumamoto", agency, LocalDate.of(2026, 7, 1), 100_000L, false);
		long second = fx.placement("kumamoto", agency, LocalDate.of(2026, 7, 3), 300_000L, true);
		long third = fx.placement("kumamoto", agency, LocalDate.of(2026, 7, 2), 200_000L, false);
		companyOfPlacement(first, "Ｂ" + word);
		companyOfPlacement(second, "Ｃ" + word);
		companyOfPlacement(third, "Ａ" + word);
		HubScope.runAs(fx.hub("kumamoto"), () -> jdbc.sql("""
				UPDATE placement SET residence_after_pref = '13', residence_after_muni = '13104' WHERE id = ?""")
			.param(first)
			.update());

		String byContract = page(get("/placements").param("q", word), DemoLogins.KUMAMOTO_COORDINATOR);
		ListPages.inOrder(byContract, "Ｃ" + word, "Ａ" + word, "Ｂ" + word);
		ListPages.numbered(byContract, 3, 1, 1);
		assertThat(byContract).contains("東京都 新宿区").contains("100,000円");
		ListPages.inOrder(
				page(get("/placements").param("q", word).param("sort", "company"), DemoLogins.KUMAMOTO_COORDINATOR),
				"Ａ" + word, "Ｂ" + word, "Ｃ" + word);
		ListPages.inOrder(
				page(get("/placements").param("q", word).param("sort", "fee"), DemoLogins.KUMAMOTO_COORDINATOR),
				"Ｂ" + word, "Ａ" + word, "Ｃ" + word);
		ListPages.inOrder(page(get("/placements").param("q", word).param("sort", "confirmed").param("dir", "desc"),
				DemoLogins.KUMAMOTO_COORDINATOR), "Ｃ" + word, "Ａ" + word, "Ｂ" + word);
		assertThat(
				page(get("/placements").param("q", word).param("confirmed", "false"), DemoLogins.KUMAMOTO_COORDINATOR))
			.contains("全 2 件")
			.doesNotContain("Ｃ" + word);
	}

	private long handOff(long agency) {
		return fx.handedOff("kumamoto", agency, EmploymentForm.FULL_TIME, JobCategory.PRODUCTION).handOffId();
	}

	private void rename(long handOff, String company, String chosenOn, String status, String changedAgo) {
		HubScope.runAs(fx.hub("kumamoto"), () -> jdbc.sql("""
				UPDATE handoff SET provided_data = jsonb_set(provided_data, '{companyName}', to_jsonb(?::text)),
				       chosen_on = ?::date, status = ?, status_changed_at = now() - ?::interval
				 WHERE id = ?""").params(company, chosenOn, status, changedAgo, handOff).update());
	}

	private void companyOfPlacement(long placement, String company) {
		HubScope.runAs(fx.hub("kumamoto"), () -> jdbc.sql("""
				UPDATE handoff SET provided_data = jsonb_set(provided_data, '{companyName}', to_jsonb(?::text))
				 WHERE id = (SELECT handoff_id FROM placement WHERE id = ?)""").params(company, placement).update());
	}

	private String page(MockHttpServletRequestBuilder request, String who) throws Exception {
		return ListPages.html(mvc, request, logins.as(who));
	}

}
