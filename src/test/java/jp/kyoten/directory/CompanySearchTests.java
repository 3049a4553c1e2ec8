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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@KyotenSpringTest
class CompanySearchTests {

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

	@BeforeEach
	void hubs() {
		kumamoto = CompanyMother.hubId(jdbc, "kumamoto");
	}

	@Test
	void hiraganaHalfWidthKanaAndKatakanaFindTheSameCompanies() {
		List<Long> hiragana = ids("くまもと");
		assertThat(hiragana).hasSizeGreaterThanOrEqualTo(3);
		assertThat(ids("ｸﾏﾓﾄ")).isEqualTo(hiragana);
		assertThat(ids("クマモト")).isEqualTo(hiragana);
		assertThat(names("くまもと")).contains("株式会社熊本精機");
	}

	@Test
	void legalFormNotationDoesNotMatter() {
		List<Long> plain = ids("熊本精機");
		assertThat(plain).isNotEmpty();
		assertThat(ids("株式会社熊本精機")).isEqualTo(plain);
		assertThat(ids("(株)熊本精機")).isEqualTo(plain);
		assertThat(ids("㈱熊本精機")).isEqualTo(plain);
		assertThat(ids("熊本精機（株）")).isEqualTo(plain);
	}

	@Test
	void findsByPartOfANameOrKana() {
		assertThat(names("精機")).contains("株式会社熊本精機");
		assertThat(names("阿蘇ファ")).contains("有限会社阿蘇ファーム");
		assertThat(names("ひごてっく")).contains("合同会社ヒゴテック");
		assertThat(names("熊")).contains("株式会社熊本精機");
	}

	@Test
	void findsByTheBeginningOfACorporateNumber() {
		String number = jdbc.sql("SELECT corporate_number FROM company WHERE hub_id = ? AND name = '株式会社熊本精機'")
			.param(kumamoto)
			.query(String.class)
			.optional()
			.orElseGet(() -> HubScope.callAs(kumamoto,
					() -> jdbc.sql("SELECT corporate_number FROM company WHERE name = '株式会社熊本精機'")
						.query(String.class)
						.single()));
		assertThat(names(number.substring(0, 6))).contains("株式会社熊本精機");
		assertThat(names("１" + "２３")).isEmpty(); // three digits are a name fragment, not
													// a number prefix
		String fullWidth = number.substring(0, 8)
			.chars()
			.mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
			.reduce("", String::concat);
		assertThat(names(fullWidth)).contains("株式会社熊本精機");
	}

	@Test
	void filtersCombineWithTheQuery() {
		long id = CompanyMother.company("株式会社フィルタ確認精機")
			.in("43202")
			.employees(12)
			.mainBank("肥後銀行")
			.registerIn(kumamoto, register);
		assertThat(ids(new CompanySearch.Criteria("フィルタ確認", "43202", "E", SizeBand.FROM_6_TO_20, true, "肥後", null)))
			.containsExactly(id);
		assertThat(ids(new CompanySearch.Criteria("フィルタ確認", "43100", null, null, null, null, null))).isEmpty();
		assertThat(ids(new CompanySearch.Criteria("フィルタ確認", null, null, SizeBand.UP_TO_5, null, null, null))).isEmpty();
		assertThat(ids(new CompanySearch.Criteria("フィルタ確認", null, null, null, null, "熊本銀行", null))).isEmpty();
	}

	@Test
	void closedCompaniesAppearOnlyWhenAskedFor() {
		long id = CompanyMother.company("閉鎖確認工業株式会社").closed().registerIn(kumamoto, register);
		assertThat(ids("閉鎖確認")).doesNotContain(id);
		assertThat(ids(new CompanySearch.Criteria("閉鎖確認", null, null, null, null, null, CompanySearch.Status.CLOSED)))
			.containsExactly(id);
		assertThat(ids(new CompanySearch.Criteria("閉鎖確認", null, null, null, null, null, CompanySearch.Status.ALL)))
			.containsExactly(id);
	}

	@Test
	void likeWildcardsInTheQueryAreNotWildcards() {
		assertThat(ids("熊本精機")).isNotEmpty();
		assertThat(ids("熊%機")).isEmpty();
		assertThat(ids("熊_精機")).isEmpty();
		assertThat(CompanyQuery.escapeLike("a%b_c\\d")).isEqualTo("a\\%b\\_c\\\\d");
	}

	@Test
	void listsAreSortedByKanaAndPaged() {
		var first = HubScope.callAs(kumamoto, () -> search.search(CompanySearch.Criteria.query(null), 0, 20));
		var second = HubScope.callAs(kumamoto, () -> search.search(CompanySearch.Criteria.query(null), 1, 20));
		assertThat(first.rows()).hasSize(20);
		assertThat(first.total()).isGreaterThan(200);
		assertThat(first.rows().stream().map(CompanyRow::nameKana).toList()).isSorted();
		assertThat(first.rows().getLast().nameKana()).isLessThanOrEqualTo(second.rows().getFirst().nameKana());
	}

	@Test
	void thePageWorksWithoutJavaScriptAndHtmxGetsOnlyTheRows() throws Exception {
		mvc.perform(get("/companies").param("q", "くまもと").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(view().name("companies/list"))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("株式会社熊本精機")))
			.andExpect(content().string(containsString("keyup changed delay:300ms")));
		mvc.perform(get("/companies").param("q", "ｸﾏﾓﾄ")
			.header("HX-Request", "true")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(view().name("companies/list :: rows"))
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("株式会社熊本精機")));
	}

	@Test
	void aCappedSearchSortsItsPagesLikeAFullSort() {
		var capped = new CompanySearch(jdbc, new DirectorySettings(15, 60));
		var cappedNoBudget = new CompanySearch(jdbc, new DirectorySettings(15, 0));
		var exact = new CompanySearch(jdbc, new DirectorySettings(100_000, 0));
		for (String q : List.of("株式会社", "精機", "くまもと", "ｸﾏﾓﾄ", "熊", "サービス", "ア")) {
			for (int page = 0; page < 3; page++) {
				int p = page;
				var expected = HubScope.callAs(kumamoto, () -> exact.search(CompanySearch.Criteria.query(q), p, 5));
				var viaBudget = HubScope.callAs(kumamoto, () -> capped.search(CompanySearch.Criteria.query(q), p, 5));
				var viaSort = HubScope.callAs(kumamoto,
						() -> cappedNoBudget.search(CompanySearch.Criteria.query(q), p, 5));
				assertThat(viaBudget.rows()).as(q + " page " + p).isEqualTo(expected.rows());
				assertThat(viaSort.rows()).as(q + " page " + p).isEqualTo(expected.rows());
				assertThat(viaBudget.capped()).isEqualTo(expected.total() > 15);
			}
		}
	}

	private List<Long> ids(String q) {
		return ids(CompanySearch.Criteria.query(q));
	}

	private List<Long> ids(CompanySearch.Criteria criteria) {
		return HubScope.callAs(kumamoto, () -> search.search(criteria, 0, 100))
			.rows()
			.stream()
			.map(CompanyRow::id)
			.toList();
	}

	private List<String> names(String q) {
		return HubScope.callAs(kumamoto, () -> search.search(CompanySearch.Criteria.query(q), 0, 100))
			.rows()
			.stream()
			.map(CompanyRow::name)
			.toList();
	}

}
