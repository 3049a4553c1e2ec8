package jp.kyoten.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.institution.InstitutionView;
import jp.kyoten.institution.Institutions;
import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The Kumamoto demo hub's Pro-hub work over the previous and the current fiscal year up
 * to today, at roughly the pace of its targets (260 consultations, 65 placements, 12
 * digital, 12 bank-referred, 20 side-job at new users a year): consultations new and
 * follow-up, talent needs, selection sheets, the companies' choices and hand-offs,
 * progress, placements confirmed and awaiting confirmation. All through the modules' own
 * use cases, the same every start of a fresh database (seeded by the hub's id), relative
 * to today. After the registries (the companies, institutions and registered agencies);
 * the demo module adds the agency user of 株式会社ひのくに人材 once the hubs are seeded.
 */
@Component
@Order(40)
class MatchingDemoData implements DemoSeed {

	private final Clock clock;

	private static final Logger log = LoggerFactory.getLogger(MatchingDemoData.class);

	record NeedTemplate(String title, JobCategory category, EmploymentForm form, boolean digital, boolean cxo,
			String description, int weight) {
	}

	static final List<NeedTemplate> NEEDS = List.of(
			new NeedTemplate("営業部長候補（県外への販路開拓）", JobCategory.SALES, EmploymentForm.FULL_TIME, false, false,
					"県外・海外の新規取引先開拓を担う営業責任者。商社・メーカーでの法人営業経験。", 4),
			new NeedTemplate("工場長・生産管理責任者", JobCategory.PRODUCTION, EmploymentForm.FULL_TIME, false, false,
					"多品種少量生産の工程管理と改善活動を任せられる人材。", 4),
			new NeedTemplate("品質保証責任者", JobCategory.PRODUCTION, EmploymentForm.FULL_TIME, false, false,
					"ISO9001 の運用と取引先監査への対応。", 2),
			new NeedTemplate("設計開発エンジニア（半導体製造装置）", JobCategory.ENGINEERING, EmploymentForm.FULL_TIME, false, false,
					"装置メーカーとの共同開発をリードできる機械設計者。", 3),
			new NeedTemplate("経営企画（社長の右腕）", JobCategory.CORPORATE_PLANNING, EmploymentForm.FULL_TIME, false, true,
					"事業承継を見据えた中期経営計画の策定と実行管理。", 2),
			new NeedTemplate("経理・財務責任者", JobCategory.FINANCE, EmploymentForm.FULL_TIME, false, false,
					"月次決算の早期化と金融機関との折衝。", 3),
			new NeedTemplate("人事制度の構築（顧問）", JobCategory.HR, EmploymentForm.ADVISOR, false, false,
					"評価・賃金制度の見直しを月2回の助言で支援。", 2),
			new NeedTemplate("総務部長", JobCategory.GENERAL_AFFAIRS, EmploymentForm.FULL_TIME, false, false,
					"総務・労務全般と社内規程の整備。", 2),
			new NeedTemplate("ECサイト運営・Webマーケティング（副業）", JobCategory.MARKETING, EmploymentForm.SIDE_JOB, true, false,
					"自社ECの売上拡大。月20時間程度、リモート中心。", 4),
			new NeedTemplate("基幹システム刷新のプロジェクトマネージャー（副業）", JobCategory.IT_ENGINEER, EmploymentForm.SIDE_JOB, true, false,
					"販売管理・生産管理システムの入替えを発注者側で推進。", 3),
			new NeedTemplate("DX推進リーダー（業務委託）", JobCategory.IT_ENGINEER, EmploymentForm.CONTRACT, true, false,
					"紙・Excel業務のデジタル化と社内人材の育成。", 2),
			new NeedTemplate("販路開拓アドバイザー（顧問）", JobCategory.SALES, EmploymentForm.ADVISOR, false, false,
					"大手流通とのネットワークを持つ顧問。", 2),
			new NeedTemplate("新商品企画（副業）", JobCategory.PRODUCT_PLANNING, EmploymentForm.SIDE_JOB, false, false,
					"地元食材を使った新商品の企画とブランディング。", 3),
			new NeedTemplate("営業戦略の立案（副業）", JobCategory.SALES, EmploymentForm.SIDE_JOB, false, false,
					"営業プロセスの見直しとKPI設計。月2回の打合せ。", 3),
			new NeedTemplate("物流改善リーダー", JobCategory.LOGISTICS, EmploymentForm.FULL_TIME, false, false,
					"倉庫レイアウトと配送網の見直し。", 1),
			new NeedTemplate("取締役 経営企画担当（CxO）", JobCategory.CORPORATE_PLANNING, EmploymentForm.FULL_TIME, false, true,
					"次期経営陣として全社の経営企画を担う。", 1));

	static final List<String> SUMMARIES = List.of("後継者不在のため、経営幹部候補の採用について相談。", "県外への販路開拓を担う営業責任者がいない。",
			"生産管理の属人化を解消したい。", "EC売上を伸ばしたいが社内にノウハウがない。", "基幹システムの入替えを進める人材が不足している。", "人事評価制度の見直しについて相談。",
			"新商品の開発体制を強化したい。", "金融機関の紹介で、事業拡大に伴う人材確保の相談。", "副業人材の活用方法を知りたい。", "工場の品質管理体制を強化したい。");

	static final List<String> NOT_PLACED_REASONS = List.of("条件（年収）が折り合わなかった", "企業側が採用を見送った", "候補者が他社に決まった",
			"勤務地の条件で合う候補者がいなかった");

	private final RecordConsultation consultations;

	private final RegisterNeed registerNeed;

	private final PrepareSelectionSheet prepare;

	private final HandOffNeed handOff;

	private final ReportHandOffProgress progress;

	private final ReportPlacement reportPlacement;

	private final ConfirmPlacement confirm;

	private final Needs needs;

	private final Institutions institutions;

	private final JdbcClient jdbc;

	private final OtherHires otherHires;

	MatchingDemoData(RecordConsultation consultations, RegisterNeed registerNeed, PrepareSelectionSheet prepare,
			HandOffNeed handOff, ReportHandOffProgress progress, ReportPlacement reportPlacement,
			ConfirmPlacement confirm, Needs needs, Institutions institutions, JdbcClient jdbc, Clock clock,
			OtherHires otherHires) {
		this.clock = clock;
		this.otherHires = otherHires;
		this.consultations = consultations;
		this.registerNeed = registerNeed;
		this.prepare = prepare;
		this.handOff = handOff;
		this.progress = progress;
		this.reportPlacement = reportPlacement;
		this.confirm = confirm;
		this.needs = needs;
		this.institutions = institutions;
		this.jdbc = jdbc;
	}

	/** Kumamoto only: the hub whose targets are set (seed 000 §6). */
	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		if (!"43".equals(prefectureCode)) {
			return;
		}
		List<Long> companies = jdbc
			.sql("SELECT id FROM company WHERE NOT closed AND merged_into_id IS NULL ORDER BY id")
			.query(Long.class)
			.list();
		if (companies.isEmpty()) {
			return;
		}
		List<Long> banks = institutions.financial().stream().map(InstitutionView::id).toList();
		LocalDate today = LocalDate.now(clock);
		int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
		Run run = new Run(new Random(hubId), companies, banks, today);
		run.seed(LocalDate.of(year - 1, 4, 1));
		otherHires(companies, today);
		log.info(
				"Matching demo data from FY{}: {} consultations ({} new), {} needs, {} hand-offs, {} placements "
						+ "({} confirmed)",
				year - 1, run.consultationCount, run.newCount, run.needCount, run.handOffCount, run.placementCount,
				run.confirmedCount);
	}

	/**
	 * Two hires of this month and last by another route, so the monthly report's other
	 * hires show rows.
	 */
	private void otherHires(List<Long> companies, LocalDate today) {
		otherHires.record(companies.get(0), today.withDayOfMonth(1), HireRoute.HUB_REFERRAL, "Y.K.", "拠点相談窓口",
				"UIターン相談会で拠点に相談した人材を直接紹介");
		otherHires.record(companies.get(Math.min(3, companies.size() - 1)), today.minusMonths(1).withDayOfMonth(10),
				HireRoute.INSTITUTION, "M.S.", "肥後銀行 熊本中央支店", null);
	}

	/**
	 * One seeding: walks the days from the first of April a year ago to today, counting
	 * what it made.
	 */
	private final class Run {

		final Random random;

		final List<Long> companies;

		final List<Long> banks;

		final LocalDate today;

		final Map<Long, Long> lastConsultation = new HashMap<>();

		final int totalWeight = NEEDS.stream().mapToInt(NeedTemplate::weight).sum();

		int consultationCount;

		int newCount;

		int needCount;

		int handOffCount;

		int placementCount;

		int confirmedCount;

		Run(Random random, List<Long> companies, List<Long> banks, LocalDate today) {
			this.random = random;
			this.companies = companies;
			this.banks = banks;
			this.today = today;
		}

		void seed(LocalDate from) {
			// 260 new consultations a year over about 245 business days, plus follow-ups
			for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
				if (day.getDayOfWeek().getValue() >= 6) {
					continue;
				}
				int n = random.nextInt(100) < 45 ? 2 : 1;
				for (int i = 0; i < n; i++) {
					consultation(day);
				}
			}
		}

		private void consultation(LocalDate day) {
			long company = companies.get(random.nextInt(Math.min(companies.size(), 220)));
			Long earlier = lastConsultation.get(company);
			boolean followUp = earlier != null && random.nextInt(100) < 35;
			Referral referral = random.nextInt(100) < 22 && !banks.isEmpty()
					? Referral.institution(banks.get(random.nextInt(banks.size())))
					: Referral.source(ReferralSource.values()[random.nextInt(ReferralSource.values().length)]);
			Set<ManagementIssue> issues = EnumSet.of(ManagementIssue.RECRUITMENT);
			issues.add(ManagementIssue.values()[random.nextInt(ManagementIssue.values().length)]);
			long id = consultations
				.record(NewConsultation.of(company, day, Channel.values()[random.nextInt(Channel.values().length)],
						referral, issues, SUMMARIES.get(random.nextInt(SUMMARIES.size())), followUp ? earlier : null));
			lastConsultation.put(company, id);
			this.consultationCount++;
			this.newCount += followUp ? 0 : 1;
			if (!followUp && random.nextInt(100) < 38) {
				need(id, day);
			}
		}

		private void need(long consultationId, LocalDate consulted) {
			NeedTemplate t = template();
			LocalDate learned = min(consulted.plusDays(random.nextInt(10)), today);
			long need = registerNeed.register(consultationId, new NeedDetails(t.title(), t.category(), t.form(),
					t.digital(), t.cxo(), t.description(), null, null, null), learned);
			this.needCount++;
			int fate = random.nextInt(100);
			if (fate < 6) {
				registerNeed.changeStatus(need, NeedStatus.WITHDRAWN, "社内で後任が見つかったため");
				return;
			}
			if (fate < 12 || learned.plusDays(10).isAfter(today)) {
				if (random.nextBoolean()) {
					registerNeed.changeStatus(need, NeedStatus.DEFINED, null);
				}
				return;
			}
			long sheetId = prepare.prepare(need);
			SheetView sheet = needs.sheet(need, sheetId);
			LocalDate chosenOn = min(learned.plusDays(5 + random.nextInt(20)), today);
			List<Long> chosen = choose(sheet);
			var created = handOff.handOff(need, new CompanyChoice(sheetId, Set.copyOf(chosen), "代表取締役",
					ChoiceMethod.values()[random.nextInt(3)], chosenOn, null, null, null, null));
			this.handOffCount += created.size();
			outcome(need, t, created.getFirst().id(), chosenOn);
			for (int i = 1; i < created.size(); i++) {
				progress.decline(created.get(i).id(), "他社で選考が進んでいるため辞退");
			}
		}

		private void outcome(long need, NeedTemplate t, long handOffId, LocalDate chosenOn) {
			progress.accept(handOffId, null);
			LocalDate contract = chosenOn.plusDays(25 + random.nextInt(60));
			int fate = random.nextInt(100);
			if (fate < 18 && contract.isBefore(today)) {
				progress.notPlaced(handOffId, NOT_PLACED_REASONS.get(random.nextInt(NOT_PLACED_REASONS.size())));
				registerNeed.changeStatus(need, NeedStatus.NOT_PLACED, "事業者から不成約の報告");
				return;
			}
			if (!contract.isBefore(today)) {
				progress.progress(handOffId, random.nextBoolean() ? HandOffStatus.INTERVIEW : HandOffStatus.RECOMMENDED,
						"候補者2名を推薦、面談日程を調整中");
				return;
			}
			progress.progress(handOffId, HandOffStatus.INTERVIEW, "社長面談を実施");
			String before = random.nextInt(100) < 55 ? "13" : "43";
			long placement = reportPlacement.report(handOffId, new PlacementReport(contract,
					min(contract.plusDays(14 + random.nextInt(30)), contract.plusDays(60)), t.form(),
					new Residence(before, "13".equals(before) ? "13104" : "43100"),
					new Residence("43", t.form() == EmploymentForm.SIDE_JOB ? null : "43100"),
					t.form() == EmploymentForm.SIDE_JOB ? 200_000L : 1_500_000L + random.nextInt(10) * 100_000L));
			// recent reports, and a few forgotten ones, still wait for the hub's
			// confirmation
			this.placementCount++;
			if (ChronoUnit.DAYS.between(contract, today) > 30 && random.nextInt(100) >= 4) {
				confirm.confirm(placement);
				this.confirmedCount++;
			}
		}

		/**
		 * The company picks one agency, sometimes two; never the system (the demo stands
		 * in for the company).
		 */
		private List<Long> choose(SheetView sheet) {
			List<Long> ids = new ArrayList<>(sheet.agencies().stream().map(SheetView.SheetAgency::agencyId).toList());
			List<Long> chosen = new ArrayList<>();
			chosen.add(ids.remove(random.nextInt(ids.size())));
			if (!ids.isEmpty() && random.nextInt(100) < 20) {
				chosen.add(ids.remove(random.nextInt(ids.size())));
			}
			return chosen;
		}

		private NeedTemplate template() {
			int pick = random.nextInt(totalWeight);
			for (NeedTemplate t : NEEDS) {
				pick -= t.weight();
				if (pick < 0) {
					return t;
				}
			}
			return NEEDS.getLast();
		}

	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
