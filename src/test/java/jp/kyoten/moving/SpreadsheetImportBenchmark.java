package jp.kyoten.moving;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * bench/spreadsheet-import: a generated consultation log of {@code -Dbench.rows} rows
 * (1,000 companies, each first row 新規 and later ones 継続, dates as 和暦 text, date cells and
 * serial numbers) imported into a new hub through the real dry run and import, with the
 * heap sampled; beside a plain COPY of the same rows into an unindexed table. Tagged
 * {@code benchmark}: run by hand only (see the README).
 */
@Tag("benchmark")
@KyotenSpringTest
class SpreadsheetImportBenchmark {

	static final int ROWS = Integer.getInteger("bench.rows", 100_000);

	static final int COMPANIES = 1_000;

	@Autowired
	UploadSpreadsheet upload;

	@Autowired
	SpreadsheetImports imports;

	@Autowired
	PreviewSpreadsheetImport preview;

	@Autowired
	RunSpreadsheetImport runner;

	@Autowired
	Hubs hubs;

	@Autowired
	JdbcTemplate template;

	@Test
	void importsAGeneratedConsultationLog() throws Exception {
		Path file = Path.of("target", "bench", "consultations-" + ROWS + ".xlsx");
		Files.createDirectories(file.getParent());
		StringBuilder csv = new StringBuilder();
		generate(file, csv);
		System.out.printf("file: %s, %,d rows, %,d bytes%n", file, ROWS, Files.size(file));

		long copyNanos = template.execute((ConnectionCallback<Long>) con -> {
			try (var st = con.createStatement()) {
				st.execute(
						"CREATE TEMP TABLE bench_sheet_floor (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text)");
			}
			long t0 = System.nanoTime();
			try {
				con.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY bench_sheet_floor FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			long n = System.nanoTime() - t0;
			try (var st = con.createStatement()) {
				st.execute("DROP TABLE bench_sheet_floor");
			}
			return n;
		});
		System.out.printf("floor: plain COPY of %,d rows: %.2f s (%,.0f rows/s)%n", ROWS, copyNanos / 1e9,
				ROWS / (copyNanos / 1e9));
		csv.setLength(0);

		Hub hub = hubs.create("bench-sheet-" + System.currentTimeMillis(), "ベンチマーク拠点", HubKind.PRO_TALENT, "43");
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		Field[] order = { Field.CONSULTED_ON, Field.COMPANY_NAME, Field.ADDRESS, Field.CHANNEL, Field.SUMMARY,
				Field.NEW_OR_FOLLOW_UP };
		for (int i = 0; i < order.length; i++) {
			columns.put(order[i], i);
		}
		ColumnMapping mapping = new ColumnMapping(RecordKind.CONSULTATIONS, 0, 1, columns, Map.of(), DedupeRule.SKIP);
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
		HubScope.runAs(hub.getId(), () -> {
			long id;
			try (var in = Files.newInputStream(file)) {
				id = upload.upload(file.getFileName().toString(), in, SpreadsheetReader.Encoding.AUTO, null, "bench");
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			imports.setMapping(id, mapping, null);
			long t1 = System.nanoTime();
			PreviewSpreadsheetImport.Preview p = preview.preview(id);
			double previewSeconds = (System.nanoTime() - t1) / 1e9;
			System.out.printf("dry run: %,d rows in %.1f s (%,.0f rows/s), %,d rejected%n", p.rows(), previewSeconds,
					p.rows() / previewSeconds, p.rejected());
			imports.queue(id, Map.of(), p.rows());
			long t2 = System.nanoTime();
			runner.run(id);
			double importSeconds = (System.nanoTime() - t2) / 1e9;
			SpreadsheetImports.Job job = imports.get(id);
			System.out.printf("import: %s in %.1f s (%,.0f rows/s): %,d companies, %,d consultations, %,d rejected%n",
					job.status(), importSeconds, ROWS / importSeconds, job.created(), job.consultations(),
					job.rejected());
		});
		sampler.interrupt();
		System.out.printf("heap: peak used %,d MB (max heap %,d MB)%n", peak.get() >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

	/** The xlsx, streamed out with SXSSF, and the same rows as CSV for the COPY floor. */
	static void generate(Path file, StringBuilder csv) throws IOException {
		String[] channels = { "来所", "電話", "オンライン", "訪問" };
		try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = book.createSheet("相談記録");
			Row head = sheet.createRow(0);
			String[] headers = { "相談日", "企業名", "所在地", "相談方法", "相談内容", "新規/継続" };
			for (int c = 0; c < headers.length; c++) {
				head.createCell(c).setCellValue(headers[c]);
			}
			LocalDate start = LocalDate.of(2025, 4, 1);
			for (int k = 0; k < ROWS; k++) {
				LocalDate day = start.plusDays((long) k * 365 / ROWS);
				String date = k % 2 == 0 ? "令和7年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
						: String.valueOf(day.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay());
				if (day.getYear() == 2026) {
					date = day.toString();
				}
				String[] cells = { date, "ベンチ商事" + (k % COMPANIES), "熊本市中央区水前寺" + (k % COMPANIES),
						channels[k % channels.length], "相談 " + k, k < COMPANIES ? "新規" : "継続" };
				Row row = sheet.createRow(k + 1);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
					csv.append(c == 0 ? "" : ",").append('"').append(cells[c]).append('"');
				}
				csv.append('\n');
			}
			book.write(out);
			book.dispose();
		}
	}

}
