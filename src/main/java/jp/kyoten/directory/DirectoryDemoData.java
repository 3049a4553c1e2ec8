package jp.kyoten.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.demo.DemoSeed;

/**
 * Demo companies for a demo hub: realistic names with kana in the hub's prefecture (熊本 or
 * 福岡), valid corporate numbers, real municipality codes, industries, sizes across all
 * bands, main banks, some closed, a few contacts each. Deterministic (a seeded Random),
 * so tests may rely on it; the first companies of each hub are fixed.
 */
@Component
@org.springframework.core.annotation.Order(10)
class DirectoryDemoData implements DemoSeed {

	record Place(String code, String name, String postalPrefix) {
	}

	record Word(String kanji, String kana, String industry) {
	}

	record Named(String name, String kana, LegalForm form, String industry, String municipalityCode) {
	}

	private static final List<Place> KUMAMOTO = List.of(new Place("43100", "熊本市", "86"),
			new Place("43202", "八代市", "866"), new Place("43203", "人吉市", "868"), new Place("43204", "荒尾市", "864"),
			new Place("43205", "水俣市", "867"), new Place("43206", "玉名市", "865"), new Place("43208", "山鹿市", "861"),
			new Place("43210", "菊池市", "861"), new Place("43211", "宇土市", "869"), new Place("43213", "宇城市", "869"),
			new Place("43214", "阿蘇市", "869"), new Place("43215", "天草市", "863"), new Place("43216", "合志市", "861"),
			new Place("43404", "菊陽町", "869"), new Place("43443", "益城町", "861"));

	private static final List<Place> FUKUOKA = List.of(new Place("40130", "福岡市", "81"),
			new Place("40100", "北九州市", "80"), new Place("40202", "大牟田市", "836"), new Place("40203", "久留米市", "83"),
			new Place("40204", "直方市", "822"), new Place("40205", "飯塚市", "820"), new Place("40207", "柳川市", "832"),
			new Place("40210", "八女市", "834"), new Place("40217", "筑紫野市", "818"), new Place("40219", "大野城市", "816"),
			new Place("40220", "宗像市", "811"), new Place("40230", "糸島市", "819"));

	private static final List<Word> KUMAMOTO_NAMES = List.of(new Word("熊本", "クマモト", null),
			new Word("くまもと", "クマモト", null), new Word("肥後", "ヒゴ", null), new Word("阿蘇", "アソ", null),
			new Word("天草", "アマクサ", null), new Word("八代", "ヤツシロ", null), new Word("人吉", "ヒトヨシ", null),
			new Word("菊池", "キクチ", null), new Word("球磨", "クマ", null), new Word("火の国", "ヒノクニ", null),
			new Word("有明", "アリアケ", null), new Word("不知火", "シラヌイ", null), new Word("白川", "シラカワ", null));

	private static final List<Word> FUKUOKA_NAMES = List.of(new Word("福岡", "フクオカ", null), new Word("博多", "ハカタ", null),
			new Word("筑紫", "ツクシ", null), new Word("久留米", "クルメ", null), new Word("北九州", "キタキュウシュウ", null),
			new Word("筑後", "チクゴ", null), new Word("玄海", "ゲンカイ", null), new Word("八女", "ヤメ", null),
			new Word("宗像", "ムナカタ", null), new Word("糸島", "イトシマ", null), new Word("天神", "テンジン", null),
			new Word("那珂川", "ナカガワ", null));

	private static final List<Word> SURNAMES = List.of(new Word("田中", "タナカ", null), new Word("山本", "ヤマモト", null),
			new Word("中村", "ナカムラ", null), new Word("松本", "マツモト", null), new Word("井上", "イノウエ", null),
			new Word("緒方", "オガタ", null), new Word("坂本", "サカモト", null), new Word("村上", "ムラカミ", null),
			new Word("西田", "ニシダ", null), new Word("古賀", "コガ", null), new Word("吉田", "ヨシダ", null),
			new Word("園田", "ソノダ", null), new Word("宮崎", "ミヤザキ", null), new Word("上村", "ウエムラ", null));

