package jp.kyoten.talent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.events.MatchingEvents;
import jp.kyoten.events.SampleEvents;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.JobCategory;

/**
 * The talent programme's demo, seeded into the demo's talent-programme hub (by the demo
 * module, with the hub in scope): 60 talent of every kind with skills, assessments and
 * counselling, foreign talent's sensitive fields, most agreeing to share an anonymised
 * profile; the hub managers hold the counselling permission; two matching events held
 * this fiscal year (digital and foreign talent) with participant companies, interview
 * sets, results (a company with two offers, a declined set, a company that came without a
 * set) and a hire — so that the dashboard shows real 内定率 figures on the first start — and
 * the supported-company programmes (one intensive, two spot companies, one of them not
 * yet followed up).
 */
@Service
@Transactional
@Order(90)
class SampleTalent implements DemoSeed {

	private static final String[] FAMILY = { "博多", "天神", "中洲", "香椎", "糸島", "唐津", "伊万里", "諫早", "佐世保", "別府", "日田", "延岡",
			"都城", "霧島", "指宿", "八代", "玉名", "宗像", "飯塚", "久留米" };

	private static final String[] GIVEN = { "翔", "美咲", "大輝", "結衣", "健太", "葵", "拓海", "由佳", "亮", "真央", "誠", "彩" };

	private static final String[][] FOREIGN = { { "グエン・ヴァン・アン", "ベトナム" }, { "リー・ウェイ", "中国" }, { "キム・ミンジュン", "韓国" },
			{ "プリヤ・シャルマ", "インド" }, { "マリア・サントス", "フィリピン" }, { "アディティア・プトラ", "インドネシア" }, { "チャン・ティ・ハ", "ベトナム" },
			{ "ワン・ファン", "中国" }, { "ソムチャイ・ブンナーク", "タイ" }, { "ラフマン・カーン", "バングラデシュ" }, { "ツェツェグ・バト", "モンゴル" },
			{ "アナ・シルバ", "ブラジル" } };

	private static final String[] PREFECTURES = { "40", "41", "42", "43", "44", "45", "46" };

	private final TalentProfiles profiles;

	private final SkillList skills;

	private final Assessments assessments;

	private final Counselling counselling;

	private final MatchingPlans plans;

	private final InterviewSets sets;

	private final SampleEvents sampleEvents;

	private final MatchingEvents events;

	private final UserAccounts accounts;

	private final SupportedCompanies supported;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Hubs hubs;

	SampleTalent(TalentProfiles profiles, SkillList skills, Assessments assessments, Counselling counselling,
			MatchingPlans plans, InterviewSets sets, SampleEvents sampleEvents, MatchingEvents events,
			UserAccounts accounts, SupportedCompanies supported, JdbcClient jdbc, Clock clock, Hubs hubs) {
		this.hubs = hubs;
		this.supported = supported;
		this.profiles = profiles;
		this.skills = skills;
		this.assessments = assessments;
		this.counselling = counselling;
		this.plans = plans;
		this.sets = sets;
		this.sampleEvents = sampleEvents;
		this.events = events;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		if (hubs.kindOf(hubId) == HubKind.TALENT_PROGRAMME) {
			seed("example.jp");
		}
	}

