package jp.kyoten.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.kyoten.BenchmarkLog;
import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Loads a national-scale matching history — 47 hubs × 10 fiscal years: 5,000,000
 * consultations, 1,000,000 talent needs, 600,000 selection sheets and hand-offs, 500,000
 * placements — and times the matching pages and read models for one hub: the needs list,
 * a need, the agency portal, the company timeline and {@link CompanyProgress}. Not part
 * of the normal build: see bench/matching/README.md.
 */
@Tag("benchmark")
@KyotenSpringTest
class MatchingBenchmark {

	/**
	 * All prefectures by default; {@code -Dkyoten.bench.hubs=5} for a quick run (each hub
	 * keeps its full size).
	 */
	static final int HUBS = Integer.getInteger("kyoten.bench.hubs", 47);

	static final int COMPANIES_PER_HUB = 2_000;

	/** 5,000,000 / 47 */
	static final int CONSULTATIONS_PER_HUB = 106_383;

	static final int WARM_UP = 20;

	static final int RUNS = 200;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Autowired
	Needs needs;

	@Autowired
	HandOffs handOffs;

	@Autowired
	CompanyProgress progress;

	@Autowired
	Environment env;

	final BenchmarkLog bench = new BenchmarkLog("matching", WARM_UP, RUNS);

