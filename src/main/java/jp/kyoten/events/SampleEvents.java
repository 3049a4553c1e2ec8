package jp.kyoten.events;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.time.HubTime;

/**
 * Demo events for a demo hub (called by the demo module with the hub in scope): a seminar
 * held last month with attendance, answered surveys and a follow-up; a published seminar
 * next month, nearly full, with a waiting list; a council with its theme; a three-session
 * serial workshop being planned; a matching event being approved.
 */
@Service
@Transactional
@Order(110)
public class SampleEvents implements DemoSeed {

	private final Clock clock;

	private static final List<String[]> PEOPLE = List.of(new String[] { "阿蘇 健一", "アソ ケンイチ", "株式会社くまもと精工" },
			new String[] { "天草 美咲", "アマクサ ミサキ", "有限会社阿蘇フーズ" }, new String[] { "菊池 大輔", "キクチ ダイスケ", "株式会社天草マリンテック" },
			new String[] { "八代 由美", "ヤツシロ ユミ", "八代物流株式会社" }, new String[] { "山鹿 翔太", "ヤマガ ショウタ", "株式会社菊池エレクトロニクス" },
			new String[] { "玉名 さくら", "タマナ サクラ", "玉名酒造株式会社" }, new String[] { "人吉 誠", "ヒトヨシ マコト", "株式会社人吉木材" },
			new String[] { "宇城 恵", "ウキ メグミ", "株式会社宇城アグリ" });

	private final PlanEvent plan;

	private final RegisterForEvent register;

	private final CheckIn checkIn;

	private final AnswerSurvey survey;

	private final FollowUpCompanies followUp;

	private final JdbcClient jdbc;

	private final RecordOffer offers;

	private final Hubs hubs;

	SampleEvents(PlanEvent plan, RegisterForEvent register, CheckIn checkIn, AnswerSurvey survey,
			FollowUpCompanies followUp, JdbcClient jdbc, RecordOffer offers, Clock clock, Hubs hubs) {
		this.hubs = hubs;
		this.offers = offers;
		this.clock = clock;
		this.plan = plan;
		this.register = register;
		this.checkIn = checkIn;
		this.survey = survey;
		this.followUp = followUp;
		this.jdbc = jdbc;
	}