	private static final List<Word> GIVEN = List.of(new Word("一郎", "イチロウ", null), new Word("花子", "ハナコ", null),
			new Word("健太", "ケンタ", null), new Word("美咲", "ミサキ", null), new Word("翔", "ショウ", null),
			new Word("陽子", "ヨウコ", null), new Word("大輔", "ダイスケ", null), new Word("由美", "ユミ", null),
			new Word("誠", "マコト", null), new Word("恵", "メグミ", null));

	private static final List<Word> BUSINESSES = List.of(new Word("精機", "セイキ", "E"), new Word("工業", "コウギョウ", "E"),
			new Word("製作所", "セイサクショ", "E"), new Word("電機", "デンキ", "E"), new Word("食品", "ショクヒン", "E"),
			new Word("酒造", "シュゾウ", "E"), new Word("製菓", "セイカ", "E"), new Word("建設", "ケンセツ", "D"),
			new Word("設備工業", "セツビコウギョウ", "D"), new Word("運輸", "ウンユ", "H"), new Word("物流", "ブツリュウ", "H"),
			new Word("商事", "ショウジ", "I"), new Word("産業", "サンギョウ", "I"), new Word("ファーム", "ファーム", "A"),
			new Word("農園", "ノウエン", "A"), new Word("水産", "スイサン", "B"), new Word("テック", "テック", "G"),
			new Word("ソフトウェア", "ソフトウェア", "G"), new Word("システムズ", "システムズ", "G"), new Word("観光", "カンコウ", "M"),
			new Word("ホテル", "ホテル", "M"), new Word("不動産", "フドウサン", "K"), new Word("設計", "セッケイ", "L"),
			new Word("技研", "ギケン", "L"), new Word("介護サービス", "カイゴサービス", "P"), new Word("エネルギー", "エネルギー", "F"),
			new Word("印刷", "インサツ", "E"), new Word("クリーニング", "クリーニング", "N"));

	private static final List<String> KUMAMOTO_BANKS = List.of("肥後銀行", "熊本銀行", "熊本信用金庫", "熊本第一信用金庫", "日本政策金融公庫",
			"商工組合中央金庫");

	private static final List<String> FUKUOKA_BANKS = List.of("福岡銀行", "西日本シティ銀行", "北九州銀行", "福岡信用金庫", "日本政策金融公庫",
			"商工組合中央金庫");

	private static final int[][] BANDS = { { 1, 5 }, { 6, 20 }, { 21, 50 }, { 51, 100 }, { 101, 300 }, { 301, 1000 },
			{ 1001, 3500 } };

	private static final String[] DEPARTMENTS = { "総務部", "人事部", "経営企画室", "営業部", "製造部", null };

	private static final String[] TITLES = { "代表取締役", "部長", "課長", "係長", "主任", null };

	private final Companies companies;

	private final JdbcClient jdbc;

	DirectoryDemoData(Companies companies, JdbcClient jdbc) {
		this.companies = companies;
		this.jdbc = jdbc;
	}

	/**
	 * A national-level hub's 40 companies ("熊本県デモ企業1" …), in one statement: the demo's
	 * bulk path of ADR 249, as the bulk registration of ADR 211.
	 */
	@Override
	public void seedCompact(long hubId, String prefectureCode, LocalDate from, LocalDate today) {
		// bulk path of ADR 211 (ADR 249): the national demo hubs' rows, written once at
		// the
		// first start, no entity per row; nothing else writes them then
		jdbc.sql("""
				INSERT INTO company (hub_id, name, industry, employees, prefecture_code, sme, name_key, search_text,
				                     search_grams)
				SELECT :hub, n, substr('DEEEFGHIKLMNOPR', 1 + i % 15, 1), 5 + (i * 37) % 400, :pref, true, n, n, '{}'
				  FROM generate_series(1, 40) AS i, LATERAL (SELECT :prefName || 'デモ企業' || i AS n) AS name""")
			.param("hub", hubId)
			.param("pref", prefectureCode)
			.param("prefName", Prefectures.name(prefectureCode))
			.update();
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		companies.registerAll(generate(prefectureCode, count));
	}

