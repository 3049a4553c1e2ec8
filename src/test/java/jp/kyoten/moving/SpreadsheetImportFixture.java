package jp.kyoten.moving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import jp.kyoten.DemoLogins;
import jp.kyoten.directory.JapaneseText;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.Actor;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * What the spreadsheet-import tests share: the demo hub 熊本, a tag for the names of one
 * test (the tests share the database), a file written from rows and uploaded with its
 * mapping, the import run in this thread as the hub's manager, and the queries the tests
 * check the directory and the KPIs with.
 */
final class SpreadsheetImportFixture {

	final long hub;

	final String tag;

	private final Path dir;

	private final UploadSpreadsheet upload;

	private final SpreadsheetImports imports;

	private final PreviewSpreadsheetImport preview;

	private final RunSpreadsheetImport runner;

	private final JdbcClient jdbc;

	private final DemoLogins logins;

	SpreadsheetImportFixture(ApplicationContext context, Path dir) {
		this.dir = dir;
		this.upload = context.getBean(UploadSpreadsheet.class);
		this.imports = context.getBean(SpreadsheetImports.class);
		this.preview = context.getBean(PreviewSpreadsheetImport.class);
		this.runner = context.getBean(RunSpreadsheetImport.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.logins = context.getBean(DemoLogins.class);
		this.hub = context.getBean(Hubs.class).bySlug("kumamoto").orElseThrow().getId();
		this.tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
	}

	/**
	 * The rows written as an xlsx, uploaded by the hub's manager, with the mapping set.
	 */
	long job(List<List<String>> rows, ColumnMapping mapping) throws IOException {
		Path file = Files.createTempFile(dir, "import", ".xlsx");
		SpreadsheetReaderTests.writeXlsx(file, rows);
		return HubScope.callAs(hub, () -> {
			try (InputStream in = Files.newInputStream(file)) {
				long id = upload.upload("log.xlsx", in, SpreadsheetReader.Encoding.AUTO, null,
						DemoLogins.KUMAMOTO_MANAGER);
				imports.setMapping(id, mapping, null);
				return id;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	void importNow(long id) {
		importNow(id, Map.of());
	}

	/**
	 * The import as the wizard runs it, but in this thread and acting as the hub's
	 * manager: dry run, queue with the choices, run; it must end DONE. The reasons of
	 * rejected rows are printed, for the report of a failing test.
	 */
	void importNow(long id, Map<Integer, Long> choices) {
		Actor manager = (Actor) logins.principal(DemoLogins.KUMAMOTO_MANAGER);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(manager, null, List.of()));
		try {
			HubScope.runAs(hub, () -> {
				PreviewSpreadsheetImport.Preview p = preview.preview(id);
				assertThat(imports.queue(id, choices, p.rows(), manager.userId())).isTrue();
				runner.run(id);
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		SpreadsheetImports.Job done = job(id);
		assertThat(done.status()).as(done::error).isEqualTo(SpreadsheetImports.Status.DONE);
		HubScope.runAs(hub, () -> imports.rejections(id)
			.forEach(r -> System.out.println("rejected " + id + " row " + r.rowNumber() + ": " + r.reason())));
	}

	SpreadsheetImports.Job job(long id) {
		return HubScope.callAs(hub, () -> imports.get(id));
	}

	/** The fields given, in columns A, B, … of a sheet whose header is row 1. */
	static ColumnMapping mapping(RecordKind kind, DedupeRule rule, Field... columns) {
		Map<Field, Integer> m = new EnumMap<>(Field.class);
		for (int i = 0; i < columns.length; i++) {
			m.put(columns[i], i);
		}
		return new ColumnMapping(kind, 0, 1, m, Map.of(), rule);
	}

	List<Long> companiesNamed(String name) {
		return HubScope.callAs(hub,
				() -> jdbc.sql("SELECT id FROM company WHERE name_key = ? ORDER BY id")
					.param(JapaneseText.normalize(name))
					.query(Long.class)
					.list());
	}

	Map<String, Object> company(long id) {
		return HubScope.callAs(hub, () -> jdbc.sql("""
				SELECT corporate_number, name, name_kana, postal_code, prefecture_code, municipality_code, address,
				       industry, employees, capital, representative, main_bank, phone, url, sme, notes,
				       array_to_string(manually_edited_fields, ',') AS manually_edited_fields
				  FROM company WHERE id = ?""").param(id).query().singleRow());
	}

	long consultationsOfImport(long id) {
		return HubScope.callAs(hub,
				() -> jdbc.sql("SELECT count(*) FROM consultation WHERE origin_label = ?")
					.param("表計算ファイルの取込 #" + id)
					.query(Long.class)
					.single());
	}

	/**
	 * KPI 1 (相談件数) as Kpis counts it: consultations dated in the fiscal year that are not
	 * a follow-up.
	 */
	long newConsultationsOfFiscalYear2025() {
		return HubScope.callAs(hub, () -> jdbc
			.sql("""
					SELECT count(*) FROM consultation
					 WHERE consulted_on >= DATE '2025-04-01' AND consulted_on < DATE '2026-04-01' AND follow_up_of IS NULL""")
			.query(Long.class)
			.single());
	}

	/**
	 * The funnel's 求人ニーズ as Kpis counts it: needs of kpi_need learned (created_at) in the
	 * fiscal year, in Tokyo.
	 */
	long needsLearnedInFiscalYear2025() {
		return HubScope.callAs(hub, () -> jdbc
			.sql("""
					SELECT count(*) FROM kpi_need
					 WHERE created_at >= TIMESTAMPTZ '2025-04-01 00:00+09' AND created_at < TIMESTAMPTZ '2026-04-01 00:00+09'""")
			.query(Long.class)
			.single());
	}

}
