package jp.kyoten.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The company search on a hub with a million companies. Never part of the normal build
 * (tag "benchmark", excluded by surefire); see bench/company-search/README.md for how to
 * run it and what it measured.
 * <ol>
 * <li>loads {@code kyoten.bench.companies} (default 1,000,000) generated companies into a
 * new hub through {@link CompanyBulkInsert}, i.e. through the same normalisation as every
 * save;</li>
 * <li>runs a mix of searches (kana, half-width kana, hiragana, kanji fragments, two-kanji
 * words, corporate-number prefixes, filters, paging) {@code kyoten.bench.iterations}
 * times each, through three paths: the read model ({@link CompanySearch#search}, what the
 * controller calls), the same two SQL statements sent directly over JDBC (the floor), and
 * the whole page request (MockMvc, htmx fragment, rendering included);</li>
 * <li>prints p50/p95/p99 per path and per query and writes them to bench/results/.</li>
 * </ol>
 */
@KyotenSpringTest
@Tag("benchmark")
class CompanySearchBenchmark {

	record Query(String label, CompanySearch.Criteria criteria, int page) {
	}

	@Autowired
	Hubs hubs;

	@Autowired
	CompanyBulkInsert bulk;

	@Autowired
	CompanySearch search;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	DemoLogins logins;

	@Autowired
	Environment env;

	@org.springframework.beans.factory.annotation.Value("${kyoten.directory.ordered-scan-budget:5000}")
	int budget;

	@Test
	void searchOnAMillionCompanies() throws Exception {
		int companies = Integer.getInteger("kyoten.bench.companies", 1_000_000);
		int iterations = Integer.getInteger("kyoten.bench.iterations", 30);
		StringBuilder report = new StringBuilder();
		Hub hub = tx.execute(
				s -> hubs.bySlug("bench").orElseGet(() -> hubs.create("bench", "ベンチマーク拠点", HubKind.PRO_TALENT, "43")));
		long hubId = hub.getId();
		accounts.createIfAbsent(hubId, "bench@bench.demo", "ベンチ 計測", Role.HUB_MANAGER, DemoLogins.PASSWORD);

		long loaded = HubScope.callAs(hubId, () -> jdbc.sql("SELECT count(*) FROM company").query(Long.class).single());
		if (loaded < companies) {
			long started = System.nanoTime();
			load(hubId, (int) loaded, companies);
			double seconds = (System.nanoTime() - started) / 1e9;
			line(report, "Loaded %,d companies in %.1f s (%,.0f rows/s)", companies - loaded, seconds,
					(companies - loaded) / seconds);
			if (Boolean.getBoolean("kyoten.bench.beforeUpkeep")) {
				// the first minute after a load, before anything has vacuumed or analysed
				// the new rows
				measure(hubId, mix(hubId), 3, report, "right after the load, before VACUUM ANALYZE (3 rounds)");
			}
			started = System.nanoTime();
			vacuumAnalyze();
			double vacuum = (System.nanoTime() - started) / 1e9;
			line(report, "VACUUM ANALYZE (what the registry import's upkeep runs after a full file) %.1f s", vacuum);
		}
		line(report, "Table sizes: %s", sizes());
		line(report, "Settings: count cap %,d, ordered-scan budget %,d, page size %d", search.countCap(), budget,
				CompaniesController.PAGE_SIZE);

		List<Query> mix = mix(hubId);
		measure(hubId, mix, iterations, report, "as loaded (rows in generation order)");
		measureOrders(hubId, iterations, report);
		if (Boolean.parseBoolean(System.getProperty("kyoten.bench.cluster", "true"))) {
			long started = System.nanoTime();
			asOwner("CLUSTER company USING company_kana_idx", "ANALYZE company");
			line(report, "");
			line(report, "CLUSTER company USING company_kana_idx + ANALYZE: %.1f s",
					(System.nanoTime() - started) / 1e9);
			measure(hubId, mix, iterations, report, "after CLUSTER on the kana index");
		}
		System.out.println(report);
		Path out = Path.of("bench/results");
		Files.createDirectories(out);
		Files.writeString(out.resolve(
				"company-search-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md"),
				report);
	}

	private void measure(long hubId, List<Query> mix, int iterations, StringBuilder report, String phase)
			throws Exception {
		var readModel = new LinkedHashMap<String, List<Double>>();
		var floor = new LinkedHashMap<String, List<Double>>();
		var page = new LinkedHashMap<String, List<Double>>();
		var totals = new LinkedHashMap<String, Long>();
		// warm up: every query of the mix a few times through every path
		for (int i = 0; i < 3; i++) {
			for (Query q : mix) {
				runReadModel(hubId, q);
				runJdbc(hubId, q);
				runPage(q);
			}
		}
		for (int i = 0; i < iterations; i++) {
			for (Query q : mix) {
				long t0 = System.nanoTime();
				var result = runReadModel(hubId, q);
				long t1 = System.nanoTime();
				runJdbc(hubId, q);
				long t2 = System.nanoTime();
				runPage(q);
				long t3 = System.nanoTime();
				readModel.computeIfAbsent(q.label(), k -> new ArrayList<>()).add((t1 - t0) / 1e6);
				floor.computeIfAbsent(q.label(), k -> new ArrayList<>()).add((t2 - t1) / 1e6);
				page.computeIfAbsent(q.label(), k -> new ArrayList<>()).add((t3 - t2) / 1e6);
				totals.put(q.label(), result.total() + (result.capped() ? 1 : 0));
			}
		}
		line(report, "");
		line(report, "### %s", phase);
		line(report, "");
		line(report, "%d queries × %d iterations per path (after 3 warm-up rounds); load average before: %s",
				mix.size(), iterations, loadAverage());
		line(report, "");
		line(report, "| path | p50 ms | p95 ms | p99 ms | max ms |");
		line(report, "|---|---:|---:|---:|---:|");
		summary(report, "read model (CompanySearch.search)", readModel);
		summary(report, "same SQL directly over JDBC (floor)", floor);
		summary(report, "page request (MockMvc, htmx fragment, rendered)", page);
		line(report, "");
		line(report, "| query | matches | read model p50 / p95 ms | JDBC p50 / p95 ms | page p50 / p95 ms |");
		line(report, "|---|---:|---:|---:|---:|");
		for (Query q : mix) {
			long total = totals.get(q.label());
			line(report, "| %s | %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |", q.label(),
					total > search.countCap() ? ">" + "%,d".formatted(search.countCap()) : "%,d".formatted(total),
					percentile(readModel.get(q.label()), 50), percentile(readModel.get(q.label()), 95),
					percentile(floor.get(q.label()), 50), percentile(floor.get(q.label()), 95),
					percentile(page.get(q.label()), 50), percentile(page.get(q.label()), 95));
		}
		line(report, "");
		line(report,
				"Plans (EXPLAIN ANALYZE of the first statement: the capped page of a name search, the page of a list):");
		for (Query q : mix) {
			line(report, "");
			line(report, "-- %s", q.label());
			report.append(explain(hubId, q));
		}
	}

	/**
	 * The list page's other orders (by municipality, by size), alone and after a name,
	 * with the page's plan.
	 */
	private void measureOrders(long hubId, int iterations, StringBuilder report) throws Exception {
		line(report, "");
		line(report, "### the list's orders other than kana (page request, MockMvc, htmx fragment)");
		line(report, "");
		line(report, "| request | p50 ms | p95 ms |");
		line(report, "|---|---:|---:|");
		for (String query : List.of("sort=municipality", "sort=employees", "sort=employees&dir=desc",
				"sort=municipality&page=40", "q=熊本&sort=employees", "q=セイキ&sort=municipality")) {
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < iterations + 3; i++) {
				long t = System.nanoTime();
				mvc.perform(get("/companies?" + query).header("HX-Request", "true").with(logins.as("bench@bench.demo")))
					.andExpect(status().isOk());
				if (i >= 3) {
					times.add((System.nanoTime() - t) / 1e6);
				}
			}
			line(report, "| GET /companies?%s | %.1f | %.1f |", query, percentile(times, 50), percentile(times, 95));
		}
		for (String order : List.of("municipality_code ASC, name_kana ASC, name ASC, id ASC",
				"employees DESC, id DESC")) {
			line(report, "");
			line(report, "-- list by %s", order);
			String plan = HubScope.callAs(hubId,
					() -> String.join("\n",
							jdbc.sql("EXPLAIN (ANALYZE, COSTS OFF) SELECT " + CompanySearch.COLUMNS
									+ " FROM company_search WHERE merged_into_id IS NULL AND NOT closed ORDER BY "
									+ order + " LIMIT 20 OFFSET 0")
								.query(String.class)
								.list()));
			report.append(plan).append('\n');
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	// --- the mix
	// ---------------------------------------------------------------------------------------------------

	private List<Query> mix(long hubId) {
		String someNumber = HubScope.callAs(hubId, () -> jdbc.sql(
				"SELECT corporate_number FROM company WHERE corporate_number IS NOT NULL ORDER BY id LIMIT 1 OFFSET 4321")
			.query(String.class)
			.single());
		String someName = HubScope.callAs(hubId,
				() -> jdbc.sql("SELECT name FROM company ORDER BY id LIMIT 1 OFFSET 54321")
					.query(String.class)
					.single());
		List<Query> mix = new ArrayList<>();
		for (String q : List.of("くまもと", "ｸﾏﾓﾄ", "クマモトセイキ", "ｸﾏﾓﾄｾｲｷ", "セイキ", "ｱｿ", "あそふぁーむ", "熊本", "阿蘇", "精機", "熊本精機",
				"本精", "製作所", "株式会社熊本精機", "(株)阿蘇ファーム", "㈱ヒゴテック", someName, someNumber.substring(0, 4),
				someNumber.substring(0, 7), someNumber, "存在しない会社名")) {
			mix.add(new Query("q=" + q, CompanySearch.Criteria.query(q), 0));
		}
		mix.add(new Query("municipality=43202 industry=E",
				new CompanySearch.Criteria(null, "43202", "E", null, null, null, null), 0));
		mix.add(new Query("size=21–50 sme",
				new CompanySearch.Criteria(null, null, null, SizeBand.FROM_21_TO_50, true, null, null), 0));
		mix.add(new Query("mainBank=肥後", new CompanySearch.Criteria(null, null, null, null, null, "肥後", null), 0));
		mix.add(new Query("status=CLOSED",
				new CompanySearch.Criteria(null, null, null, null, null, null, CompanySearch.Status.CLOSED), 0));
		mix.add(new Query("q=熊本 municipality=43100 industry=E",
				new CompanySearch.Criteria("熊本", "43100", "E", null, null, null, null), 0));
		mix.add(new Query("q=セイキ size=6–20",
				new CompanySearch.Criteria("セイキ", null, null, SizeBand.FROM_6_TO_20, null, null, null), 0));
		mix.add(new Query("(no query) page 1", CompanySearch.Criteria.query(null), 0));
		mix.add(new Query("(no query) page 51", CompanySearch.Criteria.query(null), 50));
		mix.add(new Query("q=熊本 page 21", CompanySearch.Criteria.query("熊本"), 20));
		return mix;
	}

	// --- the three paths
	// --------------------------------------------------------------------------------------------

	private CompanySearch.Result runReadModel(long hubId, Query q) {
		return HubScope.callAs(hubId, () -> search.search(q.criteria(), q.page(), CompaniesController.PAGE_SIZE));
	}

	/**
	 * The statements {@link CompanySearch#search} sends, in the same order, over a plain
	 * JDBC connection.
	 */
	private void runJdbc(long hubId, Query q) throws SQLException {
		CompanySearch.Statement statement = CompanySearch.statement(q.criteria());
		int cap = search.countCap();
		int size = CompaniesController.PAGE_SIZE;
		try (HubScope.Entered scope = HubScope.enter(hubId); Connection c = dataSource.getConnection()) {
			if (statement.nameQuery()) {
				long total = 0;
				try (PreparedStatement ps = c.prepareStatement(statement.cappedPageSql(cap))) {
					page(c, ps, statement.params(), q.page(), size);
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							total = rs.getLong("total");
							CompanySearch.row(rs, 0);
						}
					}
				}
				if (total > cap) {
					int found = 0;
					if (budget >= (q.page() + 1) * size) {
						String status = switch (q.criteria().status()) {
							case ACTIVE -> " AND NOT closed";
							case CLOSED -> " AND closed";
							case ALL -> "";
						};
						found = rows(c, statement.orderedPageSql(budget, status), statement.filterParams(), q.page(),
								size);
					}
					if (found < size) {
						rows(c, statement.allMatchesPageSql(), statement.params(), q.page(), size);
					}
				}
			}
			else {
				long total;
				try (PreparedStatement ps = c.prepareStatement(statement.countSql(cap))) {
					bind(c, ps, statement.params());
					try (ResultSet rs = ps.executeQuery()) {
						rs.next();
						total = rs.getLong(1);
					}
				}
				if (total > 0) {
					rows(c, statement.pageSql(), statement.params(), q.page(), size);
				}
			}
		}
	}

	private static int rows(Connection c, String sql, List<Object> params, int page, int size) throws SQLException {
		int n = 0;
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			page(c, ps, params, page, size);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					CompanySearch.row(rs, 0);
					n++;
				}
			}
		}
		return n;
	}

	private static void page(Connection c, PreparedStatement ps, List<Object> params, int page, int size)
			throws SQLException {
		int n = bind(c, ps, params);
		ps.setInt(n + 1, size);
		ps.setLong(n + 2, (long) page * size);
	}

	private void runPage(Query q) throws Exception {
		var c = q.criteria();
		var request = get("/companies").header("HX-Request", "true").with(logins.as("bench@bench.demo"));
		if (c.q() != null) {
			request.param("q", c.q());
		}
		if (c.municipalityCode() != null) {
			request.param("municipalityCode", c.municipalityCode());
		}
		if (c.industry() != null) {
			request.param("industry", c.industry());
		}
		if (c.sizeBand() != null) {
			request.param("sizeBand", c.sizeBand().name());
		}
		if (c.sme() != null) {
			request.param("sme", c.sme().toString());
		}
		if (c.mainBank() != null) {
			request.param("mainBank", c.mainBank());
		}
		request.param("status", c.status().name()).param("page", String.valueOf(q.page()));
		mvc.perform(request).andExpect(status().isOk());
	}

	private static int bind(Connection c, PreparedStatement ps, List<Object> params) throws SQLException {
		for (int i = 0; i < params.size(); i++) {
			Object p = params.get(i);
			if (p instanceof int[] codes) {
				ps.setArray(i + 1, c.createArrayOf("int4", Arrays.stream(codes).boxed().toArray(Integer[]::new)));
			}
			else {
				ps.setObject(i + 1, p);
			}
		}
		return params.size();
	}

	private String explain(long hubId, Query q) {
		CompanySearch.Statement statement = CompanySearch.statement(q.criteria());
		List<Object> params = new ArrayList<>(statement.params());
		params.add(CompaniesController.PAGE_SIZE);
		params.add((long) q.page() * CompaniesController.PAGE_SIZE);
		String sql = statement.nameQuery() ? statement.cappedPageSql(search.countCap()) : statement.pageSql();
		return HubScope.callAs(hubId,
				() -> String.join("\n",
						jdbc.sql("EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF, SUMMARY OFF) " + sql)
							.params(params)
							.query(String.class)
							.list()))
				+ "\n";
	}

	// --- loading
	// ----------------------------------------------------------------------------------------------------

	private void load(long hubId, int from, int to) {
		Random random = new Random(20260401L + from);
		int chunk = 10_000;
		for (int start = from; start < to; start += chunk) {
			int end = Math.min(to, start + chunk);
			List<NewCompany> batch = new ArrayList<>(end - start);
			for (int i = start; i < end; i++) {
				batch.add(new NewCompany(BenchCompanies.company(random, i), List.of()));
			}
			HubScope.runAs(hubId, () -> tx.executeWithoutResult(s -> bulk.insert(batch)));
			if ((end / chunk) % 10 == 0) {
				System.out.printf(Locale.ROOT, "loaded %,d%n", end);
			}
		}
	}

	/**
	 * As the schema owner: the application role may not vacuum, and statistics matter to
	 * the plans.
	 */
	private void vacuumAnalyze() throws SQLException {
		asOwner("VACUUM ANALYZE company");
	}

	private void asOwner(String... statements) throws SQLException {
		try (Connection c = DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
				Statement st = c.createStatement()) {
			for (String sql : statements) {
				st.execute(sql);
			}
		}
	}

	private String sizes() {
		try (Connection c = DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("""
						SELECT 'company ' || pg_size_pretty(pg_table_size('company'))
						       || ', indexes: ' || string_agg(i.indexrelid::regclass || ' '
						       || pg_size_pretty(pg_relation_size(i.indexrelid)), ', ')
						  FROM pg_index i WHERE i.indrelid = 'company'::regclass""")) {
			rs.next();
			return rs.getString(1);
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

	// --- statistics
	// -------------------------------------------------------------------------------------------------

	private static void summary(StringBuilder report, String path, Map<String, List<Double>> samples) {
		List<Double> all = samples.values().stream().flatMap(List::stream).toList();
		line(report, "| %s | %.1f | %.1f | %.1f | %.1f |", path, percentile(all, 50), percentile(all, 95),
				percentile(all, 99), percentile(all, 100));
	}

	static double percentile(List<Double> samples, double p) {
		double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static void line(StringBuilder report, String format, Object... args) {
		report.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

}
