package jp.kyoten.activity;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.institution.InstitutionView;
import jp.kyoten.institution.Institutions;
import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * A hub's daily work around its consultations: most past company-visit appointments
 * recorded as visits (some with a follow-up still open), referrals of consulted companies
 * to banks and 商工会議所 with their outcomes, and job seekers who called, some passed to
 * registered agencies. Runs after the schedule and the consultations.
 */
@Component
@Order(50)
class ActivityDemoData implements DemoSeed {

	private final Clock clock;

	static final List<String> DISCUSSED = List.of("生産管理の責任者が定年で退く。後任を外部から迎えたい。",
			"EC販路を広げたいが社内にデジタルに詳しい人がいない。副業人材の活用を検討。", "事業承継を3年後に控え、経営企画を担える人材が必要。", "海外の取引先が増え、貿易実務の経験者を探している。");

	static final List<String> SEEKERS = List.of("転職 希望子", "U ターン 太郎", "副業 可能男", "熊本 帰郷", "天草 移住");

	private final JdbcClient jdbc;

	private final Visits visits;

	private final InstitutionReferrals referrals;

	private final JobSeekers seekers;

	private final Institutions institutions;

	ActivityDemoData(JdbcClient jdbc, Visits visits, InstitutionReferrals referrals, JobSeekers seekers, Clock clock,
			Institutions institutions) {
		this.institutions = institutions;
		this.clock = clock;
		this.jdbc = jdbc;
		this.visits = visits;
		this.referrals = referrals;
		this.seekers = seekers;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		Random random = new Random(hubId * 31);
		LocalDate today = LocalDate.now(clock);
		seedVisits(today, random);
		seedReferrals(today, random);
		seedJobSeekers(today, prefectureCode, random);
	}

	/**
	 * A national-level hub's consultations from {@code from} to {@code today}: 12–25 new
	 * ones a month over its 40 companies ({@code kpi_company}), one in five referred by
	 * its bank (institution's published API), in one statement (ADR 249: the demo's bulk
	 * path). After the companies and the bank, before matching's needs.
	 */
	@Override
	public void seedCompact(long hubId, String prefectureCode, LocalDate from, LocalDate today) {
		long bank = institutions.financial().stream().mapToLong(InstitutionView::id).min().orElseThrow();
		// bulk path of ADR 211 (ADR 249): the national demo hubs' rows, written once at
		// the
		// first start, no entity per row; nothing else writes them then
		jdbc.sql("""
				INSERT INTO consultation (hub_id, company_id, consulted_on, channel, referral_institution_id,
				                          referral_source, issues, summary)
				SELECT :hub, c.ids[1 + (m.n * 7 + i) % 40], m.month + (i * 3 + :h) % 28,
				       'VISIT_IN', CASE WHEN i % 5 = 0 THEN :bank END, CASE WHEN i % 5 <> 0 THEN 'SELF' END,
				       '{RECRUITMENT}', '人材確保の相談（デモ）'
				  FROM (SELECT array_agg(id ORDER BY id) AS ids FROM kpi_company WHERE hub_id = :hub) AS c,
				       (SELECT (:from::date + make_interval(months => n))::date AS month, n
				          FROM generate_series(0, 23) AS n) AS m,
				       generate_series(1, 12 + (:h * 7 + m.n * 5) % 14) AS i
				 WHERE m.month + (i * 3 + :h) % 28 <= :today""")
			.param("hub", hubId)
			.param("h", (int) (hubId % 1000))
			.param("bank", bank)
			.param("from", Date.valueOf(from))
			.param("today", Date.valueOf(today))
			.update();
	}

	private void seedVisits(LocalDate today, Random random) {
		List<Long> companies = jdbc.sql("SELECT id FROM company WHERE NOT closed ORDER BY id LIMIT 300")
			.query(Long.class)
			.list();
		if (companies.isEmpty()) {
			return;
		}
		record Planned(long id, long owner, LocalDate day) {
		}
		List<Planned> past = jdbc.sql("""
				SELECT id, owner_id, (starts_at AT TIME ZONE 'Asia/Tokyo')::date FROM appointment
				WHERE kind = 'COMPANY_VISIT' AND status = 'SCHEDULED' AND owner_id IS NOT NULL AND starts_at < ?
				ORDER BY starts_at""")
			.param(today.atStartOfDay(HubTime.ZONE).toOffsetDateTime())
			.query((rs, n) -> new Planned(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
			.list();
		for (Planned p : past) {
			if (random.nextInt(10) < 3) {
				continue;
			}
			LocalDate followUp = random.nextBoolean() ? today.plusDays(random.nextInt(10) - 3) : null;
			visits.record(new VisitDetails(companies.get(random.nextInt(companies.size())), p.id(), p.day(),
					List.of(p.owner()), "代表取締役", DISCUSSED.get(random.nextInt(DISCUSSED.size())),
					followUp == null ? null : "要件を整理して再訪問", followUp, false, List.of(), null));
		}
	}

	private void seedReferrals(LocalDate today, Random random) {
		List<Long> institutions = jdbc.sql("SELECT id FROM support_institution WHERE active ORDER BY id")
			.query(Long.class)
			.list();
		record Consulted(long id, LocalDate day) {
		}
		List<Consulted> consulted = jdbc.sql("""
				SELECT id, consulted_on FROM consultation WHERE follow_up_of IS NULL AND consulted_on <= ?
				ORDER BY consulted_on DESC LIMIT 12""")
			.param(today)
			.query((rs, n) -> new Consulted(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list();
		if (institutions.isEmpty()) {
			return;
		}
		String[] reasons = { "設備資金の融資相談のため", "販路開拓の補助金申請の支援を依頼", "事業承継の専門相談のため" };
		for (int i = 0; i < consulted.size(); i += 2) {
			Consulted c = consulted.get(i);
			long id = referrals.refer(new NewReferral(c.id(), institutions.get(random.nextInt(institutions.size())),
					c.day(), reasons[random.nextInt(reasons.length)], ConsentForm.ORAL, c.day(), c.day().plusDays(14)));
			if (i % 3 == 0) {
				referrals.recordOutcome(id, 0,
						random.nextBoolean() ? ReferralStatus.RESOLVED : ReferralStatus.UNSUCCESSFUL, "先方から結果の連絡あり",
						c.day().plusDays(10).isAfter(today) ? today : c.day().plusDays(10));
			}
		}
	}

	private void seedJobSeekers(LocalDate today, String prefectureCode, Random random) {
		List<Long> agencies = jdbc.sql("SELECT id FROM recruitment_agency WHERE status = 'REGISTERED' ORDER BY id")
			.query(Long.class)
			.list();
		for (int i = 0; i < SEEKERS.size(); i++) {
			boolean consent = i % 2 == 0;
			long id = seekers.record(new JobSeekerDetails(today.minusDays(3L * i + 1),
					i % 3 == 0 ? Channel.EMAIL : Channel.PHONE, SEEKERS.get(i), "seeker" + i + "@example.jp", null,
					i == 1 ? "13" : prefectureCode, JobCategory.values()[random.nextInt(JobCategory.values().length)],
					i == 2 ? EmploymentForm.SIDE_JOB : EmploymentForm.FULL_TIME, "県内企業への転職を考えている。経験を活かせる先を知りたい。",
					consent));
			if (consent && !agencies.isEmpty() && i < 4) {
				seekers.passTo(id, List.of(agencies.get(random.nextInt(agencies.size()))));
			}
		}
	}

}
