package jp.kyoten.directory;

import java.io.IOException;
import java.io.StringReader;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidates for the name search's gram index, side by side in one run on the same
 * rows (docs/adr/200). Never part of the normal build (tag "benchmark"); see
 * bench/company-search/README.md.
 * <p>
 * One plain table (no row-level security, so each candidate's operator reaches its index)
 * holds {@code kyoten.bench.companies} generated companies (default 1,000,000,
 * {@link BenchCompanies}) with every candidate's column, loaded by {@code COPY}. Each
 * candidate's index is then built with {@code CREATE INDEX}, one after another, timed and
 * measured; after {@code VACUUM ANALYZE} the name queries of the search benchmark's mix
 * plus one-character queries run round-robin over the candidates, each as the read model
 * sends a name search: the capped page (at most 1,001 matches, counted, the first page
 * sorted by kana) and, for a broad query, the page of all matches sorted. Every candidate
 * must find exactly the same companies as the text grams of today: asserted.
 * <ul>
 * <li>{@code text}: GIN over the 1- and 2-grams as {@code text[]} (V10, today);</li>
 * <li>{@code int4}: GIN over the same grams' keys as {@code int4[]}
 * ({@link JapaneseText#gramCode});</li>
 * <li>{@code int4-sql}: GIN over the same keys computed in SQL from the text grams (an
 * expression index: no change to any writer);</li>
 * <li>{@code int4-2gram}: GIN over the 2-grams' keys only; a one-character query then has
 * no index condition and is answered by {@code LIKE} alone;</li>
 * <li>{@code pg_trgm}: GIN {@code gin_trgm_ops} over {@code search_text}, {@code LIKE}
 * alone (pg_trgm ships with the embedded PostgreSQL and is a trusted extension).</li>
 * </ul>
 */
@KyotenSpringTest
@Tag("benchmark")
class GramIndexCandidatesBenchmark {

	record Candidate(String label, String createIndex, String condition, boolean codes, boolean twoGramsOnly) {
	}

	static final List<Candidate> CANDIDATES = List.of(
			new Candidate("text", "CREATE INDEX gram_bench_text_idx ON gram_bench USING gin (grams)",
					" AND grams @> ?::text[]", false, false),
			new Candidate("int4", "CREATE INDEX gram_bench_int4_idx ON gram_bench USING gin (codes)",
					" AND codes @> ?::int4[]", true, false),
			new Candidate("int4-sql",
					"CREATE INDEX gram_bench_int4sql_idx ON gram_bench USING gin (kyoten_gram_codes(grams))",
					" AND kyoten_gram_codes(grams) @> ?::int4[]", true, false),
			new Candidate("int4-2gram", "CREATE INDEX gram_bench_int4two_idx ON gram_bench USING gin (codes2)",
					" AND codes2 @> ?::int4[]", true, true),
			new Candidate("pg_trgm",
					"CREATE INDEX gram_bench_trgm_idx ON gram_bench USING gin (search_text gin_trgm_ops)", "", false,
					false));

	static final List<String> QUERIES = List.of("くまもと", "ｸﾏﾓﾄ", "クマモトセイキ", "ｸﾏﾓﾄｾｲｷ", "セイキ", "ｱｿ", "あそふぁーむ", "熊本", "阿蘇",
			"精機", "熊本精機", "本精", "製作所", "株式会社熊本精機", "(株)阿蘇ファーム", "㈱ヒゴテック", "存在しない会社名", "熊", "セ", "塾", "ヂ");

	static final int CAP = 1_000;

	@Autowired
	Environment env;

	@Test
	void candidatesSideBySide() throws Exception {
		int companies = Integer.getInteger("kyoten.bench.companies", 1_000_000);
		int iterations = Integer.getInteger("kyoten.bench.iterations", 20);
		List<String> only = List
			.of(System.getProperty("kyoten.bench.candidates", "text,int4,int4-sql,int4-2gram,pg_trgm").split(","));
		List<Candidate> candidates = CANDIDATES.stream().filter(c -> only.contains(c.label())).toList();
		StringBuilder report = new StringBuilder();
		line(report, "## Gram index candidates, %,d companies (%s)", companies, LocalDateTime.now());
		line(report, "");
		line(report, "load average at start: %s", loadAverage());
		try (Connection c = owner(); Statement st = c.createStatement()) {
			st.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
			st.execute("DROP TABLE IF EXISTS gram_bench");
			st.execute("""
					CREATE TABLE gram_bench (id bigint PRIMARY KEY, name text, name_kana text, search_text text,
					    grams text[], codes int4[], codes2 int4[], closed boolean, merged_into_id bigint)""");
			long t = System.nanoTime();
			long bytes = copy(c, companies);
			line(report, "COPY of %,d rows (%.0f MB of COPY text, every candidate's column): %.1f s", companies,
					bytes / 1e6, (System.nanoTime() - t) / 1e9);
			st.execute("SET maintenance_work_mem = '256MB'");
			t = System.nanoTime();
			st.execute("CREATE INDEX gram_bench_kana_idx ON gram_bench (name_kana, name, id)");
			line(report, "kana index (the sort key, shared by all): %.1f s", (System.nanoTime() - t) / 1e9);
			line(report, "");
			line(report, "| candidate | CREATE INDEX s | index MB | load average after |");
			line(report, "|---|---:|---:|---|");
			for (Candidate candidate : candidates) {
				t = System.nanoTime();
				st.execute(candidate.createIndex());
				double seconds = (System.nanoTime() - t) / 1e9;
				String index = candidate.createIndex().split(" ")[2];
				long size;
				try (ResultSet rs = st.executeQuery("SELECT pg_relation_size('" + index + "')")) {
					rs.next();
					size = rs.getLong(1);
				}
				line(report, "| %s | %.1f | %.0f | %s |", candidate.label(), seconds, size / 1048576.0, loadAverage());
			}
			st.execute("VACUUM ANALYZE gram_bench");
		}
		measure(candidates, iterations, report);
		Path out = Path.of("bench/results");
		Files.createDirectories(out);
		Files
			.writeString(
					out.resolve("gram-candidates-"
							+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md"),
					report);
	}

	private void measure(List<Candidate> candidates, int iterations, StringBuilder report) throws SQLException {
		Map<String, Map<String, List<Double>>> times = new LinkedHashMap<>();
		Map<String, Set<Long>> reference = new LinkedHashMap<>();
		Map<String, Long> totals = new LinkedHashMap<>();
		try (Connection c = owner()) {
			c.setAutoCommit(true);
			for (int round = -3; round < iterations; round++) {
				for (String q : QUERIES) {
					for (Candidate candidate : candidates) {
						if (round == -3) {
							// every candidate must find exactly what the first (today's
							// text grams) finds
							Set<Long> found = ids(c, candidate, q);
							Set<Long> expected = reference.computeIfAbsent(q, k -> found);
							assertThat(found).as("%s for %s", candidate.label(), q).isEqualTo(expected);
						}
						long t = System.nanoTime();
						long total = search(c, candidate, q);
						double ms = (System.nanoTime() - t) / 1e6;
						totals.put(q, total);
						if (round < 0) {
							continue;
						}
						times.computeIfAbsent(candidate.label(), k -> new LinkedHashMap<>())
							.computeIfAbsent(q, k -> new ArrayList<>())
							.add(ms);
					}
				}
			}
			line(report, "");
			line(report, "%d name queries × %d rounds per candidate, round-robin (after 3 warm-up rounds); "
					+ "load average after: %s", QUERIES.size(), iterations, loadAverage());
			line(report, "");
			line(report, "| candidate | p50 ms | p95 ms | p99 ms | max ms | p95 without one-character queries |");
			line(report, "|---|---:|---:|---:|---:|---:|");
			for (Candidate candidate : candidates) {
				var byQuery = times.get(candidate.label());
				List<Double> all = byQuery.values().stream().flatMap(List::stream).toList();
				List<Double> multi = byQuery.entrySet()
					.stream()
					.filter(e -> JapaneseText.normalize(e.getKey())
						.codePointCount(0, JapaneseText.normalize(e.getKey()).length()) > 1)
					.flatMap(e -> e.getValue().stream())
					.toList();
				line(report, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f |", candidate.label(),
						CompanySearchBenchmark.percentile(all, 50), CompanySearchBenchmark.percentile(all, 95),
						CompanySearchBenchmark.percentile(all, 99), CompanySearchBenchmark.percentile(all, 100),
						CompanySearchBenchmark.percentile(multi, 95));
			}
			line(report, "");
			StringBuilder header = new StringBuilder("| query | matches (capped page) |");
			StringBuilder rule = new StringBuilder("|---|---:|");
			for (Candidate candidate : candidates) {
				header.append(' ').append(candidate.label()).append(" p50 / p95 |");
				rule.append("---:|");
			}
			line(report, "%s", header);
			line(report, "%s", rule);
			for (String q : QUERIES) {
				StringBuilder row = new StringBuilder(
						"| " + q + " | " + (totals.get(q) > CAP ? ">1,000" : totals.get(q)) + " |");
				for (Candidate candidate : candidates) {
					List<Double> s = times.get(candidate.label()).get(q);
					row.append(String.format(Locale.ROOT, " %.1f / %.1f |", CompanySearchBenchmark.percentile(s, 50),
							CompanySearchBenchmark.percentile(s, 95)));
				}
				line(report, "%s", row);
			}
			line(report, "");
			line(report, "Plans of 熊本 and 熊 (capped page):");
			for (String q : List.of("熊本", "熊")) {
				for (Candidate candidate : candidates) {
					line(report, "");
					line(report, "-- %s, %s", candidate.label(), q);
					try (PreparedStatement ps = c
						.prepareStatement("EXPLAIN (ANALYZE, COSTS OFF) " + cappedSql(candidate, q))) {
						bind(c, ps, candidate, q);
						try (ResultSet rs = ps.executeQuery()) {
							while (rs.next()) {
								line(report, "%s", rs.getString(1));
							}
						}
					}
				}
			}
		}
	}

	/**
	 * A name search as the read model sends it: the capped page; when there are more
	 * matches than the cap, the page of all matches sorted. Answers the number of matches
	 * counted (at most the cap + 1).
	 */
	private static long search(Connection c, Candidate candidate, String q) throws SQLException {
		long total = 0;
		try (PreparedStatement ps = c.prepareStatement(cappedSql(candidate, q))) {
			bind(c, ps, candidate, q);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					total = rs.getLong("total");
				}
			}
		}
		if (total > CAP) {
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT id FROM gram_bench" + where(candidate, q) + " ORDER BY name_kana, name, id LIMIT 20")) {
				bind(c, ps, candidate, q);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						rs.getLong(1);
					}
				}
			}
		}
		return total;
	}

	/** The ids of every match (no cap), to compare the candidates. */
	private static Set<Long> ids(Connection c, Candidate candidate, String q) throws SQLException {
		Set<Long> found = new TreeSet<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT id FROM gram_bench" + where(candidate, q))) {
			bind(c, ps, candidate, q);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					found.add(rs.getLong(1));
				}
			}
		}
		return found;
	}

	/**
	 * A one-character query has no 2-gram: with 2-grams only it is answered by LIKE
	 * alone.
	 */
	private static boolean indexed(Candidate candidate, String q) {
		String normalized = JapaneseText.normalize(q);
		return !candidate.condition().isEmpty()
				&& !(candidate.twoGramsOnly() && normalized.codePointCount(0, normalized.length()) == 1);
	}

	private static String where(Candidate candidate, String q) {
		return " WHERE merged_into_id IS NULL" + (indexed(candidate, q) ? candidate.condition() : "")
				+ " AND search_text LIKE ? AND NOT closed";
	}

	private static String cappedSql(Candidate candidate, String q) {
		return "WITH m AS MATERIALIZED (SELECT id, name, name_kana FROM gram_bench" + where(candidate, q) + " LIMIT "
				+ (CAP + 1) + ") SELECT m.*, count(*) OVER () AS total FROM m ORDER BY name_kana, name, id LIMIT 20";
	}

	private static void bind(Connection c, PreparedStatement ps, Candidate candidate, String q) throws SQLException {
		String normalized = JapaneseText.normalize(q);
		int i = 1;
		if (indexed(candidate, q)) {
			Set<String> grams = JapaneseText.queryGrams(normalized);
			if (candidate.codes()) {
				ps.setArray(i++, c.createArrayOf("int4",
						java.util.Arrays.stream(JapaneseText.gramCodes(grams)).boxed().toArray(Integer[]::new)));
			}
			else {
				ps.setArray(i++, c.createArrayOf("text", grams.toArray(String[]::new)));
			}
		}
		ps.setString(i, "%" + CompanyQuery.escapeLike(normalized) + "%");
	}

	/**
	 * Generates the rows and copies them in, 50,000 at a time; answers the bytes sent.
	 */
	private static long copy(Connection c, int companies) throws SQLException, IOException {
		Random random = new Random(20260401L);
		long bytes = 0;
		int chunk = 50_000;
		for (int from = 0; from < companies; from += chunk) {
			StringBuilder sb = new StringBuilder(chunk * 400);
			for (int i = from; i < Math.min(companies, from + chunk); i++) {
				CompanyData d = BenchCompanies.company(random, i);
				JapaneseText.MatchingForm m = JapaneseText.matchingForm(d.name(), d.nameKana());
				Set<String> two = new java.util.LinkedHashSet<>();
				for (String g : m.searchGrams()) {
					if (g.codePointCount(0, g.length()) == 2) {
						two.add(g);
					}
				}
				sb.append(i).append('\t').append(d.name()).append('\t').append(d.nameKana()).append('\t');
				sb.append(m.searchText()).append('\t');
				sb.append(textArray(m.searchGrams())).append('\t');
				sb.append(intArray(JapaneseText.gramCodes(m.searchGrams()))).append('\t');
				sb.append(intArray(JapaneseText.gramCodes(two))).append('\t');
				sb.append(d.closed() ? 't' : 'f').append("\t\\N\n");
			}
			bytes += sb.length();
			c.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY gram_bench FROM STDIN", new StringReader(sb.toString()));
		}
		return bytes;
	}

	private static String textArray(Set<String> grams) {
		StringBuilder sb = new StringBuilder("{");
		for (String g : grams) {
			if (sb.length() > 1) {
				sb.append(',');
			}
			// normalised grams hold no quote, backslash or control character (all removed
			// as noise)
			sb.append('"').append(g).append('"');
		}
		return sb.append('}').toString();
	}

	private static String intArray(int[] codes) {
		StringBuilder sb = new StringBuilder("{");
		for (int i = 0; i < codes.length; i++) {
			if (i > 0) {
				sb.append(',');
			}
			sb.append(codes[i]);
		}
		return sb.append('}').toString();
	}

	private Connection owner() throws SQLException {
		return DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	/**
	 * Printed at once too: a run on a busy machine is long, and its first sections are
	 * worth having early.
	 */
	private static void line(StringBuilder report, String format, Object... args) {
		String line = String.format(Locale.ROOT, format, args);
		report.append(line).append('\n');
		System.out.println("[gram-candidates] " + line);
	}

}
