package jp.kyoten.agency;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.demo.DemoLogin;
import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

import static jp.kyoten.platform.work.EmploymentForm.ADVISOR;
import static jp.kyoten.platform.work.EmploymentForm.CONTRACT;
import static jp.kyoten.platform.work.EmploymentForm.FULL_TIME;
import static jp.kyoten.platform.work.EmploymentForm.SECONDMENT;
import static jp.kyoten.platform.work.EmploymentForm.SIDE_JOB;
import static jp.kyoten.platform.work.JobCategory.CORPORATE_PLANNING;
import static jp.kyoten.platform.work.JobCategory.CREATIVE;
import static jp.kyoten.platform.work.JobCategory.ENGINEERING;
import static jp.kyoten.platform.work.JobCategory.FINANCE;
import static jp.kyoten.platform.work.JobCategory.GENERAL_AFFAIRS;
import static jp.kyoten.platform.work.JobCategory.HR;
import static jp.kyoten.platform.work.JobCategory.IT_ENGINEER;
import static jp.kyoten.platform.work.JobCategory.LEGAL;
import static jp.kyoten.platform.work.JobCategory.LOGISTICS;
import static jp.kyoten.platform.work.JobCategory.MARKETING;
import static jp.kyoten.platform.work.JobCategory.PRODUCTION;
import static jp.kyoten.platform.work.JobCategory.PRODUCT_PLANNING;
import static jp.kyoten.platform.work.JobCategory.R_AND_D;
import static jp.kyoten.platform.work.JobCategory.SALES;

/**
 * The demo hubs' recruitment agencies (fictional), the same on every start, after the
 * support institutions (institution's demo seed, 20). They go through the real process:
 * application, checklist, registration; one stays 申請中 and one is 停止 in each hub.
 */
@Component
@org.springframework.core.annotation.Order(25)
class AgencyDemoData implements DemoSeed {

	private static final LocalDate AGREED = LocalDate.of(2025, 4, 1);

	private static final LocalDate AGREEMENT_END = LocalDate.of(2028, 3, 31);

	private static final List<String> KYUSHU = List.of("40", "41", "42", "43", "44", "45", "46", "47");

	private static final List<String> NATIONWIDE = IntStream.rangeClosed(1, 47)
		.mapToObj(i -> "%02d".formatted(i))
		.toList();

	enum Outcome {

		REGISTERED, APPLIED, SUSPENDED

	}

	record DemoAgency(String name, String kana, String licence, Outcome outcome, Set<EmploymentForm> forms,
			Set<JobCategory> categories, List<String> industries, List<String> prefectures, String description,
			String address) {
	}

