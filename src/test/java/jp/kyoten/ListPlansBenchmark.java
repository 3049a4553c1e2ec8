package jp.kyoten;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.platform.tenancy.HubScope;

/**
 * The lists' orders on a few hundred thousand rows: loads 250,000 rows per list table
 * into the Kumamoto hub and 50,000 into Fukuoka (visits, job seekers, referrals, audit
 * log, events, companies; 20,000 institutions and agencies), then, inside Kumamoto's
 * scope (row-level security on, as the application reads), prints the plan of every order
 * a list offers — the same ORDER BY its {@code ListSorting} writes, over the same joins,
 * LIMIT 50 — and times each list page over HTTP. The hand-off and placement lists are
 * timed by the matching benchmark. Not part of the normal build: see
 * bench/lists/README.md.
 */
@Tag("benchmark")
@KyotenSpringTest
class ListPlansBenchmark {

	static final int ROWS = Integer.getInteger("kyoten.bench.listRows", 250_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment env;

	final BenchmarkLog bench = new BenchmarkLog("lists", 5, 40);

	@Test
	void everyListOrderWalksAnIndexOnAFewHundredThousandRows() throws Exception {
		long kumamoto = hub("kumamoto");
		long fukuoka = hub("fukuoka");
		long started = System.nanoTime();
		HubScope.runAs(kumamoto, () -> load(kumamoto, ROWS));
		HubScope.runAs(fukuoka, () -> load(fukuoka, ROWS / 5));
		analyze();
		bench.log(
				"loaded in %d s: %,d visits, %,d job seekers, %,d referrals, %,d audit entries, %,d events, "
						+ "%,d companies, %,d institutions, %,d agencies",
				(System.nanoTime() - started) / 1_000_000_000, total("company_visit"), total("job_seeker_inquiry"),
				total("institution_referral"), total("audit_log"), total("event"), total("company"),
				total("support_institution"), total("recruitment_agency"));

		Map<String, String> plans = new LinkedHashMap<>();
		String visits = "SELECT v.id FROM company_visit v JOIN company co ON co.id = v.company_id";
		plans.put("visits by 訪問日", visits + " ORDER BY v.visited_on DESC, v.id DESC");
		plans.put("visits by visitor", visits + " ORDER BY v.staff_names ASC, v.id ASC");
		plans.put("visits by company (joined)", visits + " ORDER BY co.name ASC, v.id ASC");
		// issue 18 (s8): the same order driven from the company, as
		// Visits.SELECT_BY_COMPANY reads it now
		plans.put("visits by company (driven from company)",
				"SELECT v.id FROM company co JOIN company_visit v ON v.company_id = co.id ORDER BY co.name ASC, v.id ASC");
		String visitText = " WHERE (v.discussed ILIKE '%話%' OR v.met_with ILIKE '%話%' OR co.name ILIKE '%話%')";
		plans.put("visits search: exact count",
				"SELECT count(*) " + visits.substring(visits.indexOf("FROM")) + visitText);
		plans.put("visits search: count capped at 1,000", "SELECT count(*) FROM (SELECT 1 "
				+ visits.substring(visits.indexOf("FROM")) + visitText + " LIMIT 1001) c");
		plans.put("mail by created", "SELECT id FROM mail_outbox ORDER BY created_at DESC, id DESC");
		plans.put("mail by addressee", "SELECT id FROM mail_outbox ORDER BY to_name ASC, to_address ASC, id ASC");
		plans.put("mail by subject", "SELECT id FROM mail_outbox ORDER BY subject ASC, id ASC");
		plans.put("mail by status", "SELECT id FROM mail_outbox ORDER BY status ASC, id ASC");
		plans.put("inquiries (NEW) by received",
				"SELECT id FROM portal_inquiry WHERE status = 'NEW'" + " ORDER BY received_at DESC, id DESC");
		plans.put("inquiries (NEW) by company",
				"SELECT id FROM portal_inquiry WHERE status = 'NEW'" + " ORDER BY organisation_name ASC, id ASC");
		plans.put("diagnoses by taken", "SELECT id FROM diagnosis ORDER BY taken_at DESC, id DESC");
		plans.put("diagnoses by total", "SELECT id FROM diagnosis ORDER BY total_score ASC, id ASC");
		plans.put("diagnoses by employees", "SELECT id FROM diagnosis ORDER BY employees ASC, id ASC");
		String users = "SELECT id FROM user_account WHERE hub_id = " + kumamoto;
		plans.put("accounts by name", users + " ORDER BY display_name ASC, id ASC");
		plans.put("accounts by last sign-in",
				users + " ORDER BY coalesce(last_sign_in_at, '-infinity'::timestamptz) DESC, id DESC");
		String ledger = "SELECT e.id FROM finance_entry e LEFT JOIN finance_entry r ON r.reverses_id = e.id"
				+ " WHERE e.fiscal_year = 2026";
		plans.put("ledger by 日付", ledger + " ORDER BY e.entry_date DESC, e.id DESC");
		plans.put("ledger by payee", ledger + " ORDER BY e.payee ASC, e.id ASC");
		plans.put("ledger by amount", ledger + " ORDER BY e.amount DESC, e.id DESC");
		plans.put("job seekers by 受付日", "SELECT id FROM job_seeker_inquiry ORDER BY received_on DESC, id DESC");
		plans.put("job seekers by name", "SELECT id FROM job_seeker_inquiry ORDER BY name ASC, id ASC");
		plans.put("job seekers by channel", "SELECT id FROM job_seeker_inquiry ORDER BY channel ASC, id ASC");
		String referrals = "SELECT r.id FROM institution_referral r JOIN company co ON co.id = r.company_id"
				+ " JOIN support_institution si ON si.id = r.institution_id";
		plans.put("referrals by 紹介日", referrals + " ORDER BY r.referred_on DESC, r.id DESC");
		plans.put("referrals by outcome", referrals + " ORDER BY r.status ASC, r.id ASC");
		plans.put("referrals by staff", referrals + " ORDER BY r.staff_name ASC, r.id ASC");
		String audit = "SELECT id FROM audit_log WHERE hub_id = " + kumamoto;
		plans.put("audit log by time", audit + " ORDER BY occurred_at DESC, id DESC");
		plans.put("audit log by actor", audit + " ORDER BY actor_email ASC, id ASC");
		plans.put("audit log by operation", audit + " ORDER BY action ASC, id ASC");
		plans.put("audit log capped count",
				"SELECT count(*) FROM (SELECT 1 FROM audit_log WHERE hub_id = " + kumamoto + " LIMIT 10001) c");
		plans.put("events of a month by 開催日", "SELECT e.id FROM event e WHERE e.starts_at >= timestamptz "
				+ "'2026-05-01 00:00+09' AND e.starts_at < timestamptz '2026-06-01 00:00+09' ORDER BY e.starts_at ASC, e.id ASC");
		plans.put("companies by municipality",
				"SELECT id FROM company_search WHERE merged_into_id IS NULL AND NOT closed"
						+ " ORDER BY municipality_code ASC, name_kana ASC, name ASC, id ASC");
		plans.put("companies by employees", "SELECT id FROM company_search WHERE merged_into_id IS NULL AND NOT closed"
				+ " ORDER BY employees DESC, id DESC");
		plans.put("institutions by name", "SELECT id FROM support_institution WHERE active"
				+ " ORDER BY coalesce(name_kana, name) ASC, name ASC, id ASC");
		plans.put("agencies by name",
				"SELECT id FROM recruitment_agency" + " ORDER BY coalesce(name_kana, name) ASC, name ASC, id ASC");
		plans.put("agencies by last change",
				"SELECT id FROM recruitment_agency ORDER BY status_changed_at DESC, id DESC");
		HubScope.runAs(kumamoto, () -> plans.forEach((label, sql) -> {
			String limited = sql.contains("count(*)") ? sql : sql + " LIMIT 50 OFFSET 0";
			List<String> plan = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + limited).query(String.class).list();
			bench.log("plan of %s:%n%s", label, String.join("\n", plan));
		}));

		var staff = logins.as(DemoLogins.KUMAMOTO_MANAGER);
		for (String page : List.of("/visits", "/visits?sort=staff", "/visits?sort=company", "/visits?page=200",
				"/visits?q=話", "/job-seekers", "/job-seekers?sort=name", "/referrals?fiscalYear=2026",
				"/referrals?fiscalYear=2026&sort=status", "/referrals/institutions?fiscalYear=2026", "/mail",
				"/mail?sort=subject", "/mail?q=お知らせ", "/portal/inquiries", "/portal/inquiries?sort=organisation",
				"/portal/diagnoses", "/portal/diagnoses?sort=total", "/accounts", "/accounts?sort=signIn",
				"/finance/ledger?fiscalYear=2026", "/finance/ledger?fiscalYear=2026&sort=payee",
				"/finance/ledger?fiscalYear=2026&sort=amount", "/audit", "/audit?sort=actor", "/audit?q=閲覧",
				"/events?month=2026-05", "/events?all=true&q=講座", "/companies?sort=municipality",
				"/companies?sort=employees", "/institutions?sort=name", "/agencies", "/agencies?sort=changed")) {
			bench.measure("GET " + page + " (HTTP)", "chars",
					() -> mvc.perform(get(page).with(staff))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString()
						.length());
		}
		bench.write();
	}

