package jp.kyoten.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name search's index changed from text grams to their int4 keys (V210,
 * docs/adr/200): it must find exactly the companies the text grams found, for every shape
 * of query staff type. The old index is rebuilt here, beside the new one, over a
 * generated corpus of a few thousand names plus the awkward ones (half-width kana,
 * full-width Latin, legal forms in every notation, characters beyond the Basic
 * Multilingual Plane), and every query runs through both.
 */
@KyotenSpringTest
class CompanySearchGramCodesTests {

	@Autowired
	Hubs hubs;

	@Autowired
	CompanyBulkInsert bulk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	long hubId;

	List<CompanyData> corpus = new ArrayList<>();

	@BeforeEach
	void corpus() {
		hubId = tx
			.execute(s -> hubs.bySlug("gram-codes")
				.orElseGet(() -> hubs.create("gram-codes", "グラム検査拠点", HubKind.PRO_TALENT, "43")))
			.getId();
		Random random = new Random(20261207L);
		for (int i = 0; i < 4_000; i++) {
			corpus.add(BenchCompanies.company(random, 900_000 + i));
		}
		String[][] awkward = { { "ｸﾏﾓﾄｾｲｷ株式会社", "ｸﾏﾓﾄｾｲｷ" }, { "ＫＹＯＴＥＮ　ＳＯＦＴ株式会社", "キョウテンソフト" },
				{ "Kyoten Co., Ltd.", "キョウテン" }, { "㈱ヒゴテック", "ヒゴテック" }, { "(有)阿蘇ファーム", "アソファーム" },
				{ "合同会社𠮷野商店", "ヨシノショウテン" }, { "株式会社𩸽水産", "ホッケスイサン" }, { "𠮷𠮷食堂", "ヨシヨシショクドウ" },
				{ "髙橋鉄工所", "タカハシテッコウショ" }, { "高橋鉄工所", "タカハシテッコウショ" }, { "一般社団法人くまもと未来", "クマモトミライ" },
				{ "特定非営利活動法人 熊本・ささえ愛", "クマモトササエアイ" }, { "医療法人社団 緑風会", "リョクフウカイ" }, { "カブシキガイシャ　アソ", "カブシキガイシャアソ" },
				{ "熊", "クマ" }, { "ア", "ア" }, { "3Dプリント工房", "スリーディープリントコウボウ" }, { "ＡＢＣ商事", "エービーシーショウジ" },
				{ "株式会社ゔぁいおりん", "ヴァイオリン" }, { "ヶ丘開発", "ガオカカイハツ" } };
		for (int i = 0; i < awkward.length; i++) {
			corpus.add(new CompanyData(CorporateNumber.of("%012d".formatted(777_000_000L + i)), awkward[i][0],
					awkward[i][1], LegalForm.KABUSHIKI_KAISHA, null, "43", "43100", null, "E", 5, null, null, null,
					null, null, true, true, false, false, false, i % 7 == 0,
					i % 7 == 0 ? LocalDate.of(2025, 4, 1) : null, null));
		}
		long present = HubScope.callAs(hubId,
				() -> jdbc.sql("SELECT count(*) FROM company").query(Long.class).single());
		if (present == 0) {
			HubScope.runAs(hubId, () -> tx.executeWithoutResult(
					s -> bulk.insert(corpus.stream().map(d -> new NewCompany(d, List.of())).toList())));
		}
	}

	@Test
	void theInt4KeysFindExactlyWhatTheTextGramsFoundForEveryShapeOfQuery() {
		List<String> queries = queries();
		var exact = new CompanySearch(jdbc, new DirectorySettings(100_000, 0));
		HubScope.runAs(hubId, () -> tx.executeWithoutResult(s -> {
			// the old index, as V10 built it: text grams computed by the same
			// normalisation, under GIN
			jdbc.sql("CREATE TEMP TABLE old_company_search (id bigint, corporate_number text, search_text text, "
					+ "search_grams text[]) ON COMMIT DROP")
				.update();
			for (CompanyRow row : exact.search(all(null), 0, 100_000).rows()) {
				jdbc.sql("INSERT INTO old_company_search VALUES (?, ?, ?, ?)")
					.params(row.id(), row.corporateNumber(), JapaneseText.searchText(row.name(), row.nameKana()),
							JapaneseText.searchGrams(row.name(), row.nameKana()).toArray(String[]::new))
					.update();
			}
			jdbc.sql("CREATE INDEX ON old_company_search USING gin (search_grams)").update();
			jdbc.sql("ANALYZE old_company_search").update();
			// both sides answer through their GIN index, not by a scan that would let
			// LIKE alone decide
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			int broad = 0;
			for (String q : queries) {
				Set<Long> found = ids(exact.search(all(q), 0, 100_000).rows());
				Set<Long> expected = oldSearch(q);
				assertThat(found).as("companies found for 「%s」", q).isEqualTo(expected);
				broad += found.size() > 100 ? 1 : 0;
			}
			assertThat(broad).as("broad queries among them").isGreaterThan(10);
		}));
	}