	/**
	 * Every demo hub's events, after every other seed: a talent-programme hub gets the
	 * programme's, the others a Pro hub's.
	 */
	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		if (hubs.kindOf(hubId) == HubKind.TALENT_PROGRAMME) {
			seedProgramme("example.jp");
		}
		else {
			seed("example.jp");
		}
	}

	/**
	 * Seeds the demo events of the hub in scope; {@code domain} names the demo mail
	 * addresses.
	 */
	void seed(String domain) {
		LocalDate today = LocalDate.now(clock);
		LocalDate lastMonth = today.minusMonths(1)
			.with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY))
			.plusWeeks(2);
		// planned, registered for and published while it was ahead, then moved to its
		// real (past) date and held
		long held = held("経営者向けセミナー「副業・兼業人材の活かし方」", EventKind.SEMINAR, "プロフェッショナル人材事業", lastMonth, "熊本市国際交流会館 第1会議室",
				null, domain, "held", 5, new int[] { 5, 5, 4, 4, 3 });
		List<Long> regs = jdbc.sql("SELECT id FROM event_registration WHERE event_id = ? ORDER BY id")
			.param(held)
			.query(Long.class)
			.list();
		Long company = jdbc.sql("SELECT company_id FROM event_registration WHERE id = ?")
			.param(regs.getFirst())
			.query(Long.class)
			.single();
		followUp.record(company, FollowUpCompanies.fiscalYear(lastMonth), FollowUpStatus.OFFER, "経営企画人材に内定");
		// each offer on its own: this company made two, and one became a hire through the
		// event (not a KPI placement)
		offers.record(new RecordOffer.NewOffer(company, held, lastMonth.plusDays(10), "経営企画 候補A", true, "セミナー後の個別相談から"),
				RecordOffer.Source.FOLLOW_UP);
		offers.record(new RecordOffer.NewOffer(company, held, lastMonth.plusDays(12), null, false, null),
				RecordOffer.Source.FOLLOW_UP);
		heldCouncil(domain, lastMonth.minusDays(7));

		LocalDate nextMonth = today.plusMonths(1)
			.with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY))
			.plusWeeks(1);
		long open = create("ミニセミナー「DX人材の採用と育成」", EventKind.MINI_SEMINAR, "プロフェッショナル人材事業", nextMonth, 15, 17, null, 6,
				null);
		plan.setQuestions(open, List.of("当日聞きたいこと"), List.of(false));
		plan.advance(open, EventState.APPROVED);
		plan.advance(open, EventState.PUBLISHED);
		for (int i = 0; i < 7; i++) {
			register.register(open, person(i, domain, "open"), RegisterForEvent.Source.STAFF);
		}

		create("第3回 熊本県プロフェッショナル人材戦略協議会", EventKind.COUNCIL, null, nextMonth.plusDays(7), 10, 12, "熊本県庁 行政棟 会議室", 30,
				"地域企業の経営人材確保と金融機関との連携");
		long workshop = create("連続講座「経営幹部育成ワークショップ」", EventKind.WORKSHOP, "人材確保支援事業", nextMonth.plusWeeks(2), 13, 16,
				"くまもと森都心プラザ", 20, null);
		for (int week = 1; week <= 2; week++) {
			LocalDate day = nextMonth.plusWeeks(2 + week);
			plan.addSession(workshop, day.atTime(13, 0).atZone(HubTime.ZONE).toInstant(),
					day.atTime(16, 0).atZone(HubTime.ZONE).toInstant());
		}
		long matching = create("企業と人材のマッチングイベント（面接会）", EventKind.MATCHING, "人材確保支援事業", nextMonth.plusWeeks(3), 13, 17,
				"熊本城ホール", 40, null);
		plan.advance(matching, EventState.APPROVED);
	}

	/**
	 * A council held last month: members checked in (institutions and companies), its
	 * minutes written.
	 */
	private void heldCouncil(String domain, LocalDate day) {
		long council = held("第2回 熊本県プロフェッショナル人材戦略協議会", EventKind.COUNCIL, null, day, "熊本県庁 行政棟 会議室",
				"副業・兼業人材の活用に向けた金融機関との連携", domain, "council", 4, new int[] { 5, 4, 4, 5 });
		plan.recordMinutes(council,
				"1. 拠点の活動報告（相談件数・成約件数の推移）\n2. 金融機関からの取組紹介\n" + "3. 意見交換：副業・兼業人材の活用事例の共有を次回までに整理する。");
	}

	/**
	 * The METI talent programme's demo events: a networking event held last month with
	 * check-ins and surveys, seminars ahead. Its matching events, with their interview
	 * sets and offers, are the talent module's demo ({@link #heldMatching}).
	 */
	void seedProgramme(String domain) {
		LocalDate today = LocalDate.now(clock);
		LocalDate last = today.minusMonths(1).withDayOfMonth(10);
		held("経営者向けネットワーキング「人的資本経営と組織づくり」", EventKind.NETWORKING, "戦略人事の普及・実装", last, "福岡市 天神スカイホール", null, domain,
				"net", 6, new int[] { 5, 5, 4, 4, 5, 3 });
		LocalDate next = today.plusMonths(1).withDayOfMonth(12);
		create("人材確保セミナー・個別相談会（佐賀会場）", EventKind.SEMINAR, "戦略人事エキスパートの創出", next, 13, 17, "佐賀市 アバンセ", 60, null);
		create("第1回 九州人材政策専門検討会議", EventKind.COUNCIL, null, next.plusDays(5), 10, 12, "九州経済産業局 会議室", 20,
				"企業規模別の人材課題と自己診断シート");
	}

	/**
	 * A matching event held on {@code day}: {@code came} companies (at most seven)
	 * checked in and answered the survey, one more registered and did not come. For the
	 * talent module's demo, with the hub in scope.
	 * @return the event's id
	 */
	public long heldMatching(String title, String programme, LocalDate day, String venue, String domain, String tag,
			int came) {
		int[] satisfaction = new int[came];
		for (int i = 0; i < came; i++) {
			satisfaction[i] = i % 4 == 3 ? 3 : 5 - i % 2;
		}
		return held(title, EventKind.MATCHING, programme, day, venue, null, domain, tag, Math.min(came, 7),
				satisfaction);
	}

	/**
	 * An event planned, registered for, held on {@code day} with {@code came} people
	 * checked in and answering.
	 */
	private long held(String title, EventKind kind, String programme, LocalDate day, String venue, String theme,
			String domain, String tag, int came, int[] satisfaction) {
		long id = create(title, kind, programme, LocalDate.now(clock).plusDays(1), 14, 16, venue, 50, theme);
		for (int i = 0; i < came + 1; i++) {
			register.register(id, person(i, domain, tag), RegisterForEvent.Source.STAFF);
		}
		plan.advance(id, EventState.APPROVED);
		plan.advance(id, EventState.PUBLISHED);
		EventDetails ahead = jdbcDetails(id);
		plan.update(id, version(id), new EventDetails(ahead.title(), ahead.kind(), ahead.programme(),
				day.atTime(14, 0).atZone(HubTime.ZONE).toInstant(), day.atTime(16, 0).atZone(HubTime.ZONE).toInstant(),
				ahead.venue(), ahead.onlineUrl(), ahead.capacity(), ahead.audiences(), ahead.programmeText(),
				ahead.speakers(), ahead.coOrganisers(), ahead.theme(), ahead.members()));
		plan.advance(id, EventState.HELD);
		long session = jdbc.sql("SELECT id FROM event_session WHERE event_id = ? AND number = 1")
			.param(id)
			.query(Long.class)
			.single();
		List<Long> regs = jdbc.sql("SELECT id FROM event_registration WHERE event_id = ? ORDER BY id")
			.param(id)
			.query(Long.class)
			.list();
		for (int i = 0; i < came; i++) {
			checkIn.checkIn(id, regs.get(i), session, "LIST");
			survey.answer(id, regs.get(i), new SurveyAnswer(satisfaction[i], "事例が参考になった", NextAction.CONSULT, null),
					true);
		}
		checkIn.markNoShows(id);
		return id;
	}

	private EventDetails jdbcDetails(long id) {
		return jdbc.sql(Events.COLUMNS + " WHERE e.id = ?").param(id).query(Events::view).single().details();
	}

	private int version(long id) {
		return jdbc.sql("SELECT version FROM event WHERE id = ?").param(id).query(Integer.class).single();
	}

	private long create(String title, EventKind kind, String programme, LocalDate day, int from, int to, String venue,
			Integer capacity, String theme) {
		return plan.create(new EventDetails(title, kind, programme,
				day.atTime(LocalTime.of(from, 0)).atZone(HubTime.ZONE).toInstant(),
				day.atTime(LocalTime.of(to, 0)).atZone(HubTime.ZONE).toInstant(), venue,
				venue == null ? "https://teams.microsoft.com/l/meetup-join/demo" : null, capacity,
				EnumSet.of(Audience.COMPANY, Audience.INSTITUTION), "1. 講演\n2. 事例紹介\n3. 質疑応答・個別相談",
				"プロフェッショナル人材戦略マネージャー", "熊本県、肥後銀行", theme,
				theme == null ? null : "熊本県、熊本労働局、肥後銀行、熊本商工会議所、熊本県中小企業団体中央会"));
	}

	private static Registrant person(int i, String domain, String tag) {
		String[] p = PEOPLE.get(i % PEOPLE.size());
		return new Registrant(Audience.COMPANY, p[0], p[1], tag + (char) ('a' + i) + "@" + domain, null, p[2], null,
				Map.of(), true, i % 2 == 0);
	}

}