	/** One hub's rows, spread over ten years where they have a date. */
	private void load(long hubId, int rows) {
		String prefecture = jdbc.sql("SELECT prefecture_code FROM hub WHERE id = ?")
			.param(hubId)
			.query(String.class)
			.single();
		jdbc.sql("""
				INSERT INTO company (hub_id, name, prefecture_code, municipality_code, industry, employees, name_key,
				                     search_text, search_grams)
				SELECT ?, '一覧企業' || i, ?, ? || lpad((100 + i % 60)::text, 3, '0'), 'E', 1 + (i * 37) % 500,
				       '一覧企業' || i, '一覧企業' || i, '{}'
				  FROM generate_series(1, ?) AS i""").params(hubId, prefecture, prefecture, rows).update();
		jdbc.sql("""
				INSERT INTO consultation (hub_id, company_id, consulted_on, channel, referral_source, issues, summary,
				                          created_at, updated_at)
				SELECT ?, id, date '2026-05-01', 'PHONE', 'SELF', ARRAY['FINANCE'], '一覧の相談', now(), now()
				  FROM company WHERE name LIKE '一覧企業%' AND id % 250 = 0""").param(hubId).update();
		jdbc.sql("""
				INSERT INTO support_institution (hub_id, name, kind, search_text)
				SELECT ?, '一覧機関' || i, 'OTHER', '一覧機関' || i FROM generate_series(1, ?) AS i""")
			.params(hubId, rows / 12)
			.update();
		jdbc.sql("""
				INSERT INTO recruitment_agency (hub_id, name, licence_number, status, status_changed_at)
				SELECT ?, '一覧人材' || i, ? || '-ユ-' || lpad(i::text, 6, '0'), 'APPLIED', now() - i * interval '1 hour'
				  FROM generate_series(1, ?) AS i""").params(hubId, prefecture, rows / 12).update();
		jdbc.sql("""
				WITH c AS (SELECT array_agg(id) AS ids FROM company WHERE name LIKE '一覧企業%')
				INSERT INTO company_visit (hub_id, company_id, visited_on, staff_names, discussed)
				SELECT ?, c.ids[1 + i % array_length(c.ids, 1)], date '2017-04-01' + i % 3650,
				       (ARRAY['阿蘇','菊池','天草','人吉'])[1 + i % 4], '話した内容 ' || i
				  FROM c, generate_series(1, ?) AS i""").params(hubId, rows).update();
		jdbc.sql("""
				INSERT INTO job_seeker_inquiry (hub_id, received_on, channel, name, summary)
				SELECT ?, date '2017-04-01' + i % 3650, (ARRAY['PHONE','EMAIL','VISIT_IN'])[1 + i % 3], '求職者' || i,
				       '転職の相談 ' || i
				  FROM generate_series(1, ?) AS i""").params(hubId, rows).update();
		jdbc.sql(
				"""
						WITH c AS (SELECT array_agg(id) AS ids, array_agg(company_id) AS companies FROM consultation
						            WHERE summary = '一覧の相談'),
						     s AS (SELECT array_agg(id) AS ids FROM support_institution WHERE name LIKE '一覧機関%')
						INSERT INTO institution_referral (hub_id, consultation_id, company_id, institution_id, referred_on, reason,
						                                  consent_form, consent_on, status, staff_name)
						SELECT ?, c.ids[1 + i % array_length(c.ids, 1)], c.companies[1 + i % array_length(c.ids, 1)],
						       s.ids[1 + i % array_length(s.ids, 1)], date '2017-04-01' + i % 3650, '資金繰り', 'WRITTEN',
						       date '2017-04-01', 'IN_PROGRESS', (ARRAY['阿蘇','菊池','天草'])[1 + i % 3]
						  FROM c, s, generate_series(1, ?) AS i""")
			.params(hubId, rows)
			.update();
		jdbc.sql("""
				INSERT INTO audit_log (occurred_at, hub_id, actor_email, action, entity_type, entity_id, summary)
				SELECT now() - i * interval '1 minute', ?, 'staff' || i % 20 || '@bench.example',
				       (ARRAY['VIEW','UPDATE','CREATE'])[1 + i % 3], 'company', i::text, '閲覧 ' || i
				  FROM generate_series(1, ?) AS i""").params(hubId, rows).update();
		jdbc.sql("""
				INSERT INTO event (hub_id, uid, title, kind, starts_at, ends_at, venue)
				SELECT ?, gen_random_uuid(), '一覧講座 ' || i, 'SEMINAR',
				       timestamptz '2017-04-01 10:00+09' + (i % 3650) * interval '1 day',
				       timestamptz '2017-04-01 12:00+09' + (i % 3650) * interval '1 day', '会場'
				  FROM generate_series(1, ?) AS i""").params(hubId, rows).update();
		// issue 18 (s8): the lists that gained orders — mail (kept in demo mode, so the
		// sender leaves it alone), the
		// consultation form's submissions, self-diagnosis results, the books over ten
		// fiscal years, and accounts
		jdbc.sql("""
				INSERT INTO mail_outbox (hub_id, message_key, to_address, to_name, subject, body, status, attempts,
				                         created_at, sent_at)
				SELECT ?, gen_random_uuid(), 'to' || i || '@bench.example', '宛先' || i, 'お知らせ ' || i, '本文', 'KEPT', 1,
				       now() - i * interval '1 minute', now() - i * interval '1 minute'
				  FROM generate_series(1, ?) AS i""").params(hubId, rows).update();
		jdbc.sql(
				"""
						INSERT INTO portal_inquiry (hub_id, sender_kind, sender_name, email, organisation_name, message,
						                            preferred_contact, privacy_version, consented_at, status, received_at)
						SELECT ?, 'COMPANY', '送信者' || i, 'from' || i || '@bench.example', '相談企業' || i, '販路の相談 ' || i,
						       'EMAIL', 1, now(), CASE WHEN i % 10 = 0 THEN 'SPAM' ELSE 'NEW' END, now() - i * interval '1 minute'
						  FROM generate_series(1, ?) AS i""")
			.params(hubId, rows)
			.update();
		jdbc.sql(
				"""
						INSERT INTO diagnosis (hub_id, public_token, band_code, band_label, employees, industry, total_score,
						                       taken_at)
						SELECT ?, 'bench-' || ? || '-' || i, 'SMALL', '小規模', i % 300, 'E', i % 101, now() - i * interval '1 minute'
						  FROM generate_series(1, ?) AS i""")
			.params(hubId, hubId, rows)
			.update();
		jdbc.sql("""
				INSERT INTO finance_entry (hub_id, fiscal_year, entry_date, category, payee, purpose, amount, tax)
				SELECT ?, extract(year FROM d.day - interval '3 months'), d.day,
				       (ARRAY['TRAVEL','SUPPLIES','VENUE'])[1 + d.i % 3], '支払先' || d.i % 5000, '消耗品 ' || d.i,
				       1 + (d.i * 37) % 100000, 0
				  FROM (SELECT i, date '2017-04-01' + i % 3650 AS day FROM generate_series(1, ?) AS i) d
				 -- the demo hub has closed months, which take no entry
				 WHERE NOT EXISTS (SELECT 1 FROM finance_closed_month m
				                    WHERE m.month = date_trunc('month', d.day)::date)""").params(hubId, rows).update();
		jdbc.sql("""
				INSERT INTO user_account (hub_id, email, display_name, password_hash, role, last_sign_in_at)
				SELECT ?, 'bench-' || ? || '-' || i || '@bench.example', '職員' || i, '{noop}bench', 'CLERK',
				       CASE WHEN i % 7 <> 0 THEN now() - i * interval '1 hour' END
				  FROM generate_series(1, ?) AS i""").params(hubId, hubId, Math.max(1, rows / 100)).update();
	}

	private long hub(String slug) {
		return jdbc.sql("SELECT id FROM hub WHERE slug = ?").param(slug).query(Long.class).single();
	}

	private void analyze() throws Exception {
		try (Connection c = owner(); Statement s = c.createStatement()) {
			for (String table : List.of("company", "consultation", "support_institution", "recruitment_agency",
					"company_visit", "job_seeker_inquiry", "institution_referral", "audit_log", "event", "mail_outbox",
					"portal_inquiry", "diagnosis", "finance_entry", "user_account")) {
				s.execute("VACUUM ANALYZE " + table);
			}
		}
	}

	private long total(String table) throws Exception {
		try (Connection c = owner();
				Statement s = c.createStatement();
				var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private Connection owner() throws java.sql.SQLException {
		return DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
	}

}