	void seed(String domain) {
		long hubId = HubScope.require();
		accounts.membersOf(hubId)
			.stream()
			.filter(m -> m.role() == Role.HUB_MANAGER)
			.forEach(m -> jdbc
				.sql("INSERT INTO talent_counsellor (hub_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(hubId, m.id())
				.update());
		LocalDate today = LocalDate.now(clock);
		List<SkillList.Skill> all = skills.all();
		Map<TalentKind, List<Long>> byKind = new EnumMap<>(TalentKind.class);
		int n = 0;
		for (TalentKind kind : TalentKind.values()) {
			for (int i = 0; i < 12; i++, n++) {
				long id = talent(kind, i, n, all, today, domain);
				byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
			}
		}
		matchingEvent("デジタル推進人材マッチングイベント（福岡会場）", "デジタル推進人材活用促進", TalentProgramme.DIGITAL, today.minusDays(20), domain,
				"dmatch", byKind.get(TalentKind.DIGITAL), all);
		long foreignEvent = matchingEvent("高度外国人材マッチングイベント（オンライン併催）", "高度外国人材活用促進", TalentProgramme.FOREIGN,
				today.minusDays(6), domain, "fmatch", byKind.get(TalentKind.FOREIGN), all);
		supportedCompanies(foreignEvent, today);
	}

	/**
	 * One intensive-support company with its sessions and a before/after measure, and two
	 * spot-support companies, one followed up and one not yet.
	 */
	private void supportedCompanies(long eventId, LocalDate today) {
		List<Long> companies = events.companies(eventId)
			.stream()
			.map(MatchingEvents.ParticipantCompany::companyId)
			.toList();
		int year = jp.kyoten.hub.Hubs.fiscalYearOf(today);
		LocalDate selected = today.minusMonths(2);
		long intensive = supported
			.enrol(new SupportedCompanies.NewEnrolment(companies.get(0), SupportedCompanies.Programme.INTENSIVE, year,
					selected, "PUBLIC_CALL", "公募に応じた7社のうち、人材戦略の未策定と経営者の変革意欲を審査で評価", 5, "従業員80名の製造業。海外売上比率の拡大を目指す。"));
		for (int i = 0; i < 3; i++) {
			supported.log(intensive, new SupportedCompanies.NewSession(selected.plusWeeks(2L * i + 1), "SESSION",
					i == 1 ? "ONLINE" : "IN_PERSON", "人事評価制度が未整備で若手の定着率が低い", "専門家チームと人材戦略の骨子を検討（第" + (i + 1) + "回）",
					i == 0 ? null : "評価項目の案が社内で共有された", "次回は採用要件を整理する", i == 0));
		}
		supported.measure(intensive, "若手社員の1年以内離職者数", "人", new java.math.BigDecimal("4"),
				new java.math.BigDecimal("1"));
		long spot = supported
			.enrol(new SupportedCompanies.NewEnrolment(companies.get(1), SupportedCompanies.Programme.SPOT, year,
					selected, "REQUEST", "高度外国人材の採用について相談があった", null, "海外展開を目指す食品メーカー。高度外国人材は未活用。"));
		supported.log(spot, new SupportedCompanies.NewSession(selected.plusDays(3), "SESSION", "ONLINE",
				"求める人材像が定まっていない", "職務内容と語学レベルの整理を助言", null, "1か月後に状況を確認", false));
		supported.log(spot, new SupportedCompanies.NewSession(selected.plusDays(35), "FOLLOW_UP", "PHONE", null,
				"求人票の記載事項を確認", "求人票を公開した", "マッチングイベントへの参加を案内", false));
		long notYet = supported
			.enrol(new SupportedCompanies.NewEnrolment(companies.get(2), SupportedCompanies.Programme.SPOT, year,
					today.minusDays(10), "REQUEST", "インバウンド対応の人材確保の相談", null, null));
		supported.log(notYet, new SupportedCompanies.NewSession(today.minusDays(9), "SESSION", "IN_PERSON",
				"受入体制の整備が課題", "オンボーディング体制の整備を助言", null, "フォローアップの日程を調整", false));
	}

	private long talent(TalentKind kind, int i, int n, List<SkillList.Skill> all, LocalDate today, String domain) {
		boolean foreign = kind == TalentKind.FOREIGN;
		String name = foreign ? FOREIGN[i % FOREIGN.length][0]
				: FAMILY[n % FAMILY.length] + " " + GIVEN[(n * 7) % GIVEN.length];
		int age = switch (kind) {
			case YOUTH -> 22 + i % 15;
			case SENIOR -> 56 + i % 12;
			case WOMEN -> 32 + i % 20;
			case FOREIGN -> 23 + i % 10;
			case DIGITAL -> 27 + i % 25;
		};
		List<Long> chosen = new ArrayList<>();
		List<SkillList.Skill> digital = all.stream().filter(s -> !s.area().equals("GENERAL")).toList();
		List<SkillList.Skill> general = all.stream().filter(s -> s.area().equals("GENERAL")).toList();
		List<SkillList.Skill> pool = kind == TalentKind.DIGITAL ? digital : general;
		for (int k = 0; k < 3; k++) {
			chosen.add(pool.get((i * 3 + k * 5) % pool.size()).id());
		}
		if (foreign || kind == TalentKind.YOUTH) {
			chosen.add(digital.get(i % digital.size()).id());
		}
		String career = switch (kind) {
			case DIGITAL -> "SIerでシステム開発に" + (3 + i % 10) + "年従事。直近は製造業のデータ活用プロジェクトを担当。";
			case FOREIGN -> "九州の大学院で" + (i % 2 == 0 ? "工学" : "経営学") + "を専攻。母国語・英語・日本語で業務が可能。";
			case YOUTH -> "大学で情報学を学び、地元企業で" + (1 + i % 4) + "年勤務。";
			case WOMEN -> "メーカーの経理・総務に" + (5 + i % 8) + "年。育児のため退職し、再就職を希望。";
			case SENIOR -> "大手電機メーカーで生産管理に" + (20 + i % 10) + "年。工場長を経て退職。";
		};
		LocalDate held = today.minusMonths(2).minusDays(n % 28);
		long id = profiles.register(new TalentDetails(kind, name, null, "talent" + n + "@" + domain, null,
				today.getYear() - age, PREFECTURES[n % PREFECTURES.length], career,
				kind == TalentKind.SENIOR ? "中小企業の生産性向上を顧問として支援したい" : "地域の中小企業でDX・海外展開に関わりたい",
				kind == TalentKind.DIGITAL ? JobCategory.IT_ENGINEER.name()
						: foreign ? JobCategory.SALES.name() : JobCategory.CORPORATE_PLANNING.name(),
				kind == TalentKind.SENIOR || kind == TalentKind.DIGITAL && i % 3 == 0 ? List.of("SIDE_JOB", "ADVISOR")
						: List.of("FULL_TIME"),
				today.plusMonths(i % 4), held, i % 5 == 4 ? null : held, "ACTIVE", chosen, null));
		if (foreign) {
			jdbc.sql("""
					INSERT INTO talent_foreign_detail (talent_id, hub_id, nationality, residence_status, jlpt)
					VALUES (?, ?, ?, ?, ?)""")
				.params(id, HubScope.require(), FOREIGN[i % FOREIGN.length][1],
						(i % 3 == 0 ? ResidenceStatus.STUDENT : ResidenceStatus.ENGINEER_HUMANITIES).name(),
						JlptLevel.values()[i % 4].name())
				.update();
			counselling.record(id, held.plusDays(7), "経歴とスキルを整理し、日本の就労環境（雇用契約・評価の仕組み）を説明した。", "面接の模擬練習を次回行う",
					i % 3 == 0 ? Readiness.PREPARING : Readiness.READY);
		}
		if (kind == TalentKind.DIGITAL || foreign && i % 2 == 0) {
			for (int round = 0; round < 2; round++) {
				Map<SkillArea, Integer> scores = new EnumMap<>(SkillArea.class);
				int a = 0;
				for (SkillArea area : SkillArea.assessedAreas()) {
					scores.put(area, Math.min(5, (i + a++ * 2) % 4 + round));
				}
				assessments.record(id, held.plusDays(round * 30L), scores, "デジタルスキル診断", round == 0 ? "初回" : "再診断");
			}
		}
		return id;
	}

	/**
	 * A matching event held with five companies checked in (one more registered, absent):
	 * four recorded with their need, the fifth came without a set. Results: the first
	 * company two offers (one hired), the second one offer, the third 不採用, the fourth 辞退
	 * and 選考継続.
	 */
	private long matchingEvent(String title, String programmeText, TalentProgramme programme, LocalDate day,
			String domain, String tag, List<Long> talent, List<SkillList.Skill> all) {
		long eventId = sampleEvents.heldMatching(title, programmeText, day, "福岡市 博多駅前会議室", domain, tag, 5);
		plans.configure(eventId, programme, 30);
		List<MatchingEvents.ParticipantCompany> came = events.companies(eventId)
			.stream()
			.filter(MatchingEvents.ParticipantCompany::checkedIn)
			.toList();
		List<Long> sought = all.stream()
			.filter(s -> programme == TalentProgramme.DIGITAL ? !s.area().equals("GENERAL")
					: s.area().equals("GENERAL"))
			.map(SkillList.Skill::id)
			.limit(6)
			.toList();
		List<Long> companies = new ArrayList<>();
		for (int c = 0; c < Math.min(4, came.size()); c++) {
			companies.add(plans.addCompany(eventId, came.get(c).registrationId(),
					new MatchingPlans.Need(programme == TalentProgramme.DIGITAL ? "DX推進担当" : "海外営業担当",
							programme == TalentProgramme.DIGITAL ? JobCategory.IT_ENGINEER : JobCategory.SALES,
							sought.subList(c % 3, c % 3 + 3), null)));
		}
		for (Long t : talent.subList(0, 8)) {
			plans.addTalent(eventId, t);
		}
		// company c meets talent 2c and 2c+1 in slots 0 and 1
		long[][] setIds = new long[companies.size()][2];
		for (int c = 0; c < companies.size(); c++) {
			for (int k = 0; k < 2; k++) {
				setIds[c][k] = sets.plan(eventId, companies.get(c), talent.get(2 * c + k), k, false);
			}
		}
		LocalDate resultDay = day.plusDays(3);
		sets.recordResult(eventId, setIds[0][0], InterviewResult.OFFER, resultDay);
		sets.recordResult(eventId, setIds[0][1], InterviewResult.OFFER, resultDay);
		sets.recordHire(eventId, setIds[0][0], resultDay.plusDays(2));
		if (companies.size() > 1) {
			sets.recordResult(eventId, setIds[1][0], InterviewResult.OFFER, resultDay);
			sets.recordResult(eventId, setIds[1][1], InterviewResult.REJECTED, resultDay);
		}
		if (companies.size() > 2) {
			sets.recordResult(eventId, setIds[2][0], InterviewResult.REJECTED, resultDay);
		}
		if (companies.size() > 3) {
			sets.recordResult(eventId, setIds[3][0], InterviewResult.DECLINED, resultDay);
			sets.recordResult(eventId, setIds[3][1], InterviewResult.CONTINUING, resultDay);
		}
		return eventId;
	}

}