	static final List<DemoAgency> KUMAMOTO_AGENCIES = List.of(
			new DemoAgency("株式会社ひのくに人材", "ヒノクニジンザイ", "43-ユ-300123", Outcome.REGISTERED, EnumSet.of(FULL_TIME, SIDE_JOB),
					EnumSet.of(SALES, PRODUCTION, GENERAL_AFFAIRS), List.of("E", "I"), List.of("43"),
					"熊本県内の製造業・卸売業の管理職、工場長クラスの紹介。UIJターン希望者のネットワークが強み。", "熊本県熊本市中央区"),
			new DemoAgency("九州キャリアパートナーズ株式会社", "キュウシュウキャリアパートナーズ", "40-ユ-301245", Outcome.REGISTERED,
					EnumSet.of(FULL_TIME, ADVISOR), EnumSet.of(CORPORATE_PLANNING, FINANCE, HR), List.of("D", "E", "H"),
					KYUSHU, "九州一円の経営幹部・管理部門（経営企画・財務・人事）の人材紹介。事業承継期の右腕人材に実績。", "福岡県福岡市中央区"),
			new DemoAgency("株式会社くまもとプロフェッショナルサーチ", "クマモトプロフェッショナルサーチ", "43-ユ-300456", Outcome.REGISTERED,
					EnumSet.of(FULL_TIME), EnumSet.of(ENGINEERING, R_AND_D, PRODUCTION), List.of("E", "G"),
					List.of("43", "44"), "半導体関連・精密機械のエンジニア、品質保証責任者の紹介に特化。", "熊本県菊池郡菊陽町"),
			new DemoAgency("株式会社サイドワークス九州", "サイドワークスキュウシュウ", "40-ユ-302010", Outcome.REGISTERED,
					EnumSet.of(SIDE_JOB, CONTRACT), EnumSet.of(MARKETING, IT_ENGINEER, CREATIVE, PRODUCT_PLANNING),
					List.of("E", "G", "I", "M"), NATIONWIDE, "都市部の副業・兼業人材とのマッチング。EC・デジタルマーケティング、DX推進の短期プロジェクトに強み。",
					"福岡県福岡市博多区"),
			new DemoAgency("株式会社ミライ顧問ネットワーク", "ミライコモンネットワーク", "13-ユ-312345", Outcome.REGISTERED,
					EnumSet.of(ADVISOR, CONTRACT), EnumSet.of(CORPORATE_PLANNING, SALES, LEGAL, FINANCE), List.of(),
					NATIONWIDE, "大手企業OB・OGの顧問人材を全国に紹介。販路開拓、海外展開、法務・コンプライアンス体制づくり。", "東京都千代田区"),
			new DemoAgency("阿蘇ヒューマンリンク株式会社", "アソヒューマンリンク", "43-ユ-300999", Outcome.REGISTERED,
					EnumSet.of(FULL_TIME, SECONDMENT), EnumSet.of(PRODUCTION, LOGISTICS, HR), List.of("A", "E", "M"),
					List.of("43"), "阿蘇・県北地域の観光・食品製造業に強い。大手企業からの出向受入れの調整も対応。", "熊本県阿蘇市"),
			new DemoAgency("火の国キャリアデザイン株式会社", "ヒノクニキャリアデザイン", "43-ユ-300789", Outcome.APPLIED, EnumSet.of(FULL_TIME),
					EnumSet.of(SALES, LOGISTICS, GENERAL_AFFAIRS), List.of("H", "I"), List.of("43"),
					"物流・小売の営業管理職、総務責任者の紹介。", "熊本県熊本市東区"),
			new DemoAgency("株式会社デジタル人材バンク南九州", "デジタルジンザイバンクミナミキュウシュウ", "46-ユ-300321", Outcome.SUSPENDED,
					EnumSet.of(FULL_TIME, SIDE_JOB), EnumSet.of(IT_ENGINEER), List.of("G"), List.of("43", "45", "46"),
					"ITエンジニア、社内SE、データ分析人材の紹介。", "鹿児島県鹿児島市"));

