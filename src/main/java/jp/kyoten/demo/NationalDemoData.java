package jp.kyoten.demo;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Kpi;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.national.NationalBodies;
import jp.kyoten.national.RefreshNationalFigures;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The national level of the demo (issue 14): a Pro hub in every prefecture (the 45
 * besides Kumamoto and Fukuoka), よろず hubs in Kumamoto and Fukuoka, each with a fiscal
 * year and a half of compact activity made in SQL (companies, consultations, needs,
 * hand-offs and confirmed placements; a few statements per hub, seconds for all), monthly
 * reports submitted on time, late, corrected or not at all, and the bodies' viewers: 内閣府,
 * よろず全国本部, 九州経済産業局. The national figures are refreshed once at the end, as the scheduled
 * refresh would.
 */
@Component
class NationalDemoData {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NationalDemoData.class);

	record NationalUser(String email, String name, String body) {
	}

	static final List<NationalUser> USERS = List.of(
			new NationalUser("national@kyoten.demo", "内閣府 地方創生推進室 担当", "cabinet-office"),
			new NationalUser("yorozu-hq@kyoten.demo", "よろず支援拠点全国本部 担当", "yorozu-hq"),
			new NationalUser("meti-kyushu@kyoten.demo", "九州経済産業局 担当", "meti-kyushu"));

	private final Hubs hubs;

	private final UserAccounts accounts;

	private final NationalBodies bodies;

	private final RefreshNationalFigures refresh;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	NationalDemoData(Hubs hubs, UserAccounts accounts, NationalBodies bodies, RefreshNationalFigures refresh,
			JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
		this.hubs = hubs;
		this.accounts = accounts;
		this.bodies = bodies;
		this.refresh = refresh;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
	}

	void seed(String password) {
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock);
		int year = Hubs.fiscalYearOf(today);
		List<Hub> created = tx.execute(status -> {
			List<Hub> list = new ArrayList<>();
			for (Prefectures.Prefecture p : Prefectures.all()) {
				if (p.code().equals("43") || p.code().equals("40")) {
					continue; // the demo's own Kumamoto and Fukuoka hubs
				}
				Hub hub = hubs.create("pro-" + p.code(), p.name() + "プロフェッショナル人材戦略拠点", HubKind.PRO_TALENT, p.code());
				int scale = 150 + Integer.parseInt(p.code()) * 5;
				for (int y = year - 1; y <= year; y++) {
					hubs.setTarget(hub.getId(), y, Kpi.CONSULTATIONS, scale);
					hubs.setTarget(hub.getId(), y, Kpi.PLACEMENTS, scale / 5);
					hubs.setTarget(hub.getId(), y, Kpi.DIGITAL_PLACEMENTS, scale / 25);
					hubs.setTarget(hub.getId(), y, Kpi.FINANCIAL_REFERRAL_PLACEMENTS, scale / 25);
					hubs.setTarget(hub.getId(), y, Kpi.SIDE_JOB_NEW_COMPANY_PLACEMENTS, scale / 20);
				}
				list.add(hub);
			}
			list.add(hubs.create("yorozu-kumamoto", "熊本県よろず支援拠点", HubKind.YOROZU, "43"));
			list.add(hubs.create("yorozu-fukuoka", "福岡県よろず支援拠点", HubKind.YOROZU, "40"));
			for (NationalUser u : USERS) {
				accounts.createIfAbsent(null, u.email(), u.name(), Role.NATIONAL_VIEWER, password)
					.ifPresent(id -> bodies.assignViewer(id, u.body()));
			}
			return list;
		});
		long hubsMade = System.nanoTime();
		LocalDate from = LocalDate.of(year - 1, 4, 1);
		for (Hub hub : created) {
			HubScope.runAs(hub.getId(), () -> tx.executeWithoutResult(
					status -> activity(hub.getId(), hub.getPrefectureCode(), hub.getKind(), from, today)));
		}
		long activityMade = System.nanoTime();
		refresh.refreshAll();
		log.info("National demo: hubs and viewers {} ms, activity {} ms, national figures {} ms",
				(hubsMade - started) / 1_000_000, (activityMade - hubsMade) / 1_000_000,
				(System.nanoTime() - activityMade) / 1_000_000);
	}

	/**
	 * One hub's activity from {@code from} to {@code today}: 40 companies, 12–25 new
	 * consultations a month (one in five referred by the hub's regional bank), a need
	 * from one in three, and a confirmed placement 35 days after the consultation for
	 * half of those (one in four side-job, one in five digital); then the monthly
	 * reports.
	 */
	private void activity(long hub, String prefecture, HubKind kind, LocalDate from, LocalDate today) {
		long bank = jdbc.sql("""
				INSERT INTO support_institution (hub_id, name, kind) VALUES (?, ?, 'REGIONAL_BANK') RETURNING id""")
			.params(hub, Prefectures.name(prefecture) + "デモ銀行")
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO company (hub_id, name, industry, employees, prefecture_code, sme, name_key, search_text,
				                     search_grams)
				SELECT :hub, n, substr('DEEEFGHIKLMNOPR', 1 + i % 15, 1), 5 + (i * 37) % 400, :pref, true, n, n, '{}'
				  FROM generate_series(1, 40) AS i, LATERAL (SELECT :prefName || 'デモ企業' || i AS n) AS name""")
			.param("hub", hub)
			.param("pref", prefecture)
			.param("prefName", Prefectures.name(prefecture))
			.update();
		jdbc.sql("""
				INSERT INTO consultation (hub_id, company_id, consulted_on, channel, referral_institution_id,
				                          referral_source, issues, summary)
				SELECT :hub, c.ids[1 + (m.n * 7 + i) % 40], m.month + (i * 3 + :h) % 28,
				       'VISIT_IN', CASE WHEN i % 5 = 0 THEN :bank END, CASE WHEN i % 5 <> 0 THEN 'SELF' END,
				       '{RECRUITMENT}', '人材確保の相談（デモ）'
				  FROM (SELECT array_agg(id ORDER BY id) AS ids FROM company WHERE hub_id = :hub) AS c,
				       (SELECT (:from::date + make_interval(months => n))::date AS month, n
				          FROM generate_series(0, 23) AS n) AS m,
				       generate_series(1, 12 + (:h * 7 + m.n * 5) % 14) AS i
				 WHERE m.month + (i * 3 + :h) % 28 <= :today""")
			.param("hub", hub)
			.param("h", (int) (hub % 1000))
			.param("bank", bank)
			.param("from", Date.valueOf(from))
			.param("today", Date.valueOf(today))
			.update();
		if (kind != HubKind.PRO_TALENT) {
			reports(hub, kind, from, today);
			return;
		}
		long agency = jdbc.sql("""
				INSERT INTO recruitment_agency (hub_id, name, licence_number, status)
				VALUES (?, ?, ? || '-ユ-300' || lpad((? % 1000)::text, 3, '0'), 'REGISTERED') RETURNING id""")
			.params(hub, Prefectures.name(prefecture) + "デモ人材株式会社", prefecture, hub)
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO talent_need (hub_id, company_id, consultation_id, title, job_category, employment_form,
				                         digital, referral_institution_id, referral_source, status)
				SELECT hub_id, company_id, id, '専門人材（デモ）',
				       (ARRAY['SALES','PRODUCTION','ENGINEERING','FINANCE','MARKETING','CORPORATE_PLANNING',
				              'IT_ENGINEER','HR'])[1 + id % 8],
				       CASE WHEN id % 4 = 0 THEN 'SIDE_JOB' ELSE 'FULL_TIME' END, id % 5 = 0,
				       referral_institution_id, referral_source,
				       CASE WHEN id % 6 = 0 AND consulted_on + 35 <= :today THEN 'PLACED' ELSE 'HANDED_OFF' END
				  FROM consultation WHERE hub_id = :hub AND id % 3 = 0""")
			.param("hub", hub)
			.param("today", Date.valueOf(today))
			.update();
		jdbc.sql("""
				INSERT INTO selection_sheet (hub_id, need_id, ordering, criteria)
				SELECT hub_id, id, 'ROTATION 0', '{}'::jsonb FROM talent_need WHERE hub_id = ?""").param(hub).update();
		jdbc.sql("""
				INSERT INTO selection_sheet_agency (hub_id, sheet_id, agency_id, position)
				SELECT hub_id, id, ?, 1 FROM selection_sheet WHERE hub_id = ?""").params(agency, hub).update();
		jdbc.sql(
				"""
						INSERT INTO handoff (hub_id, need_id, company_id, selection_sheet_id, agency_id, chosen_by, choice_method,
						                     chosen_on, provided_data, status)
						SELECT n.hub_id, n.id, n.company_id, s.id, ?, '代表取締役', 'IN_PERSON', c.consulted_on + 7, '{}'::jsonb,
						       CASE WHEN n.status = 'PLACED' THEN 'PLACED' ELSE 'HANDED_OFF' END
						  FROM talent_need n JOIN selection_sheet s ON s.need_id = n.id
						  JOIN consultation c ON c.id = n.consultation_id
						 WHERE n.hub_id = ? AND c.consulted_on + 7 <= ?""")
			.params(agency, hub, Date.valueOf(today))
			.update();
		jdbc.sql(
				"""
						INSERT INTO placement (hub_id, handoff_id, agency_id, need_id, company_id, contract_date, employment_form,
						                       residence_before_pref, residence_after_pref, fee, confirmed, confirmed_at)
						SELECT h.hub_id, h.id, h.agency_id, h.need_id, h.company_id, c.consulted_on + 35, n.employment_form,
						       CASE WHEN n.id % 3 = 0 THEN '13' ELSE ? END, ?, 1000000, true, now()
						  FROM handoff h JOIN talent_need n ON n.id = h.need_id JOIN consultation c ON c.id = n.consultation_id
						 WHERE h.hub_id = ? AND n.status = 'PLACED'""")
			.params(prefecture, prefecture, hub)
			.update();
		reports(hub, kind, from, today);
	}

	/**
	 * The monthly reports of every month already due, submitted on time by most hubs;
	 * every eleventh hub a few days late, every seventh with a correction (version 2) of
	 * last month, and every thirteenth not at all last month.
	 */
	private void reports(long hub, HubKind kind, LocalDate from, LocalDate today) {
		jdbc.sql(
				"""
						INSERT INTO monthly_report (hub_id, kind, month, version, submitted, snapshot, submitted_at,
						                            submitted_by, created_by, updated_by)
						SELECT :hub, 'MONTHLY', m, 1, true, '{}'::jsonb,
						       (m + interval '1 month' + make_interval(days => CASE WHEN :h % 11 = 0 THEN 12 ELSE 4 + :h % 5 END)
						        + interval '10 hours') AT TIME ZONE 'Asia/Tokyo',
						       'demo', 'demo', 'demo'
						  FROM generate_series(:from::date, (date_trunc('month', :today::date) - interval '1 month')::date,
						                       interval '1 month') AS m
						 WHERE (m + interval '1 month' + make_interval(days => CASE WHEN :h % 11 = 0 THEN 12 ELSE 4 + :h % 5 END))::date <= :today
						   AND NOT (:h % 13 = 0 AND m = date_trunc('month', :today::date) - interval '1 month')""")
			.param("hub", hub)
			.param("h", (int) (hub % 1000))
			.param("from", Date.valueOf(from))
			.param("today", Date.valueOf(today))
			.update();
		if (hub % 7 == 0) {
			jdbc.sql(
					"""
							INSERT INTO monthly_report (hub_id, kind, month, version, submitted, snapshot, submitted_at,
							                            submitted_by, created_by, updated_by)
							SELECT hub_id, kind, month, 2, true, snapshot, submitted_at + interval '2 days', 'demo', 'demo', 'demo'
							  FROM monthly_report WHERE hub_id = ? AND version = 1
							   AND month = (SELECT max(month) FROM monthly_report WHERE hub_id = ?)
							   AND submitted_at + interval '2 days' <= now()""")
				.params(hub, hub)
				.update();
		}
	}

}
