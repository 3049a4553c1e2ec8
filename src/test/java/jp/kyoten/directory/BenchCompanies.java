package jp.kyoten.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Generated companies for the search benchmark: a large prefecture's worth of names built
 * from place names, surnames, katakana coinages and business words, with kana, legal
 * forms before or after the name, valid corporate numbers and a municipality distribution
 * where the prefectural capital dominates.
 */
final class BenchCompanies {

	record Word(String kanji, String kana, String industry) {
	}

	private static final List<Word> PLACES = words("熊本:クマモト 阿蘇:アソ 肥後:ヒゴ 天草:アマクサ 八代:ヤツシロ 人吉:ヒトヨシ 菊池:キクチ "
			+ "球磨:クマ 玉名:タマナ 山鹿:ヤマガ 宇城:ウキ 宇土:ウト 荒尾:アラオ 水俣:ミナマタ 合志:コウシ 火の国:ヒノクニ 有明:アリアケ "
			+ "不知火:シラヌイ 白川:シラカワ 九州:キュウシュウ 西日本:ニシニホン 日本:ニホン 中央:チュウオウ 南:ミナミ 東:ヒガシ "
			+ "新:シン 第一:ダイイチ 共栄:キョウエイ 協和:キョウワ 三和:サンワ 大和:ヤマト 丸:マル 朝日:アサヒ 太陽:タイヨウ "
			+ "昭和:ショウワ 平成:ヘイセイ 大同:ダイドウ 東洋:トウヨウ 三協:サンキョウ 富士:フジ");

	private static final List<Word> SURNAMES = words("田中:タナカ 山本:ヤマモト 中村:ナカムラ 松本:マツモト 井上:イノウエ 緒方:オガタ "
			+ "坂本:サカモト 村上:ムラカミ 西田:ニシダ 古賀:コガ 吉田:ヨシダ 園田:ソノダ 宮崎:ミヤザキ 上村:ウエムラ 佐藤:サトウ "
			+ "鈴木:スズキ 高橋:タカハシ 渡辺:ワタナベ 伊藤:イトウ 山田:ヤマダ 小林:コバヤシ 加藤:カトウ 山口:ヤマグチ 松田:マツダ "
			+ "前田:マエダ 藤田:フジタ 岡田:オカダ 後藤:ゴトウ 長谷川:ハセガワ 石井:イシイ 森:モリ 池田:イケダ 橋本:ハシモト "
			+ "山下:ヤマシタ 石川:イシカワ 中島:ナカシマ 小川:オガワ 岩下:イワシタ 永田:ナガタ 本田:ホンダ 福田:フクダ 太田:オオタ "
			+ "野口:ノグチ 松尾:マツオ 原田:ハラダ 竹下:タケシタ 木村:キムラ 林:ハヤシ 清水:シミズ 荒木:アラキ");

	private static final List<String> MORAE = List.of("ア", "イ", "ウ", "エ", "オ", "カ", "キ", "ク", "ケ", "コ", "サ", "シ", "ス",
			"セ", "ソ", "タ", "チ", "ツ", "テ", "ト", "ナ", "ニ", "ノ", "ハ", "ヒ", "フ", "ホ", "マ", "ミ", "ム", "メ", "モ", "ヤ", "ユ",
			"ヨ", "ラ", "リ", "ル", "レ", "ロ", "ワ", "ン", "ガ", "ギ", "グ", "ゴ", "ザ", "ジ", "ズ", "ダ", "デ", "ド", "バ", "ビ", "ブ",
			"ベ", "ボ", "パ", "ピ", "プ", "ペ", "ポ", "ー", "ッ");

	private static final List<Word> BUSINESSES = words("精機:セイキ:E 工業:コウギョウ:E 製作所:セイサクショ:E 電機:デンキ:E "
			+ "食品:ショクヒン:E 酒造:シュゾウ:E 製菓:セイカ:E 化学:カガク:E 印刷:インサツ:E 鉄工:テッコウ:E 木材:モクザイ:E "
			+ "電子:デンシ:E 製薬:セイヤク:E 建設:ケンセツ:D 設備:セツビ:D 工務店:コウムテン:D 土木:ドボク:D 電設:デンセツ:D "
			+ "運輸:ウンユ:H 物流:ブツリュウ:H 交通:コウツウ:H 運送:ウンソウ:H 商事:ショウジ:I 産業:サンギョウ:I 商店:ショウテン:I "
			+ "物産:ブッサン:I 販売:ハンバイ:I ファーム:ファーム:A 農園:ノウエン:A 牧場:ボクジョウ:A 水産:スイサン:B "
			+ "テック:テック:G ソフト:ソフト:G システム:システム:G 情報:ジョウホウ:G 通信:ツウシン:G 観光:カンコウ:M ホテル:ホテル:M "
			+ "旅館:リョカン:M 不動産:フドウサン:K 住宅:ジュウタク:K 設計:セッケイ:L 技研:ギケン:L 総研:ソウケン:L "
			+ "介護:カイゴ:P 福祉会:フクシカイ:P 医療:イリョウ:P エネルギー:エネルギー:F ガス:ガス:F 保険:ホケン:J "
			+ "サービス:サービス:R クリーニング:クリーニング:N 美容:ビヨウ:N 学院:ガクイン:O 塾:ジュク:O");