	static final List<DemoAgency> FUKUOKA_AGENCIES = List.of(
			new DemoAgency("株式会社はかたキャリアブリッジ", "ハカタキャリアブリッジ", "40-ユ-300111", Outcome.REGISTERED,
					EnumSet.of(FULL_TIME, SIDE_JOB), EnumSet.of(SALES, MARKETING, CORPORATE_PLANNING),
					List.of("I", "M"), List.of("40", "41"), "福岡都市圏の流通・サービス業の幹部候補、マーケティング責任者の紹介。", "福岡県福岡市博多区"),
			new DemoAgency("九州キャリアパートナーズ株式会社", "キュウシュウキャリアパートナーズ", "40-ユ-301245", Outcome.REGISTERED,
					EnumSet.of(FULL_TIME, ADVISOR), EnumSet.of(CORPORATE_PLANNING, FINANCE, HR), List.of("D", "E", "H"),
					KYUSHU, "九州一円の経営幹部・管理部門（経営企画・財務・人事）の人材紹介。事業承継期の右腕人材に実績。", "福岡県福岡市中央区"),
			new DemoAgency("株式会社玄海プロ人材", "ゲンカイプロジンザイ", "40-ユ-300222", Outcome.REGISTERED, EnumSet.of(FULL_TIME),
					EnumSet.of(ENGINEERING, PRODUCTION, R_AND_D), List.of("E"), List.of("40", "41", "42"),
					"自動車・半導体関連の生産技術者、品質管理責任者の紹介。", "福岡県福岡市中央区"),
			new DemoAgency("株式会社北九州ものづくり人材センター", "キタキュウシュウモノヅクリジンザイセンター", "40-ユ-300333", Outcome.REGISTERED,
					EnumSet.of(FULL_TIME, SECONDMENT), EnumSet.of(PRODUCTION, ENGINEERING, LOGISTICS),
					List.of("E", "H"), List.of("40"), "北九州地域の鉄鋼・化学・機械メーカーの工場運営人材。", "福岡県北九州市小倉北区"),
			new DemoAgency("株式会社サイドワークス九州", "サイドワークスキュウシュウ", "40-ユ-302010", Outcome.REGISTERED,
					EnumSet.of(SIDE_JOB, CONTRACT), EnumSet.of(MARKETING, IT_ENGINEER, CREATIVE, PRODUCT_PLANNING),
					List.of("E", "G", "I", "M"), NATIONWIDE, "都市部の副業・兼業人材とのマッチング。EC・デジタルマーケティング、DX推進の短期プロジェクトに強み。",
					"福岡県福岡市博多区"),
			new DemoAgency("株式会社ミライ顧問ネットワーク", "ミライコモンネットワーク", "13-ユ-312345", Outcome.REGISTERED,
					EnumSet.of(ADVISOR, CONTRACT), EnumSet.of(CORPORATE_PLANNING, SALES, LEGAL, FINANCE), List.of(),
					NATIONWIDE, "大手企業OB・OGの顧問人材を全国に紹介。販路開拓、海外展開、法務・コンプライアンス体制づくり。", "東京都千代田区"),
			new DemoAgency("筑紫エグゼクティブサーチ株式会社", "チクシエグゼクティブサーチ", "40-ユ-300444", Outcome.APPLIED, EnumSet.of(FULL_TIME),
					EnumSet.of(CORPORATE_PLANNING, FINANCE), List.of("J", "K"), List.of("40"), "金融・不動産業の経営幹部サーチ。",
					"福岡県筑紫野市"),
			new DemoAgency("株式会社ネクストリンク福岡", "ネクストリンクフクオカ", "40-ユ-300555", Outcome.SUSPENDED,
					EnumSet.of(FULL_TIME, SIDE_JOB), EnumSet.of(IT_ENGINEER, HR), List.of("G"), List.of("40", "41"),
					"ITエンジニアと人事責任者の紹介。", "福岡県福岡市中央区"));

	/**
	 * The Kumamoto hub's agency user and the agency it acts for, found by its name
	 * ({@link #KUMAMOTO_AGENCIES} registers it; matching's demo hands needs to it).
	 */
	record AgencyUser(String email, String name, String agency, String hubSlug) {
	}

	static final AgencyUser AGENCY_USER = new AgencyUser("agency@kumamoto.demo", "ひのくに人材 山本 健一", "株式会社ひのくに人材",
			"kumamoto");

	private final AgencyRequirements requirements;

	private final ReceiveAgencyApplication receiveApplication;

	private final CheckAgencyRequirement checkRequirement;

	private final ChangeAgencyStatus changeStatus;

	private final ManageAgencyContacts agencyContacts;

	private final JdbcClient jdbc;

	private final Hubs hubs;

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final TransactionTemplate tx;