	@Test
	void matchingPagesStayFastWithTenYearsOfFortySevenHubs() throws Exception {
		long started = System.nanoTime();
		for (long hubId : hubs()) {
			HubScope.runAs(hubId, () -> load(hubId));
		}
		analyze();
		bench.log("loaded in %d s: %,d consultations, %,d needs, %,d sheets, %,d hand-offs, %,d placements",
				(System.nanoTime() - started) / 1_000_000_000, total("consultation"), total("talent_need"),
				total("selection_sheet"), total("handoff"), total("placement"));
		bench.log("tables: consultation %s, talent_need %s, handoff %s, placement %s", size("consultation"),
				size("talent_need"), size("handoff"), size("placement"));

		long kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		Random random = new Random(42);
		List<Long> companies = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT id FROM company WHERE name LIKE 'ベンチ企業%' ORDER BY id").query(Long.class).list());
		List<Long> needIds = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT id FROM talent_need ORDER BY id").query(Long.class).list());
		bench.log("Kumamoto: %,d companies, %,d needs", companies.size(), needIds.size());

		RequestPostProcessor staff = logins.as(DemoLogins.KUMAMOTO_COORDINATOR);
		RequestPostProcessor agency = logins.as("agency@kumamoto.demo");
		bench.measure("GET /needs (HTTP, first page of all needs)", "chars", () -> html(get("/needs"), staff));
		bench.measure("GET /needs?open=true&jobCategory=SALES (HTTP)", "chars",
				() -> html(get("/needs").param("open", "true").param("jobCategory", "SALES"), staff));
		bench.measure("GET /needs?sort=company (HTTP, all needs by company)", "chars",
				() -> html(get("/needs").param("sort", "company"), staff));
		bench.measure("GET /needs?sort=status (HTTP)", "chars",
				() -> html(get("/needs").param("sort", "status"), staff));
		bench.measure("GET /needs?q=営業 (HTTP, text search)", "chars",
				() -> html(get("/needs").param("q", "営業"), staff));
		bench.measure("GET /needs?page=40 (HTTP, page 41 by 把握日)", "chars",
				() -> html(get("/needs").param("page", "40"), staff));
		bench.measure("GET /consultations (HTTP, first page by 相談日)", "chars",
				() -> html(get("/consultations"), staff));
		bench.measure("GET /consultations?sort=company (HTTP)", "chars",
				() -> html(get("/consultations").param("sort", "company"), staff));
		bench.measure("GET /consultations?sort=staff (HTTP)", "chars",
				() -> html(get("/consultations").param("sort", "staff"), staff));
		bench.measure("GET /consultations?q=相談 (HTTP, summary search)", "chars",
				() -> html(get("/consultations").param("q", "相談"), staff));
		bench.measure("GET /consultations?q=該当なしの語 (HTTP, a word no summary has)", "chars",
				() -> html(get("/consultations").param("q", "該当なしの語"), staff));
		HubScope.runAs(kumamoto, () -> {
			for (String order : List.of("c.consulted_on DESC, c.id DESC", "c.staff_name ASC, c.id ASC",
					"co.name ASC, c.id ASC")) {
				bench.log("plan of the consultation list by %s:%n%s", order, String.join("\n", jdbc
					.sql("""
							EXPLAIN (ANALYZE, BUFFERS) SELECT c.id FROM consultation c JOIN company co ON co.id = c.company_id
							 ORDER BY %s LIMIT 50"""
						.formatted(order))
					.query(String.class)
					.list()));
			}
		});
		bench.measure("GET /handoffs (HTTP, first page by 選択日)", "chars", () -> html(get("/handoffs"), staff));
		bench.measure("GET /handoffs?sort=company (HTTP)", "chars",
				() -> html(get("/handoffs").param("sort", "company"), staff));
		bench.measure("GET /handoffs?sort=status (HTTP)", "chars",
				() -> html(get("/handoffs").param("sort", "status"), staff));
		bench.measure("GET /handoffs?page=100 (HTTP, page 101 by 選択日)", "chars",
				() -> html(get("/handoffs").param("page", "100"), staff));
		bench.measure("GET /handoffs?q=ベンチ企業1 (HTTP, text search)", "chars",
				() -> html(get("/handoffs").param("q", "ベンチ企業1"), staff));
		bench.measure("GET /placements (HTTP, first page by 成約日)", "chars", () -> html(get("/placements"), staff));
		bench.measure("GET /placements?sort=fee (HTTP)", "chars",
				() -> html(get("/placements").param("sort", "fee"), staff));
		bench.measure("GET /agency-portal?sort=company (HTTP, agency user)", "chars",
				() -> html(get("/agency-portal").param("sort", "company"), agency));
		HubScope.runAs(kumamoto, () -> {
			for (String order : List.of("h.chosen_on DESC, h.id DESC",
					"(h.provided_data ->> 'companyName') ASC, h.id ASC", "h.status ASC, h.id ASC")) {
				bench.log("plan of the hand-off list by %s:%n%s", order, String.join("\n", jdbc
					.sql("""
							EXPLAIN (ANALYZE, BUFFERS) SELECT h.id FROM handoff h JOIN recruitment_agency a ON a.id = h.agency_id
							  LEFT JOIN placement p ON p.handoff_id = h.id ORDER BY %s LIMIT 50"""
						.formatted(order))
					.query(String.class)
					.list()));
			}
			for (String order : List.of("p.contract_date DESC, p.id DESC", "p.fee ASC, p.id ASC")) {
				bench.log("plan of the placement list by %s:%n%s", order, String.join("\n", jdbc.sql("""
						EXPLAIN (ANALYZE, BUFFERS) SELECT p.id FROM placement p JOIN handoff h ON h.id = p.handoff_id
						  JOIN recruitment_agency a ON a.id = p.agency_id ORDER BY %s LIMIT 50""".formatted(order))
					.query(String.class)
					.list()));
			}
		});
		bench.measure("GET /needs/{id} (HTTP, a random need)", "chars",
				() -> html(get("/needs/{id}", needIds.get(random.nextInt(needIds.size()))), staff));
		bench.measure("GET /companies/{id}/timeline (HTTP, a random company)", "chars",
				() -> html(get("/companies/{id}/timeline", companies.get(random.nextInt(companies.size()))), staff));
		bench.measure("GET /agency-portal (HTTP, agency user, first page)", "chars",
				() -> html(get("/agency-portal"), agency));
		bench.measure("GET /api/v1/handoffs?open=true (HTTP, agency user)", "chars",
				() -> html(get("/api/v1/handoffs").param("open", "true"), agency));
		HubScope.runAs(kumamoto, () -> {
			bench.measure("Needs.list (open needs, first page of 50)", "rows",
					() -> needs
						.list(new NeedFilter(null, true, null, null, null, null, null, null), PageRequest.of(0, 50))
						.getNumberOfElements());
			bench.measure("HandOffs.list (all hand-offs, first page of 50)", "rows",
					() -> handOffs.list(HandOffFilter.none(), PageRequest.of(0, 50)).getNumberOfElements());
			bench.measure("CompanyProgress.of (200 companies, since FY2026)", "rows", () -> {
				List<Long> some = new ArrayList<>();
				for (int i = 0; i < 200; i++) {
					some.add(companies.get(random.nextInt(companies.size())));
				}
				return progress.of(some, LocalDate.of(2026, 4, 1)).size();
			});
			bench.log("plan of the needs list (open, first page):%n%s", String.join("\n", jdbc.sql("""
					EXPLAIN (ANALYZE, BUFFERS) SELECT n.id FROM talent_need n JOIN company co ON co.id = n.company_id
					 WHERE n.status NOT IN ('PLACED', 'NOT_PLACED', 'WITHDRAWN')
					 ORDER BY n.status_changed_at DESC, n.id DESC LIMIT 50""").query(String.class).list()));
		});
		bench.write();
		assertThat(total("placement")).isGreaterThan(450_000);
	}

