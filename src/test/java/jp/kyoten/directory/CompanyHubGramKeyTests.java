package jp.kyoten.directory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's key among a company's gram keys (V271, docs/adr/250): whoever writes the row,
 * it is there exactly once, it is no gram's key, and a name search that asks for it finds
 * what the grams alone find.
 */
@KyotenSpringTest
class CompanyHubGramKeyTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegisterCompany register;

	@Autowired
	EditCompany edit;

	@Autowired
	CompanySearch search;

	@Test
	void aRegisteredAndThenEditedCompanyCarriesItsHubsKeyOnce() {
		long fukuoka = CompanyMother.hubId(jdbc, "fukuoka");
		long id = CompanyMother.company("株式会社博多鍵穴精工").kana("ハカタカギアナセイコウ").registerIn(fukuoka, register);
		assertThat(hubKeysOf(fukuoka, id)).containsExactly(hubKey(fukuoka));

		HubScope.runAs(fukuoka,
				() -> edit.edit(id, null, CompanyMother.company("株式会社博多鍵穴精密").kana("ハカタカギアナセイミツ").build()));
		assertThat(hubKeysOf(fukuoka, id)).containsExactly(hubKey(fukuoka));
		assertThat(HubScope.callAs(fukuoka, () -> search.search(CompanySearch.Criteria.query("鍵穴精密"), 0, 20)).rows())
			.extracting(CompanyRow::id)
			.containsExactly(id);
		assertThat(HubScope.callAs(fukuoka, () -> search.search(CompanySearch.Criteria.query("鍵穴精工"), 0, 20)).rows())
			.isEmpty();
	}

	@Test
	void everyCompanyOfTheDemoHubCarriesItsOwnHubsKeyAndNoGramHasOne() {
		long kumamoto = CompanyMother.hubId(jdbc, "kumamoto");
		List<long[]> wrong = HubScope.callAs(kumamoto,
				() -> jdbc.sql("""
						SELECT id, hub_id FROM company
						 WHERE cardinality(array_positions(search_grams, kyoten_hub_gram_key(hub_id))) <> 1""")
					.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
					.list());
		assertThat(wrong).isEmpty();
		List<String[]> names = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT name, coalesce(name_kana, '') FROM company")
					.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
					.list());
		assertThat(names).hasSizeGreaterThan(100);
		for (String[] name : names) {
			for (int code : JapaneseText.searchCodes(name[0], name[1])) {
				assertThat(code >>> 16).as("a gram key of %s in the hubs' range", name[0]).isNotEqualTo(1);
			}
		}
	}

	private List<Integer> hubKeysOf(long hub, long id) {
		return HubScope.callAs(hub,
				() -> jdbc.sql("""
						SELECT k FROM company, unnest(search_grams) k WHERE id = ? AND k >> 16 = 1""")
					.param(id)
					.query(Integer.class)
					.list());
	}

	private int hubKey(long hub) {
		return jdbc.sql("SELECT kyoten_hub_gram_key(?)").param(hub).query(Integer.class).single();
	}

}