	AgencyDemoData(JdbcClient jdbc, Hubs hubs, AgencyRequirements requirements,
			ReceiveAgencyApplication receiveApplication, CheckAgencyRequirement checkRequirement,
			ChangeAgencyStatus changeStatus, ManageAgencyContacts agencyContacts, Agencies agencies,
			UserAccounts accounts, TransactionTemplate tx) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.tx = tx;
		this.requirements = requirements;
		this.receiveApplication = receiveApplication;
		this.checkRequirement = checkRequirement;
		this.changeStatus = changeStatus;
		this.agencyContacts = agencyContacts;
		this.jdbc = jdbc;
		this.hubs = hubs;
	}

	/**
	 * Once every hub is seeded: the agency user of the agency registered under its name
	 * in the Kumamoto hub (no seed before it creates accounts, so its id follows the demo
	 * users' as before).
	 */
	@Override
	public void seedLast(String password) {
		hubs.bySlug(AGENCY_USER.hubSlug())
			.ifPresent(hub -> HubScope.runAs(hub.getId(),
					() -> tx.executeWithoutResult(status -> agencies.eligible(null, null, null)
						.stream()
						.filter(a -> a.name().equals(AGENCY_USER.agency()))
						.findFirst()
						.ifPresent(a -> accounts.createAgencyUserIfAbsent(hub.getId(), a.id(), AGENCY_USER.email(),
								AGENCY_USER.name(), password)))));
	}

	@Override
	public List<DemoLogin> logins() {
		return List.of(new DemoLogin(AGENCY_USER.email(), Role.AGENCY_USER + ", " + AGENCY_USER.agency()));
	}

	/**
	 * A national-level Pro hub's one registered agency ("熊本県デモ人材株式会社": the natural key
	 * matching's compact seed finds it by in {@code kpi_agency}; licence
	 * {@code 43-ユ-300nnn} by the hub's id); a よろず hub has none (ADR 249: the demo's bulk
	 * path).
	 */
	@Override
	public void seedCompact(long hubId, String prefectureCode, LocalDate from, LocalDate today) {
		if (hubs.kindOf(hubId) != HubKind.PRO_TALENT) {
			return;
		}
		// bulk path of ADR 211 (ADR 249): the national demo hubs' rows, written once at
		// the
		// first start, no entity per row; nothing else writes them then
		jdbc.sql("""
				INSERT INTO recruitment_agency (hub_id, name, licence_number, status)
				VALUES (?, ?, ? || '-ユ-300' || lpad((? % 1000)::text, 3, '0'), 'REGISTERED')""")
			.params(hubId, Prefectures.name(prefectureCode) + "デモ人材株式会社", prefectureCode, hubId)
			.update();
	}

	/**
	 * A fixed set for Kumamoto (43) and Fukuoka (40); {@code count} does not apply to the
	 * registry.
	 */
	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		List<DemoAgency> agencies = switch (prefectureCode) {
			case "43" -> KUMAMOTO_AGENCIES;
			case "40" -> FUKUOKA_AGENCIES;
			default -> List.of();
		};
		requirements.addDefaultsIfNone();
		for (int i = 0; i < agencies.size(); i++) {
			seedAgency(agencies.get(i), i);
		}
	}

	private void seedAgency(DemoAgency a, int index) {
		long id = receiveApplication.receive(
				new AgencyDetails(a.name(), a.kana(), null, a.licence(), a.outcome() == Outcome.APPLIED ? null : AGREED,
						a.outcome() == Outcome.APPLIED ? null : AGREEMENT_END, a.forms(), a.categories(),
						a.industries(), a.prefectures(), a.description(), null, null, null, a.address(), null));
		agencyContacts.add(id,
				new jp.kyoten.platform.contact.ContactPerson(CONTACT_NAMES.get((index + 3) % CONTACT_NAMES.size()),
						null, "コンサルティング部", "キャリアアドバイザー", "agency" + (index + 1) + "@example.jp", null, null));
		if (a.outcome() == Outcome.APPLIED) {
			// Part way through review: the licence is confirmed, the rest is not.
			long first = requirements.all().getFirst().id();
			checkRequirement.check(id, first, true, "許可証の写しを受領");
			return;
		}
		checkRequirement.checkAll(id, "申請書類にて確認");
		changeStatus.register(id);
		if (a.outcome() == Outcome.SUSPENDED) {
			changeStatus.suspend(id, "個人情報の取扱いに関する事故報告の確認が済むまで、一時停止とする。");
		}
	}

	/** Fictional names for the demo contact persons. */
	private static final List<String> CONTACT_NAMES = List.of("山本 健一", "中村 美咲", "松本 大輔", "井上 由美", "木村 翔太", "林 真由美",
			"清水 拓也", "森 彩香");

}