	@Test
	void theMigrationComputesTheSameKeysAsJava() {
		// V210 turned the existing rows' text grams into keys in SQL; every later save
		// computes them in Java
		for (CompanyData d : corpus) {
			String[] grams = JapaneseText.searchGrams(d.name(), d.nameKana()).toArray(String[]::new);
			Integer[] sql = jdbc.sql("SELECT kyoten_gram_codes(?::text[])")
				.param(grams)
				.query((rs, n) -> (Integer[]) rs.getArray(1).getArray())
				.single();
			assertThat(new TreeSet<>(List.of(sql))).as(d.name())
				.isEqualTo(new TreeSet<>(
						java.util.Arrays.stream(JapaneseText.searchCodes(d.name(), d.nameKana())).boxed().toList()));
		}
	}

	@Test
	void keysOfTheBasicMultilingualPlaneNeverCollide() {
		// every 1-gram and 2-gram of the corpus: one key per gram, no key for two grams
		Set<String> grams = new LinkedHashSet<>();
		corpus.stream()
			.filter(d -> (d.name() + d.nameKana()).codePoints().allMatch(cp -> cp <= 0xFFFF))
			.forEach(d -> grams.addAll(JapaneseText.searchGrams(d.name(), d.nameKana())));
		assertThat(grams.stream().map(JapaneseText::gramCode).distinct().count()).isEqualTo(grams.size());
		assertThat(JapaneseText.gramCode("熊")).isEqualTo(0x718A);
		assertThat(JapaneseText.gramCode("熊本")).isEqualTo(0x718A << 16 | 0x672C);
	}

	/** The statement V10's index answered: all the query's text grams, then LIKE. */
	private Set<Long> oldSearch(String q) {
		if (JapaneseText.isDigits(q) && JapaneseText.digitsOf(q).length() >= 4) {
			return new TreeSet<>(jdbc.sql("SELECT id FROM old_company_search WHERE corporate_number LIKE ?")
				.param(JapaneseText.digitsOf(q) + "%")
				.query(Long.class)
				.list());
		}
		String normalized = JapaneseText.normalize(q);
		if (normalized.isEmpty()) {
			return new TreeSet<>(jdbc.sql("SELECT id FROM old_company_search").query(Long.class).list());
		}
		return new TreeSet<>(jdbc
			.sql("SELECT id FROM old_company_search WHERE search_grams @> ?::text[] AND search_text LIKE ? ESCAPE '\\'")
			.params(JapaneseText.queryGrams(normalized).toArray(String[]::new),
					"%" + CompanyQuery.escapeLike(normalized) + "%")
			.query(Long.class)
			.list());
	}

	/**
	 * Every shape of query: kana in hiragana, katakana and half-width; full-width Latin;
	 * legal forms before and after, spelt out, bracketed, enclosed and in kana; fragments
	 * of one to four characters cut from the corpus's names and readings; characters
	 * beyond the BMP; corporate-number prefixes of 4, 7 and 13 digits, full-width too; a
	 * miss.
	 */
	private List<String> queries() {
		List<String> queries = new ArrayList<>(List.of("くまもと", "ｸﾏﾓﾄ", "クマモト", "ｸﾏﾓﾄｾｲｷ", "セイキ", "ｾｲｷ", "ｱｿ", "あそふぁーむ",
				"熊本", "熊", "阿蘇", "精機", "熊本精機", "本精", "製作所", "株式会社熊本精機", "熊本精機株式会社", "(株)阿蘇ファーム", "㈱ヒゴテック", "（有）阿蘇ファーム",
				"カブシキガイシャアソ", "ｶﾌﾞｼｷｶﾞｲｼｬ ｱｿ", "kyoten", "ＫＹＯＴＥＮ", "Kyoten Co., Ltd.", "abc", "3d", "𠮷", "𠮷野", "𩸽",
				"髙橋", "高橋", "ヴァイ", "ゔぁい", "ヶ丘", "ー", "ア", "セ", "塾", "ささえ愛", "熊本・ささえ", "存在しない会社名", "777000000", "７７７０",
				"1234"));
		Random random = new Random(7L);
		for (int i = 0; i < 150; i++) {
			CompanyData d = corpus.get(random.nextInt(corpus.size()));
			String source = random.nextBoolean() ? JapaneseText.normalize(d.name())
					: JapaneseText.normalize(d.nameKana());
			int[] cps = source.codePoints().toArray();
			if (cps.length == 0) {
				continue;
			}
			int length = 1 + random.nextInt(Math.min(4, cps.length));
			int from = random.nextInt(cps.length - length + 1);
			String fragment = new String(cps, from, length);
			queries.add(i % 3 == 0 ? hiragana(fragment) : fragment);
			if (i % 10 == 0) {
				queries.add(d.name());
			}
		}
		for (int i = 0; i < 10; i++) {
			CompanyData d = corpus.get(random.nextInt(corpus.size()));
			if (d.corporateNumber() != null) {
				queries.add(d.corporateNumber().substring(0, 4 + 3 * (i % 3)));
				queries.add(d.corporateNumber());
			}
		}
		return queries;
	}

	/** Closed companies too: the index serves both. */
	private static CompanySearch.Criteria all(String q) {
		return new CompanySearch.Criteria(q, null, null, null, null, null, CompanySearch.Status.ALL);
	}

	private static String hiragana(String katakana) {
		StringBuilder sb = new StringBuilder();
		katakana.codePoints().forEach(cp -> sb.appendCodePoint(cp >= 0x30A1 && cp <= 0x30F6 ? cp - 0x60 : cp));
		return sb.toString();
	}

	private static Set<Long> ids(List<CompanyRow> rows) {
		Set<Long> ids = new TreeSet<>();
		rows.forEach(r -> ids.add(r.id()));
		return ids;
	}

}
