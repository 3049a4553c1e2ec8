package jp.kyoten.directory.registry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;

/**
 * Not a test: the import benchmark of bench/corporate-number-import/README.md, run by
 * hand. Generates a file in the registry's layout, times a plain COPY of it into an
 * unindexed table (the floor), then the real import into an empty hub, and reports the
 * peak heap the import used.
 */
@Tag("benchmark")
@KyotenSpringTest
class CorporateNumberImportBenchmark {

	static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);

	@Autowired
	RegistryImportRunner runner;

	@Autowired
	ImportJobs jobs;

	@Autowired
	Hubs hubs;

	@Autowired
	JdbcTemplate template;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment env;

	@Test
	void importsGeneratedRows() throws Exception {
		Path file = Path.of("target", "bench", "registry-" + ROWS + ".csv");
		Files.createDirectories(file.getParent());
		if (!Files.exists(file)) {
			generate(file, ROWS);
		}
		System.out.printf("file: %s, %,d rows, %,d bytes%n", file, ROWS, Files.size(file));

		// a temporary table: unlogged and unindexed, and the application role may create
		// it
		String create = ("CREATE TEMP TABLE bench_copy_floor (" + "c01 text, c02 text, c03 text, c04 text, c05 text, "
				+ "c06 text, c07 text, c08 text, c09 text, c10 text, c11 text, c12 text, c13 text, c14 text, c15 text, "
				+ "c16 text, c17 text, c18 text, c19 text, c20 text, c21 text, c22 text, c23 text, c24 text, c25 text, "
				+ "c26 text, c27 text, c28 text, c29 text, c30 text)");
		long[] nanos = new long[1];
		long copied = template.execute((ConnectionCallback<Long>) con -> {
			try (var st = con.createStatement()) {
				st.execute(create);
			}
			long t0 = System.nanoTime();
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				long n = con.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY bench_copy_floor FROM STDIN (FORMAT csv)", in);
				nanos[0] = System.nanoTime() - t0;
				try (var st = con.createStatement()) {
					st.execute("DROP TABLE bench_copy_floor");
				}
				return n;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		double copySeconds = nanos[0] / 1e9;
		System.out.printf("floor: plain COPY of %,d rows into an unindexed table: %.1f s%n", copied, copySeconds);

		String slug = "bench-" + System.currentTimeMillis();
		Hub hub = hubs.create(slug, "ベンチマーク拠点", HubKind.PRO_TALENT, "13");
		long id = jobs.create(hub.getId(), file.getFileName().toString(), ImportJobs.Kind.FULL, null,
				RegistryFileReader.Encoding.AUTO, file.toAbsolutePath().toString(), Files.size(file), null, "bench",
				null);
		System.gc();
		AtomicLong peak = new AtomicLong();
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				long used = ManagementFactory.getMemoryPoolMXBeans()
					.stream()
					.filter(p -> p.getType() == MemoryType.HEAP)
					.map(MemoryPoolMXBean::getUsage)
					.mapToLong(u -> u.getUsed())
					.sum();
				peak.accumulateAndGet(used, Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		long t1 = System.nanoTime();
		runner.run(id);
		double importSeconds = (System.nanoTime() - t1) / 1e9;
		sampler.interrupt();
		ImportJobs.Job job = jobs.get(id);
		System.out.printf(
				"import: %s in %.1f s (%,.0f rows/s): created %,d, updated %,d, unchanged %,d, rejected %,d%n",
				job.status(), importSeconds, ROWS / importSeconds, job.created(), job.updated(), job.unchanged(),
				job.rejected());
		System.out.printf("heap: peak used %,d MB (max heap %,d MB)%n", peak.get() >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
		System.out.printf("load average after the import: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
		indexFloor(hub.getId());

		// next month's 全件 file, unchanged: what a hub runs every month
		long again = jobs.create(hub.getId(), file.getFileName().toString(), ImportJobs.Kind.FULL, null,
				RegistryFileReader.Encoding.AUTO, file.toAbsolutePath().toString(), Files.size(file), null, "bench",
				null);
		long t2 = System.nanoTime();
		runner.run(again);
		double againSeconds = (System.nanoTime() - t2) / 1e9;
		ImportJobs.Job second = jobs.get(again);
		System.out.printf(
				"re-import of the same file: %s in %.1f s (%,.0f rows/s): created %,d, updated %,d, unchanged %,d%n",
				second.status(), againSeconds, ROWS / againSeconds, second.created(), second.updated(),
				second.unchanged());
	}

	/**
	 * The floor of "loaded and searchable": the hub's imported rows copied with
	 * {@code COPY} into an empty copy of the company table without indexes, then the
	 * company table's own indexes built over them with {@code CREATE INDEX}, one after
	 * another — PostgreSQL's cheapest way to the same table, as the schema owner (COPY is
	 * refused under row-level security).
	 */
	private void indexFloor(long hubId) throws Exception {
		Path rows = Path.of("target", "bench", "company-rows.copy");
		try (Connection c = DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
				Statement st = c.createStatement()) {
			try (var out = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
				c.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyOut("COPY (SELECT * FROM company WHERE hub_id = " + hubId + ") TO STDOUT", out);
			}
			st.execute("DROP TABLE IF EXISTS bench_company_floor");
			st.execute("CREATE TABLE bench_company_floor (LIKE company INCLUDING DEFAULTS)");
			st.execute("SET maintenance_work_mem = '256MB'");
			long t0 = System.nanoTime();
			try (Reader in = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
				c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_company_floor FROM STDIN", in);
			}
			double copy = (System.nanoTime() - t0) / 1e9;
			List<String> indexes = new ArrayList<>();
			try (ResultSet rs = st.executeQuery(
					"SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'company'::regclass")) {
				while (rs.next()) {
					indexes.add(rs.getString(1));
				}
			}
			StringBuilder each = new StringBuilder();
			double all = 0;
			int n = 0;
			for (String definition : indexes) {
				String floor = definition.replace(" ON public.company ", " ON public.bench_company_floor ")
					.replaceFirst("INDEX (\\S+) ON", "INDEX bench_floor_" + (n++) + " ON");
				long t = System.nanoTime();
				st.execute(floor);
				double seconds = (System.nanoTime() - t) / 1e9;
				all += seconds;
				each.append(String.format(java.util.Locale.ROOT, "%n  %.1f s  %s", seconds, definition));
			}
			System.out.printf(java.util.Locale.ROOT,
					"floor: COPY of the hub's %s company rows into an unindexed copy of the table %.1f s, "
							+ "CREATE INDEX of its %d indexes %.1f s, together %.1f s:%s%n",
					"imported", copy, indexes.size(), all, copy + all, each);
			st.execute("DROP TABLE bench_company_floor");
		}
		Files.deleteIfExists(rows);
	}

	/** Tokyo-sized data: real-looking names, kana, wards; every 50th company closed. */
	static void generate(Path file, int rows) throws IOException {
		String[] words = { "東京", "日本", "丸の内", "精機", "商事", "建設", "物産", "システム", "フーズ", "ホールディングス", "電機", "工業" };
		String[] kana = { "トウキョウ", "ニホン", "マルノウチ", "セイキ", "ショウジ", "ケンセツ", "ブッサン", "システム", "フーズ", "ホールディングス", "デンキ",
				"コウギョウ" };
		String[] wards = { "101千代田区", "102中央区", "103港区", "104新宿区", "105文京区", "113渋谷区", "116北区", "120練馬区" };
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			RegistryLines lines = new RegistryLines();
			for (int i = 0; i < rows; i++) {
				String ward = wards[i % wards.length];
				int a = i % words.length;
				int b = (i / words.length) % words.length;
				String number = RegistryLines.corporateNumber(100_000_000_000L + i);
				lines.lines().clear();
				if (i % 50 == 49) {
					lines.closed(number, "2026-11-01", "株式会社" + words[a] + words[b] + i, "13", ward.substring(0, 3),
							ward.substring(3), "2025-03-31", "01", "");
				}
				else {
					lines.add(number, "01", "2026-11-01", "株式会社" + words[a] + words[b] + i, kana[a] + kana[b], "13",
							ward.substring(0, 3), ward.substring(3), i % 9 + "丁目" + i % 30 + "番" + i % 20 + "号");
				}
				w.write(lines.lines().getFirst());
				w.write("\r\n");
			}
		}
	}

}