	private static final String[] MUNICIPALITIES = { "43100", "43100", "43100", "43100", "43100", "43100", "43202",
			"43202", "43203", "43204", "43205", "43206", "43208", "43210", "43211", "43212", "43213", "43214", "43215",
			"43215", "43216", "43403", "43404", "43404", "43443" };

	private static final String[] BANKS = { "肥後銀行", "肥後銀行", "肥後銀行", "熊本銀行", "熊本銀行", "熊本信用金庫", "熊本第一信用金庫", "日本政策金融公庫",
			"商工組合中央金庫", "鹿児島銀行", null };

	private BenchCompanies() {
	}

	static CompanyData company(Random random, int i) {
		Word first;
		int kind = random.nextInt(100);
		if (kind < 35) {
			first = PLACES.get(random.nextInt(PLACES.size()));
		}
		else if (kind < 75) {
			first = SURNAMES.get(random.nextInt(SURNAMES.size()));
		}
		else {
			StringBuilder kana = new StringBuilder(MORAE.get(random.nextInt(42)));
			int morae = 1 + random.nextInt(4);
			for (int m = 0; m < morae; m++) {
				kana.append(MORAE.get(random.nextInt(MORAE.size())));
			}
			first = new Word(kana.toString(), kana.toString(), null);
		}
		Word business = BUSINESSES.get(random.nextInt(BUSINESSES.size()));
		String name = first.kanji() + business.kanji();
		String kana = first.kana() + business.kana();
		if (random.nextInt(100) < 30) {
			Word second = BUSINESSES.get(random.nextInt(BUSINESSES.size()));
			name += second.kanji();
			kana += second.kana();
		}
		int form = random.nextInt(100);
		LegalForm legalForm = LegalForm.KABUSHIKI_KAISHA;
		if (form < 35) {
			name = "株式会社" + name;
		}
		else if (form < 60) {
			name = name + "株式会社";
		}
		else if (form < 65) {
			name = name + "(株)";
		}
		else if (form < 80) {
			name = "有限会社" + name;
			legalForm = LegalForm.YUGEN_KAISHA;
		}
		else if (form < 88) {
			name = "合同会社" + name;
			legalForm = LegalForm.GODO_KAISHA;
		}
		else if (form < 91) {
			name = name + "協同組合";
			legalForm = LegalForm.COOPERATIVE;
		}
		else {
			legalForm = LegalForm.SOLE_PROPRIETOR;
		}
		String municipality = MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)];
		Integer employees = random.nextInt(100) < 10 ? null : employees(random);
		boolean closed = random.nextInt(100) < 5;
		String number = legalForm == LegalForm.SOLE_PROPRIETOR ? null
				: CorporateNumber.of("%012d".formatted((i + 1L) * 7919L % 1_000_000_000_000L));
		String industry = business.industry() != null ? business.industry()
				: String.valueOf((char) ('A' + random.nextInt(20)));
		return new CompanyData(number, name, kana, legalForm,
				"86" + random.nextInt(10) + "-" + "%04d".formatted(random.nextInt(10000)), "43", municipality,
				"熊本県" + Municipalities.name(municipality) + "本町1-2-3", industry, employees,
				employees == null ? null : 1_000_000L * (1 + random.nextInt(300)), "代表 太郎",
				BANKS[random.nextInt(BANKS.length)], "096-000-0000", null, employees == null || employees <= 300,
				employees != null && employees <= 20, random.nextInt(100) < 3, false, false, closed,
				closed ? LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)) : null, null);
	}

	private static int employees(Random random) {
		int r = random.nextInt(100);
		int[][] bands = { { 1, 5 }, { 6, 20 }, { 21, 50 }, { 51, 100 }, { 101, 300 }, { 301, 1000 }, { 1001, 5000 } };
		int[] band = bands[r < 40 ? 0 : r < 68 ? 1 : r < 82 ? 2 : r < 90 ? 3 : r < 96 ? 4 : r < 99 ? 5 : 6];
		return band[0] + random.nextInt(band[1] - band[0] + 1);
	}

	private static List<Word> words(String spec) {
		return java.util.Arrays.stream(spec.trim().split("\\s+")).map(w -> {
			String[] parts = w.split(":");
			return new Word(parts[0], parts[1], parts.length > 2 ? parts[2] : null);
		}).toList();
	}

}