	/** The demo companies of a prefecture; the same every time for the same arguments. */
	static List<NewCompany> generate(String prefectureCode, int count) {
		Random random = new Random(31L * prefectureCode.hashCode() + count);
		boolean fukuoka = "40".equals(prefectureCode);
		List<Place> places = fukuoka ? FUKUOKA : "43".equals(prefectureCode) ? KUMAMOTO : List.of();
		List<Word> local = fukuoka ? FUKUOKA_NAMES : KUMAMOTO_NAMES;
		List<String> banks = fukuoka ? FUKUOKA_BANKS : KUMAMOTO_BANKS;
		Set<String> names = new HashSet<>();
		Set<String> numbers = new HashSet<>();
		List<NewCompany> result = new ArrayList<>(count);
		List<Named> fixed = fukuoka
				? List.of(new Named("株式会社博多精工", "ハカタセイコウ", LegalForm.KABUSHIKI_KAISHA, "E", "40130"),
						new Named("有限会社糸島ファーム", "イトシマファーム", LegalForm.YUGEN_KAISHA, "A", "40230"),
						new Named("合同会社チクゴテック", "チクゴテック", LegalForm.GODO_KAISHA, "G", "40203"))
				: List.of(new Named("株式会社熊本精機", "クマモトセイキ", LegalForm.KABUSHIKI_KAISHA, "E", "43100"),
						new Named("有限会社阿蘇ファーム", "アソファーム", LegalForm.YUGEN_KAISHA, "A", "43214"),
						new Named("合同会社ヒゴテック", "ヒゴテック", LegalForm.GODO_KAISHA, "G", "43100"),
						new Named("くまもと観光株式会社", "クマモトカンコウ", LegalForm.KABUSHIKI_KAISHA, "M", "43100"),
						new Named("熊本運輸(株)", "クマモトウンユ", LegalForm.KABUSHIKI_KAISHA, "H", "43202"));
		for (int i = 0; i < count; i++) {
			Named named = i < fixed.size() ? fixed.get(i) : name(random, local, names);
			names.add(named.name());
			Place place = places.isEmpty() ? null
					: named.municipalityCode() != null ? places.stream()
						.filter(p -> p.code().equals(named.municipalityCode()))
						.findFirst()
						.orElse(places.getFirst()) : places.get(random.nextInt(places.size()));
			String industry = named.industry() != null ? named.industry()
					: String.valueOf((char) ('A' + random.nextInt(20)));
			Integer employees = random.nextInt(100) < 8 ? null : employees(random);
			String corporateNumber = named.form() == LegalForm.SOLE_PROPRIETOR ? null : number(random, numbers);
			boolean closed = i >= fixed.size() && random.nextInt(100) < 6;
			Word rep = SURNAMES.get(random.nextInt(SURNAMES.size()));
			Word given = GIVEN.get(random.nextInt(GIVEN.size()));
			CompanyData data = new CompanyData(corporateNumber, named.name(), named.kana(), named.form(),
					place == null ? null : postalCode(random, place), prefectureCode,
					place == null ? null : place.code(),
					place == null ? null : Prefectures.name(prefectureCode) + place.name() + address(random), industry,
					employees, capital(random, named.form()), rep.kanji() + " " + given.kanji(),
					banks.get(random.nextInt(banks.size())),
					place == null ? null
							: "0%d-%03d-%04d".formatted(90 + random.nextInt(9), random.nextInt(1000),
									random.nextInt(10000)),
					random.nextInt(4) == 0 ? "https://www.example.jp/c" + (i + 1) : null,
					employees == null || employees <= 300, employees != null && employees <= 20,
					random.nextInt(100) < 5, employees != null && employees > 50 && random.nextInt(100) < 10,
					employees != null && employees > 20 && random.nextInt(100) < 8, closed,
					closed ? LocalDate.of(2023, 4, 1).plusDays(random.nextInt(900)) : null, null);
			result.add(new NewCompany(data, contacts(random, 1 + random.nextInt(3), i)));
		}
		return result;
	}