	private long html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.length();
	}

	private List<Long> hubs() {
		List<Long> ids = new ArrayList<>(jdbc.sql("SELECT id FROM hub ORDER BY id").query(Long.class).list());
		for (int p = 1; ids.size() < HUBS; p++) {
			String code = "%02d".formatted(p);
			if (code.equals("40") || code.equals("43") || hubs.bySlug("bench-" + code).isPresent()) {
				continue;
			}
			ids.add(hubs.create("bench-" + code, "ベンチマーク拠点 " + code, HubKind.PRO_TALENT, code).getId());
		}
		return ids;
	}

	/**
	 * One hub's ten fiscal years (FY2017–FY2026): companies, consultations spread evenly
	 * over the days, a need for every fifth; of the needs, half placed, one in ten not
	 * placed, the rest withdrawn, and those of the last three months still open; a sheet
	 * of three agencies and a hand-off for each placed, not placed or open need past
	 * 事業者選定中, and a placement for each placed one (confirmed but for the last month's).
	 * The hub's registered agencies are used, five made where there are none.
	 */
	private void load(long hubId) {
		String prefecture = jdbc.sql("SELECT prefecture_code FROM hub WHERE id = ?")
			.param(hubId)
			.query(String.class)
			.single();
		jdbc.sql("""
				INSERT INTO company (hub_id, name, prefecture_code, municipality_code, industry, employees, name_key,
				                     search_text, search_grams)
				SELECT ?, 'ベンチ企業' || i, ?, ? || '201', substr('ADEGHIKLMP', 1 + i % 10, 1), 1 + (i * 37) % 500,
				       'ベンチ企業' || i, 'ベンチ企業' || i, '{}'
				  FROM generate_series(1, ?) AS i""").params(hubId, prefecture, prefecture, COMPANIES_PER_HUB).update();
		List<Long> agencies = jdbc
			.sql("SELECT id FROM recruitment_agency WHERE status = 'REGISTERED' ORDER BY id LIMIT 5")
			.query(Long.class)
			.list();
		if (agencies.size() < 5) {
			jdbc.sql(
					"""
							INSERT INTO recruitment_agency (hub_id, name, licence_number, status, employment_forms, job_categories,
							                                prefecture_codes)
							SELECT ?, 'ベンチ人材' || i, ? || '-ユ-9' || lpad(i::text, 5, '0'), 'REGISTERED',
							       '{FULL_TIME,SIDE_JOB}', '{SALES,PRODUCTION,IT_ENGINEER}', ARRAY[?]
							  FROM generate_series(1, 5) AS i""")
				.params(hubId, prefecture, prefecture)
				.update();
			agencies = jdbc.sql("SELECT id FROM recruitment_agency WHERE status = 'REGISTERED' ORDER BY id LIMIT 5")
				.query(Long.class)
				.list();
		}
		Long[] agencyIds = agencies.toArray(Long[]::new);
		jdbc.sql("""
				WITH c AS (SELECT array_agg(id ORDER BY id) AS ids FROM company WHERE name LIKE 'ベンチ企業%')
				INSERT INTO consultation (hub_id, company_id, consulted_on, channel, referral_source, issues, summary,
				                          created_at, updated_at)
				SELECT ?, c.ids[1 + (i * 7919) % array_length(c.ids, 1)], date '2017-04-01' + (i % 3520),
				       (ARRAY['VISIT_IN','VISIT_OUT','PHONE','ONLINE','EMAIL'])[1 + i % 5],
				       (ARRAY['SEMINAR','WEB','SELF','OTHER'])[1 + i % 4], ARRAY['RECRUITMENT'],
				       'ベンチマークの相談 ' || i, now(), now()
				  FROM c, generate_series(1, ?) AS i""").params(hubId, CONSULTATIONS_PER_HUB).update();
		jdbc.sql(
				"""
						INSERT INTO talent_need (hub_id, company_id, consultation_id, title, job_category, employment_form, digital,
						                         status, status_changed_at, created_at, updated_at)
						SELECT hub_id, company_id, id, 'ベンチ求人ニーズ ' || id,
						       (ARRAY['SALES','PRODUCTION','IT_ENGINEER'])[1 + id % 3],
						       CASE WHEN id % 10 < 3 THEN 'SIDE_JOB' ELSE 'FULL_TIME' END, id % 10 = 5,
						       CASE WHEN consulted_on >= date '2026-09-01' THEN (ARRAY['PROSPECTING','DEFINED','SELECTING',
						                 'HANDED_OFF','IN_SELECTION'])[1 + id % 5]
						            WHEN (id / 5) % 10 < 5 THEN 'PLACED' WHEN (id / 5) % 10 = 5 THEN 'NOT_PLACED'
						            ELSE 'WITHDRAWN' END,
						       consulted_on + 3, consulted_on + 3, consulted_on + 3
						  FROM consultation WHERE summary LIKE 'ベンチマークの相談%' AND id % 5 = 0""")
			.update();
		jdbc.sql("""
				INSERT INTO selection_sheet (hub_id, need_id, ordering, criteria, created_at)
				SELECT hub_id, id, 'ROTATION offset=' || id % 5 || ' of 5', '{}'::jsonb, created_at + interval '2 days'
				  FROM talent_need WHERE title LIKE 'ベンチ求人ニーズ%'
				   AND status IN ('PLACED', 'NOT_PLACED', 'SELECTING', 'HANDED_OFF', 'IN_SELECTION')""").update();
		jdbc.sql(
				"""
						INSERT INTO selection_sheet_agency (hub_id, sheet_id, agency_id, position)
						SELECT s.hub_id, s.id, (?::bigint[])[1 + (s.id + k) % 5], k + 1
						  FROM selection_sheet s CROSS JOIN generate_series(0, 2) AS k WHERE s.ordering LIKE 'ROTATION offset=% of 5'
						   AND NOT EXISTS (SELECT 1 FROM selection_sheet_agency x WHERE x.sheet_id = s.id)""")
			.param(agencyIds)
			.update();
		jdbc.sql(
				"""
						INSERT INTO handoff (hub_id, need_id, company_id, selection_sheet_id, agency_id, chosen_by, choice_method,
						                     chosen_on, status, provided_data, provided_at, created_at, updated_at)
						SELECT s.hub_id, n.id, n.company_id, s.id, (?::bigint[])[1 + s.id % 5], '代表取締役', 'PAPER',
						       (s.created_at)::date + 7,
						       CASE WHEN n.status = 'PLACED' THEN 'PLACED' WHEN n.status = 'NOT_PLACED' THEN 'NOT_PLACED'
						            ELSE 'ACCEPTED' END,
						       jsonb_build_object('companyName', co.name, 'companyAddress', '本社所在地', 'companyIndustry',
						                          co.industry, 'companyEmployees', co.employees, 'contactName', '代表取締役',
						                          'needTitle', n.title, 'jobCategory', n.job_category, 'employmentForm',
						                          n.employment_form, 'digital', n.digital, 'cxo', false),
						       s.created_at + interval '7 days', s.created_at, s.created_at
						  FROM selection_sheet s JOIN talent_need n ON n.id = s.need_id JOIN company co ON co.id = n.company_id
						 WHERE n.title LIKE 'ベンチ求人ニーズ%'""")
			.param(agencyIds)
			.update();
		jdbc.sql("""
				INSERT INTO placement (hub_id, handoff_id, agency_id, need_id, company_id, contract_date, start_date,
				                       employment_form, residence_before_pref, residence_after_pref, fee, reported_at,
				                       confirmed, confirmed_at)
				SELECT h.hub_id, h.id, h.agency_id, h.need_id, h.company_id, h.chosen_on + 40, h.chosen_on + 60,
				       n.employment_form, '13', ?, 1000000, now(), h.chosen_on + 40 < date '2026-10-22',
				       CASE WHEN h.chosen_on + 40 < date '2026-10-22' THEN now() END
				  FROM handoff h JOIN talent_need n ON n.id = h.need_id
				 WHERE h.status = 'PLACED' AND n.title LIKE 'ベンチ求人ニーズ%'""").param(prefecture).update();
	}

	/**
	 * Fresh statistics, as autovacuum would give them a while after a bulk load; needs
	 * the schema owner.
	 */
	private void analyze() throws Exception {
		try (Connection c = DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
				Statement s = c.createStatement()) {
			for (String table : List.of("company", "consultation", "talent_need", "selection_sheet",
					"selection_sheet_agency", "handoff", "placement")) {
				s.execute("VACUUM ANALYZE " + table);
			}
		}
	}

	private long total(String table) {
		try (Connection c = DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
				Statement s = c.createStatement();
				var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String size(String table) {
		return jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size(?::regclass))")
			.param(table)
			.query(String.class)
			.single();
	}

}
