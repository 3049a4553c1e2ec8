package jp.kyoten.reporting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.BenchmarkHubs;
import jp.kyoten.BenchmarkLog;
import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A national-scale database — 47 hubs, ten fiscal years (FY2017–FY2026), 5,000,000
 * consultations, 500,000 placements with their needs, selection sheets, hand-offs,
 * companies, institutions and agencies — and the dashboard and the monthly report of one
 * hub-year timed beside the same aggregate queries run directly in PostgreSQL (EXPLAIN
 * ANALYZE). Not part of the normal build: see bench/kpi-dashboard/README.md.
 */
@Tag("benchmark")
@KyotenSpringTest
class KpiDashboardBenchmark {

	static final int COMPANIES = 5_000;

	/**
	 * New consultations per hub (47 × 85,107 ≈ 4.0 million) and follow-ups (47 × 21,277 ≈
	 * 1.0 million).
	 */
	static final int NEW = 85_107;

	static final int FOLLOW_UPS = 21_277;

	/**
	 * Per hub: needs (one of every five new consultations, so spread over the ten years);
	 * three in four have a selection sheet and a hand-off ({@link #HANDED_OFF}), five in
	 * eight a placement ({@link #PLACED}, ≈ 10,638 a hub, 500,000 in all), one placement
	 * in twenty unconfirmed.
	 */
	static final int NEEDS = 17_021;

	static final String HANDED_OFF = "j % 4 <> 3";

	static final String PLACED = "j % 8 IN (0, 1, 2, 4, 5)";

	static final LocalDate FIRST_DAY = LocalDate.of(2017, 4, 1);

	static final int DAYS = 3_652;

	static final int WARM_UP = 5;

	static final int RUNS = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Autowired
	Dashboard dashboard;

	@Autowired
	Kpis kpis;

	@Autowired
	MonthlyReports reports;

	@Autowired
	Environment env;

	final BenchmarkLog report = new BenchmarkLog("kpi-dashboard", WARM_UP, RUNS);

	@Test
	void dashboardAndMonthlyReportOfOneHubYearAtNationalScale() throws Exception {
		long started = System.nanoTime();
		List<Long> hubIds = BenchmarkHubs.national(hubs, jdbc);
		try (Connection owner = DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"))) {
			load(owner, hubIds);
		}
		report.log("loaded in %d s", (System.nanoTime() - started) / 1_000_000_000);
		for (String table : List.of("company", "consultation", "talent_need", "selection_sheet",
				"selection_sheet_agency", "handoff", "placement")) {
			report.log("%-24s %,12d rows  table %8s  indexes %8s", table,
					jdbc.sql("SELECT reltuples::bigint FROM pg_class WHERE relname = ?")
						.param(table)
						.query(Long.class)
						.single(),
					size("pg_table_size('" + table + "')"), size("pg_indexes_size('" + table + "')"));
		}
		long consultations = owner("SELECT count(*) FROM consultation");
		long placements = owner("SELECT count(*) FROM placement");
		report.log("consultations %,d, placements %,d, hubs %d", consultations, placements, hubIds.size());

		long kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		Random random = new Random(42);
		HubScope.runAs(kumamoto, () -> {
			report.measure("Dashboard.of (5 KPI × 12 months, funnel, breakdowns), FY2026", "rows", () -> {
				Dashboard.View v = dashboard.of(kumamoto, new FiscalYear(2026), LocalDate.of(2026, 11, 22));
				return v.kpis().get(1).actual();
			});
			report.measure("Dashboard.of, a random fiscal year 2017–2026", "rows",
					() -> dashboard.of(kumamoto, new FiscalYear(2017 + random.nextInt(10)), LocalDate.of(2026, 11, 22))
						.kpis()
						.get(1)
						.actual());
			report.measure("MonthlyReports.compute (month + year to date, placements, issues)", "rows",
					() -> reports.compute(YearMonth.of(2026, 4 + random.nextInt(9)), 1, "", "", null, null)
						.placements()
						.size());
			explain("KPI by month (Kpis.monthly)", Kpis.class, "monthly");
			explain("funnel (Kpis.funnel)", Kpis.class, "funnel");
			explain("breakdowns (Kpis.breakdowns)", Kpis.class, "breakdowns");
		});
		var manager = logins.as(DemoLogins.KUMAMOTO_MANAGER);
		// a yardstick for how loaded the machine is: the home page runs no report query
		report.measure("GET / (HTTP, home page, no report query: the machine's yardstick)", "chars",
				() -> mvc.perform(get("/").with(manager))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString()
					.length());
		report.measure("GET /dashboard?fiscalYear=2026 (HTTP, whole page)", "chars",
				() -> mvc.perform(get("/dashboard").param("fiscalYear", "2026").with(manager))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString()
					.length());
		report.measure("GET /dashboard/data.json?fiscalYear=2026 (HTTP, chart data)", "chars",
				() -> mvc.perform(get("/dashboard/data.json").param("fiscalYear", "2026").with(manager))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString()
					.length());
		report.measure("GET /api/v1/kpis?fiscalYear=2026 (HTTP, JSON)", "chars",
				() -> mvc.perform(get("/api/v1/kpis").param("fiscalYear", "2026").with(manager))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString()
					.length());
		for (String path : List.of("/reports/monthly/2026-10", "/reports/monthly/2026-10/export.xlsx",
				"/reports/monthly/2026-10/export.pdf", "/reports/monthly/2026-10/export.csv")) {
			report.measure("GET " + path + " (HTTP)", "bytes",
					() -> mvc.perform(get(path).with(manager))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsByteArray().length);
		}
		report.write();
		assertThat(consultations).isGreaterThanOrEqualTo(5_000_000);
		assertThat(placements).isGreaterThanOrEqualTo(500_000);
	}