	private static Named name(Random random, List<Word> local, Set<String> taken) {
		while (true) {
			Word first = random.nextInt(100) < 45 ? local.get(random.nextInt(local.size()))
					: SURNAMES.get(random.nextInt(SURNAMES.size()));
			Word business = BUSINESSES.get(random.nextInt(BUSINESSES.size()));
			String base = first.kanji() + business.kanji();
			String kana = first.kana() + business.kana();
			int form = random.nextInt(100);
			Named named;
			if (form < 40) {
				named = new Named("株式会社" + base, kana, LegalForm.KABUSHIKI_KAISHA, business.industry(), null);
			}
			else if (form < 65) {
				named = new Named(base + "株式会社", kana, LegalForm.KABUSHIKI_KAISHA, business.industry(), null);
			}
			else if (form < 80) {
				named = new Named("有限会社" + base, kana, LegalForm.YUGEN_KAISHA, business.industry(), null);
			}
			else if (form < 88) {
				named = new Named("合同会社" + base, kana, LegalForm.GODO_KAISHA, business.industry(), null);
			}
			else if (form < 93) {
				named = new Named(base + "(株)", kana, LegalForm.KABUSHIKI_KAISHA, business.industry(), null);
			}
			else if (form < 96) {
				named = new Named(base + "協同組合", kana, LegalForm.COOPERATIVE, business.industry(), null);
			}
			else {
				named = new Named(first.kanji() + business.kanji(), kana, LegalForm.SOLE_PROPRIETOR,
						business.industry(), null);
			}
			if (!taken.contains(named.name()) && taken.stream().noneMatch(t -> t.contains(base))) {
				return named;
			}
			if (taken.size() > 300) {
				// many names taken: vary with a second business word
				Word extra = BUSINESSES.get(random.nextInt(BUSINESSES.size()));
				String longer = base + extra.kanji();
				if (taken.stream().noneMatch(t -> t.contains(longer))) {
					return new Named("株式会社" + longer, kana + extra.kana(), LegalForm.KABUSHIKI_KAISHA,
							business.industry(), null);
				}
			}
		}
	}

	/** Weighted like a prefecture's companies: many small ones, a few large. */
	private static Integer employees(Random random) {
		int r = random.nextInt(100);
		int[] band = BANDS[r < 25 ? 0 : r < 50 ? 1 : r < 68 ? 2 : r < 80 ? 3 : r < 90 ? 4 : r < 96 ? 5 : 6];
		return band[0] + random.nextInt(band[1] - band[0] + 1);
	}

	private static Long capital(Random random, LegalForm form) {
		if (form == LegalForm.SOLE_PROPRIETOR || form == LegalForm.COOPERATIVE) {
			return null;
		}
		return 1_000_000L * (1 + random.nextInt(100));
	}

	private static String number(Random random, Set<String> taken) {
		while (true) {
			String base = "%012d".formatted((long) (random.nextDouble() * 1_000_000_000_000L));
			String number = CorporateNumber.of(base);
			if (taken.add(number)) {
				return number;
			}
		}
	}

	private static String postalCode(Random random, Place place) {
		StringBuilder digits = new StringBuilder(place.postalPrefix());
		while (digits.length() < 7) {
			digits.append(random.nextInt(10));
		}
		return digits.substring(0, 3) + "-" + digits.substring(3);
	}

	private static String address(Random random) {
		String[] towns = { "中央町", "本町", "新町", "栄町", "緑町", "港町", "旭町", "桜町" };
		return towns[random.nextInt(towns.length)] + (1 + random.nextInt(5)) + "丁目" + (1 + random.nextInt(20)) + "-"
				+ (1 + random.nextInt(30));
	}

	private static List<ContactPerson> contacts(Random random, int n, int company) {
		List<ContactPerson> contacts = new ArrayList<>(n);
		for (int j = 0; j < n; j++) {
			Word surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
			Word given = GIVEN.get(random.nextInt(GIVEN.size()));
			contacts.add(new ContactPerson(surname.kanji() + " " + given.kanji(), surname.kana() + " " + given.kana(),
					DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], TITLES[random.nextInt(TITLES.length)],
					"contact" + (company + 1) + "-" + (j + 1) + "@example.jp",
					"0%d-%03d-%04d".formatted(90 + random.nextInt(9), random.nextInt(1000), random.nextInt(10000)),
					null));
		}
		return contacts;
	}

}