	/**
	 * The query plans, run as the application role inside the hub's scope (row-level
	 * security on).
	 */
	private void explain(String name, Class<?> type, String question) {
		FiscalYear year = new FiscalYear(2026);
		long hub = HubScope.require();
		String sql = switch (question) {
			case "monthly" -> """
					WITH c AS (SELECT date_trunc('month', consulted_on)::date AS m, count(*) FROM consultation
					            WHERE hub_id = :hub AND consulted_on >= :from AND consulted_on < :to
					              AND follow_up_of IS NULL GROUP BY 1),
					pl AS (SELECT date_trunc('month', p.contract_date)::date AS m, count(*),
					              count(*) FILTER (WHERE n.digital), count(*) FILTER (WHERE %s),
					              count(*) FILTER (WHERE %s) %s GROUP BY 1)
					SELECT * FROM c FULL JOIN pl ON pl.m = c.m""".formatted(Kpis.FINANCIAL, Kpis.SIDE_JOB_NEW_COMPANY,
					Kpis.CONFIRMED_PLACEMENTS);
			case "funnel" ->
				"""
						SELECT (SELECT count(DISTINCT company_id) FROM consultation
						         WHERE hub_id = :hub AND consulted_on >= :from AND consulted_on < :to),
						       (SELECT count(*) FROM talent_need WHERE hub_id = :hub
						           AND created_at >= :from::timestamp AT TIME ZONE 'Asia/Tokyo'
						           AND created_at < :to::timestamp AT TIME ZONE 'Asia/Tokyo'),
						       (SELECT count(*) FROM handoff WHERE hub_id = :hub AND chosen_on >= :from AND chosen_on < :to)""";
			default -> "SELECT %s, count(*) %s GROUP BY 1".formatted(Kpis.SIZE_BAND, Kpis.CONFIRMED_PLACEMENTS);
		};
		List<String> plan = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql)
			.param("hub", hub)
			.param("from", java.sql.Date.valueOf(year.start()))
			.param("to", java.sql.Date.valueOf(year.end()))
			.param("yearStart", java.sql.Date.valueOf(year.start()))
			.query(String.class)
			.list();
		report.log("plan of %s (%s):%n%s", name, type.getSimpleName(), String.join("\n", plan));
	}

	/**
	 * Loads every hub alike, as the schema owner with triggers (and so foreign-key
	 * checks) off for the load: the rows are generated consistent with their keys. Ids
	 * are fixed ranges above the demo data's.
	 */
	/** Package-private: the national benchmark loads the same national-scale rows. */
	void load(Connection owner, List<Long> hubIds) throws Exception {
		try (Statement s = owner.createStatement()) {
			s.execute("SET session_replication_role = replica");
			s.execute("SET maintenance_work_mem = '256MB'");
			s.execute("CREATE TEMP TABLE bench_hub (i int PRIMARY KEY, hub_id bigint, pref char(2))");
		}
		try (PreparedStatement ps = owner
			.prepareStatement("INSERT INTO bench_hub SELECT ?, id, prefecture_code FROM hub WHERE id = ?")) {
			for (int i = 0; i < hubIds.size(); i++) {
				ps.setInt(1, i);
				ps.setLong(2, hubIds.get(i));
				ps.executeUpdate();
			}
		}
		String kinds = "ARRAY['REGIONAL_BANK','SECOND_REGIONAL_BANK','SHINKIN_BANK','CREDIT_COOPERATIVE',"
				+ "'GOVERNMENT_FINANCIAL','CHAMBER_OF_COMMERCE','SOCIETY_OF_COMMERCE','YOROZU','MUNICIPALITY','OTHER']";
		String issues = "ARRAY['SALES_CHANNEL','PRODUCTIVITY','NEW_PRODUCT','DX','SUCCESSION','RECRUITMENT',"
				+ "'ORGANISATION','OVERSEAS','FINANCE','PRICE_PASS_THROUGH','LABOUR_SAVING','CARBON_NEUTRAL',"
				+ "'INTELLECTUAL_PROPERTY','INVOICE','OTHER']";
		String jobs = "ARRAY['SALES','PRODUCTION','ENGINEERING','FINANCE','MARKETING','PRODUCT_PLANNING',"
				+ "'CORPORATE_PLANNING','R_AND_D','GENERAL_AFFAIRS','IT_ENGINEER','LOGISTICS','HR','CREATIVE','LEGAL','OTHER']";
		// consultation n of hub i: company, date; the same expressions give a follow-up's
		// and a need's company
		String company = "(50000000 + b.i * %d + (%s * 7919) %% %d)";
		String day = "(date '2017-04-01' + ((%s)::bigint * %d / %d)::int)";
		List<String> statements = List.of("""
				INSERT INTO company (id, hub_id, name, prefecture_code, industry, employees, name_key, search_text,
				                     search_grams, sme)
				SELECT 50000000 + b.i * %1$d + k, b.hub_id, 'ベンチ企業 ' || b.i || '-' || k, b.pref,
				       chr(65 + k %% 20), CASE WHEN k %% 11 = 0 THEN NULL ELSE (k * 37) %% 1500 END,
				       'ベンチ企業' || b.i || '-' || k, '', '{}', true
				  FROM bench_hub b, generate_series(0, %1$d - 1) k""".formatted(COMPANIES), """
				INSERT INTO support_institution (id, hub_id, name, kind)
				OVERRIDING SYSTEM VALUE
				SELECT 50000000 + b.i * 10 + k, b.hub_id, 'ベンチ機関 ' || k, (%s)[k + 1]
				  FROM bench_hub b, generate_series(0, 9) k""".formatted(kinds), """
				INSERT INTO recruitment_agency (id, hub_id, name, licence_number, status)
				OVERRIDING SYSTEM VALUE
				SELECT 50000000 + b.i * 20 + k, b.hub_id, 'ベンチ人材 ' || k, '43-ユ-' || lpad(k::text, 6, '0'),
				       'REGISTERED'
				  FROM bench_hub b, generate_series(0, 19) k""", """
				INSERT INTO consultation (id, hub_id, company_id, consulted_on, channel, referral_institution_id,
				                          referral_source, issues, summary)
				OVERRIDING SYSTEM VALUE
				SELECT 100000000 + b.i * %1$d + n, b.hub_id, %2$s, %3$s, 'VISIT_IN',
				       CASE WHEN n %% 10 < 5 THEN 50000000 + b.i * 10 + n %% 10 * 2 END,
				       CASE WHEN n %% 10 >= 5 THEN 'WEB' END,
				       ARRAY[(%4$s)[n %% 15 + 1], 'RECRUITMENT'], 'ベンチ相談'
				  FROM bench_hub b, generate_series(0, %1$d - 1) n""".formatted(NEW,
				company.formatted(COMPANIES, "n", COMPANIES), day.formatted("n", DAYS, NEW), issues),
				"""
						INSERT INTO consultation (id, hub_id, company_id, consulted_on, channel, referral_source, issues,
						                          summary, follow_up_of)
						OVERRIDING SYSTEM VALUE
						SELECT 200000000 + b.i * %1$d + f, b.hub_id, %2$s, %3$s + 20, 'PHONE', 'SELF', ARRAY['RECRUITMENT'],
						       'ベンチ継続相談', 100000000 + b.i * %4$d + f * 4
						  FROM bench_hub b, generate_series(0, %1$d - 1) f"""
					.formatted(FOLLOW_UPS, company.formatted(COMPANIES, "(f * 4)", COMPANIES),
							day.formatted("f * 4", DAYS, NEW), NEW),
				"""
						INSERT INTO talent_need (id, hub_id, company_id, consultation_id, title, job_category, employment_form,
						                         digital, referral_institution_id, referral_source, status, created_at,
						                         status_changed_at)
						OVERRIDING SYSTEM VALUE
						SELECT 300000000 + b.i * %1$d + j, b.hub_id, %2$s, 100000000 + b.i * %3$d + j * 5, 'ベンチ求人',
						       (%4$s)[j %% 15 + 1], CASE WHEN j %% 4 = 0 THEN 'SIDE_JOB' ELSE 'FULL_TIME' END, j %% 5 = 0,
						       CASE WHEN (j * 5) %% 10 < 5 THEN 50000000 + b.i * 10 + (j * 5) %% 10 * 2 END,
						       CASE WHEN (j * 5) %% 10 >= 5 THEN 'WEB' END,
						       CASE WHEN %6$s THEN 'PLACED' WHEN %7$s THEN 'HANDED_OFF' ELSE 'DEFINED' END,
						       (%5$s + 5)::timestamp AT TIME ZONE 'Asia/Tokyo', now()
						  FROM bench_hub b, generate_series(0, %1$d - 1) j"""
					.formatted(NEEDS, company.formatted(COMPANIES, "(j * 5)", COMPANIES), NEW, jobs,
							day.formatted("j * 5", DAYS, NEW), PLACED, HANDED_OFF),
				"""
						INSERT INTO selection_sheet (id, hub_id, need_id, ordering, criteria)
						OVERRIDING SYSTEM VALUE
						SELECT 400000000 + b.i * %1$d + j, b.hub_id, 300000000 + b.i * %1$d + j, 'ROTATION ' || j %% 20, '{}'
						  FROM bench_hub b, generate_series(0, %1$d - 1) j WHERE %2$s"""
					.formatted(NEEDS, HANDED_OFF),
				"""
						INSERT INTO selection_sheet_agency (hub_id, sheet_id, agency_id, position)
						SELECT b.hub_id, 400000000 + b.i * %1$d + j, 50000000 + b.i * 20 + (j + p) %% 20, p + 1
						  FROM bench_hub b, generate_series(0, %1$d - 1) j, generate_series(0, 1) p
						 WHERE %2$s""".formatted(NEEDS, HANDED_OFF),
				"""
						INSERT INTO handoff (id, hub_id, need_id, company_id, selection_sheet_id, agency_id, chosen_by,
						                     choice_method, chosen_on, status, provided_data)
						OVERRIDING SYSTEM VALUE
						SELECT 500000000 + b.i * %1$d + j, b.hub_id, 300000000 + b.i * %1$d + j, %3$s,
						       400000000 + b.i * %1$d + j, 50000000 + b.i * 20 + j %% 20, '代表取締役', 'IN_PERSON', %4$s + 15,
						       CASE WHEN %5$s THEN 'PLACED' ELSE 'IN_SELECTION' END, '{}'
						  FROM bench_hub b, generate_series(0, %1$d - 1) j WHERE %2$s"""
					.formatted(NEEDS, HANDED_OFF, company.formatted(COMPANIES, "(j * 5)", COMPANIES),
							day.formatted("j * 5", DAYS, NEW), PLACED),
				"""
						INSERT INTO placement (id, hub_id, handoff_id, agency_id, need_id, company_id, contract_date,
						                       employment_form, residence_before_pref, residence_after_pref, fee, confirmed,
						                       confirmed_at)
						OVERRIDING SYSTEM VALUE
						SELECT 600000000 + b.i * %1$d + j, b.hub_id, 500000000 + b.i * %1$d + j, 50000000 + b.i * 20 + j %% 20,
						       300000000 + b.i * %1$d + j, %3$s, %4$s + 45,
						       CASE WHEN j %% 4 = 0 THEN 'SIDE_JOB' ELSE 'FULL_TIME' END, lpad((j %% 47 + 1)::text, 2, '0'),
						       b.pref, 1000000 + j %% 10 * 100000, j %% 20 <> 0, CASE WHEN j %% 20 <> 0 THEN now() END
						  FROM bench_hub b, generate_series(0, %1$d - 1) j WHERE %2$s"""
					.formatted(NEEDS, PLACED, company.formatted(COMPANIES, "(j * 5)", COMPANIES),
							day.formatted("j * 5", DAYS, NEW)));
		try (Statement s = owner.createStatement()) {
			for (String sql : statements) {
				long t = System.nanoTime();
				int rows = s.executeUpdate(sql);
				report.log("%,11d rows  %5.1f s  %s", rows, (System.nanoTime() - t) / 1e9,
						sql.strip().lines().findFirst().orElse(""));
			}
			s.execute("SET session_replication_role = origin");
			long t = System.nanoTime();
			s.execute("VACUUM ANALYZE company, support_institution, recruitment_agency, consultation, talent_need, "
					+ "selection_sheet, selection_sheet_agency, handoff, placement");
			report.log("VACUUM ANALYZE %5.1f s", (System.nanoTime() - t) / 1e9);
		}
	}

	private long owner(String sql) {
		try (Connection c = DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
				Statement s = c.createStatement();
				var rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String size(String expression) {
		return jdbc.sql("SELECT pg_size_pretty(" + expression + ")").query(String.class).single();
	}

}
