package jp.kyoten.moving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ImportedConsultations;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.directory.Companies;
import jp.kyoten.directory.JapaneseText;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * A hub's own spreadsheets imported into the demo hub 熊本: matching to the directory, the choice per row, the dedupe
 * rules with manual edits kept, undo, and a file with bad rows landing its good ones. Every name carries the test's
 * own tag, so that the tests sharing the database do not see each other's companies.
 */
@KyotenSpringTest
class SpreadsheetImportTests {

	@Autowired
	UploadSpreadsheet upload;

	@Autowired
	SpreadsheetImports imports;

	@Autowired
	PreviewSpreadsheetImport preview;

	@Autowired
	RunSpreadsheetImport runner;

	@Autowired
	UndoSpreadsheetImport undo;

	@Autowired
	RejectedRowsWorkbook rejectedRows;

	@Autowired
	ImportedConsultations consultations;

	@Autowired
	Companies companies;

	@Autowired
	Hubs hubs;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	long hub;

	String tag;

	@BeforeEach
	void hub() {
		hub = hubs.bySlug("kumamoto").orElseThrow().getId();
		tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
	}

	@Test
	void namesWithKabushikiBeforeOrAfterMatchTheOneCompany() throws IOException {
		long known = new TestCompanies(companies, hubs).create("株式会社引越精機" + tag);
		long id = job(List.of(List.of("会社名", "所在地"), List.of("㈱引越精機" + tag, "熊本市中央区水前寺1-2-3"),
				List.of("引越精機" + tag + "株式会社", "熊本県熊本市中央区"), List.of("引越精機" + tag + "(株)", "熊本市中央区")),
				mapping(RecordKind.COMPANIES, DedupeRule.SKIP, Field.COMPANY_NAME, Field.ADDRESS));

		PreviewSpreadsheetImport.Preview p = HubScope.callAs(hub, () -> preview.preview(id));
		assertThat(p.newCompanies()).isZero();
		assertThat(p.matchedCompanies()).isEqualTo(1);
		assertThat(p.toChoose()).isEmpty();

		importNow(id, Map.of());
		assertThat(companiesNamed("株式会社引越精機" + tag)).containsExactly(known);
		assertThat(job(id).created()).isZero();
	}

	@Test
	void aRowMatchingTwoCompaniesAsksInsteadOfFailing() throws IOException {
		TestCompanies test = new TestCompanies(companies, hubs);
		long first = test.create("双子商事" + tag);
		long second = test.create("双子商事" + tag);
		long id = job(List.of(List.of("企業名", "相談日", "相談方法", "相談内容"),
				List.of("双子商事" + tag, "R7.5.1", "電話", "採用の相談")),
				mapping(RecordKind.CONSULTATIONS, DedupeRule.SKIP, Field.COMPANY_NAME, Field.CONSULTED_ON,
						Field.CHANNEL, Field.SUMMARY));

		PreviewSpreadsheetImport.Preview p = HubScope.callAs(hub, () -> preview.preview(id));
		assertThat(p.rejected()).isZero();
		assertThat(p.toChoose()).singleElement()
			.satisfies(c -> assertThat(c.matches()).extracting(r -> r.id()).containsExactly(first, second));
		// without a choice the import does not start (nor refuse the row, nor register a third company)
		assertThatThrownBy(() -> HubScope.runAs(hub, () -> runner.start(id, Map.of(), p, true)))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "moving.choices.missing");

		importNow(id, Map.of(2, second));
		assertThat(job(id).consultations()).isEqualTo(1);
		assertThat(companiesNamed("双子商事" + tag)).containsExactly(first, second);
		assertThat(HubScope.callAs(hub,
				() -> jdbc.sql("SELECT company_id FROM consultation WHERE origin_label = ?")
					.param("表計算ファイルの取込 #" + id)
					.query(Long.class)
					.list())).containsExactly(second);
	}

	@Test
	void skipLeavesFillFillsEmptyAndUpdateNeverOverwritesAManualEdit() throws IOException {
		long company = new TestCompanies(companies, hubs).create("規則工業" + tag);
		HubScope.runAs(hub, () -> jdbc.sql("""
				UPDATE company SET representative = '甲野一郎', phone = '096-000-0000', employees = NULL,
				       manually_edited_fields = '{representative}' WHERE id = ?""").param(company).update());
		List<List<String>> rows = List.of(List.of("会社名", "代表者", "電話番号", "従業員数"),
				List.of("規則工業" + tag, "乙山二郎", "096-111-1111", "約30名"));
		Field[] fields = { Field.COMPANY_NAME, Field.REPRESENTATIVE, Field.PHONE, Field.EMPLOYEES };

		importNow(job(rows, mapping(RecordKind.COMPANIES, DedupeRule.SKIP, fields)), Map.of());
		assertThat(company(company)).containsEntry("representative", "甲野一郎")
			.containsEntry("phone", "096-000-0000")
			.containsEntry("employees", null);

		importNow(job(rows, mapping(RecordKind.COMPANIES, DedupeRule.FILL_EMPTY, fields)), Map.of());
		assertThat(company(company)).containsEntry("representative", "甲野一郎")
			.containsEntry("phone", "096-000-0000")
			.containsEntry("employees", 30);

		long update = job(rows, mapping(RecordKind.COMPANIES, DedupeRule.UPDATE, fields));
		importNow(update, Map.of());
		// the representative was edited by hand: the file's value does not replace it
		assertThat(company(company)).containsEntry("representative", "甲野一郎")
			.containsEntry("phone", "096-111-1111")
			.containsEntry("employees", 30);
		assertThat(job(update).updated()).isEqualTo(1);
	}

	@Test
	void undoRestoresExactlyWhatTheImportChanged() throws IOException {
		long known = new TestCompanies(companies, hubs).create("復元産業" + tag);
		HubScope.runAs(hub, () -> jdbc.sql("UPDATE company SET phone = '096-222-2222' WHERE id = ?")
			.param(known)
			.update());
		Map<String, Object> before = company(known);
		long kpiBefore = newConsultationsOfFiscalYear2025();
		long id = job(List.of(List.of("企業名", "電話", "相談日", "相談方法", "区分", "相談内容"),
				List.of("復元産業" + tag, "096-333-3333", "令和7年6月2日", "来所", "新規", "事業承継"),
				List.of("新顔物産" + tag, "", "R7.6.3", "訪問", "新規", "採用"),
				List.of("新顔物産" + tag, "", "2025/7/1", "訪問", "継続", "採用の続き")),
				mapping(RecordKind.CONSULTATIONS, DedupeRule.UPDATE, Field.COMPANY_NAME, Field.PHONE,
						Field.CONSULTED_ON, Field.CHANNEL, Field.NEW_OR_FOLLOW_UP, Field.SUMMARY));
		importNow(id, Map.of());
		assertThat(job(id).rejected()).isZero();
		assertThat(company(known)).containsEntry("phone", "096-333-3333");
		assertThat(companiesNamed("新顔物産" + tag)).hasSize(1);
		// KPI 1 (相談件数): consultations of the fiscal year that are not a follow-up; the 継続 row does not count
		assertThat(newConsultationsOfFiscalYear2025()).isEqualTo(kpiBefore + 2);

		HubScope.runAs(hub, () -> undo.undo(id, "manager@kumamoto.demo"));

		assertThat(company(known)).isEqualTo(before);
		assertThat(companiesNamed("新顔物産" + tag)).isEmpty();
		assertThat(newConsultationsOfFiscalYear2025()).isEqualTo(kpiBefore);
		assertThat(job(id).status()).isEqualTo(SpreadsheetImports.Status.UNDONE);
		assertThat(HubScope.callAs(hub,
				() -> jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'spreadsheet_import' AND entity_id = ?")
					.param(String.valueOf(id))
					.query(Long.class)
					.single())).isGreaterThanOrEqualTo(3);
	}

	@Test
	void undoIsRefusedWholeOnceALaterChangeTouchesAnImportedRecord() throws IOException {
		long id = job(List.of(List.of("企業名"), List.of("後続電機" + tag), List.of("後続精工" + tag)),
				mapping(RecordKind.COMPANIES, DedupeRule.SKIP, Field.COMPANY_NAME));
		importNow(id, Map.of());
		long imported = companiesNamed("後続電機" + tag).getFirst();
		// a consultation recorded afterwards refers to the imported company
		HubScope.runAs(hub, () -> consultations.record(NewConsultation.of(imported, LocalDate.of(2026, 11, 2),
				Channel.PHONE, Referral.NONE, java.util.Set.of(), "取込の後の相談", null)));

		assertThatThrownBy(() -> HubScope.runAs(hub, () -> undo.undo(id, "manager@kumamoto.demo")))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "moving.undo.touched");
		// nothing was undone: the other company of the import is still there too
		assertThat(companiesNamed("後続精工" + tag)).hasSize(1);
		assertThat(job(id).status()).isEqualTo(SpreadsheetImports.Status.DONE);
	}

	@Test
	void aTenColumnFileWithTwoBadRowsLandsItsGoodRows() throws IOException {
		List<List<String>> rows = new java.util.ArrayList<>();
		rows.add(List.of("法人番号", "企業名", "所在地", "従業員数", "相談日", "相談方法", "経営課題", "相談内容", "新規/継続", "担当者"));
		for (int i = 1; i <= 8; i++) {
			rows.add(List.of("", "十列商会" + tag + "・" + i, "熊本市東区健軍" + i, "約" + (i * 5) + "名",
					"令和7年" + (4 + i) + "月1日", i % 2 == 0 ? "電話" : "来所", "人材確保、DX", "相談" + i,
					i == 8 ? "継続" : "新規", "職員不明"));
		}
		// row 10: a day that never was; row 11: no company name
		rows.add(List.of("", "十列商会" + tag + "・誤日付", "熊本市", "10", "令和7年2月30日", "電話", "", "日付誤り", "新規", ""));
		rows.add(List.of("", "", "熊本市", "10", "R7.5.1", "電話", "", "名前なし", "新規", ""));
		rows.set(8, List.of("", "十列商会" + tag + "・7", "熊本市東区健軍7", "約35名", "令和7年11月1日", "来所", "人材確保",
				"相談7", "新規", ""));
		rows.add(List.of("", "十列商会" + tag + "・7", "熊本市東区健軍7", "約35名", "令和7年12月1日", "電話", "", "相談7の続き",
				"継続", ""));
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		Field[] order = { Field.CORPORATE_NUMBER, Field.COMPANY_NAME, Field.ADDRESS, Field.EMPLOYEES, Field.CONSULTED_ON,
				Field.CHANNEL, Field.ISSUES, Field.SUMMARY, Field.NEW_OR_FOLLOW_UP, Field.STAFF };
		for (int i = 0; i < order.length; i++) {
			columns.put(order[i], i);
		}
		long id = job(rows, new ColumnMapping(RecordKind.CONSULTATIONS, 0, 1, columns, Map.of(), DedupeRule.FILL_EMPTY));

		PreviewSpreadsheetImport.Preview p = HubScope.callAs(hub, () -> preview.preview(id));
		assertThat(p.rows()).isEqualTo(11);
		assertThat(p.rejected()).isEqualTo(2);
		assertThat(p.problems()).filteredOn(PreviewSpreadsheetImport.RowProblem::error)
			.extracting(PreviewSpreadsheetImport.RowProblem::cell, PreviewSpreadsheetImport.RowProblem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("E10", "存在しない日付です: 令和7年2月30日"),
					org.assertj.core.groups.Tuple.tuple("B11", "企業名がありません。"));
		// an unknown staff member is a warning: the consultation is kept without one
		assertThat(p.problems()).filteredOn(pr -> !pr.error()).extracting(PreviewSpreadsheetImport.RowProblem::cell)
			.contains("J2");

		importNow(id, Map.of());
		SpreadsheetImports.Job done = job(id);
		assertThat(done.consultations()).isEqualTo(9);
		assertThat(done.created()).isEqualTo(7);
		assertThat(done.rejected()).isEqualTo(2);
		// the company of row 9 and 12 is one, and row 12 continues row 9's consultation
		assertThat(HubScope.callAs(hub, () -> jdbc.sql("""
				SELECT count(*) FROM consultation f JOIN consultation o ON o.id = f.follow_up_of
				 WHERE f.origin_label = ? AND o.summary = '相談7'""").param("表計算ファイルの取込 #" + id)
			.query(Long.class)
			.single())).isEqualTo(1);
		assertThat(company(companiesNamed("十列商会" + tag + "・3").getFirst())).containsEntry("employees", 15)
			.containsEntry("municipality_code", "43102");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		HubScope.runAs(hub, () -> {
			try {
				rejectedRows.write(job(id), out);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("企業名");
			assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("エラーの理由");
			assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("令和7年2月30日");
			assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).contains("E10", "存在しない日付");
			assertThat(sheet.getRow(2).getCell(10).getNumericCellValue()).isEqualTo(11);
		}
	}

	@Test
	void aMappingSavedByNameIsReusedForTheNextFile() throws IOException {
		ColumnMapping mapping = mapping(RecordKind.COMPANIES, DedupeRule.SKIP, Field.ADDRESS, Field.COMPANY_NAME);
		HubScope.runAs(hub, () -> imports.saveMapping("台帳" + tag, mapping, "manager@kumamoto.demo"));
		Path file = dir.resolve("next.xlsx");
		SpreadsheetReaderTests.writeXlsx(file, List.of(List.of("所在地", "会社名"), List.of("阿蘇市", "再利用農園" + tag)));
		long id = HubScope.callAs(hub, () -> {
			try (InputStream in = Files.newInputStream(file)) {
				return upload.upload("next.xlsx", in, SpreadsheetReader.Encoding.AUTO, "台帳" + tag, "m@k");
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		assertThat(job(id).mapping()).isEqualTo(mapping);
		importNow(id, Map.of());
		assertThat(company(companiesNamed("再利用農園" + tag).getFirst())).containsEntry("municipality_code", "43214");
	}

	// --- helpers

	long job(List<List<String>> rows, ColumnMapping mapping) throws IOException {
		Path file = Files.createTempFile(dir, "import", ".xlsx");
		SpreadsheetReaderTests.writeXlsx(file, rows);
		return HubScope.callAs(hub, () -> {
			try (InputStream in = Files.newInputStream(file)) {
				long id = upload.upload("log.xlsx", in, SpreadsheetReader.Encoding.AUTO, null, "manager@kumamoto.demo");
				imports.setMapping(id, mapping, null);
				return id;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	/** The import as the wizard runs it, but in this thread: dry run, queue with the choices, run. */
	void importNow(long id, Map<Integer, Long> choices) {
		HubScope.runAs(hub, () -> {
			PreviewSpreadsheetImport.Preview p = preview.preview(id);
			assertThat(imports.queue(id, choices, p.rows())).isTrue();
			runner.run(id);
		});
		SpreadsheetImports.Job done = job(id);
		assertThat(done.status()).as(done::error).isEqualTo(SpreadsheetImports.Status.DONE);
		// the reasons of rejected rows, for the report of a failing test
		HubScope.runAs(hub, () -> imports.rejections(id)
			.forEach(r -> System.out.println("rejected " + id + " row " + r.rowNumber() + ": " + r.reason())));
	}

	SpreadsheetImports.Job job(long id) {
		return HubScope.callAs(hub, () -> imports.get(id));
	}

	static ColumnMapping mapping(RecordKind kind, DedupeRule rule, Field... columns) {
		Map<Field, Integer> m = new EnumMap<>(Field.class);
		for (int i = 0; i < columns.length; i++) {
			m.put(columns[i], i);
		}
		return new ColumnMapping(kind, 0, 1, m, Map.of(), rule);
	}

	List<Long> companiesNamed(String name) {
		return HubScope.callAs(hub, () -> jdbc.sql("SELECT id FROM company WHERE name_key = ? ORDER BY id")
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

	/** KPI 1 (相談件数) as Kpis counts it: consultations dated in the fiscal year that are not a follow-up. */
	long newConsultationsOfFiscalYear2025() {
		return HubScope.callAs(hub, () -> jdbc.sql("""
				SELECT count(*) FROM consultation
				 WHERE consulted_on >= DATE '2025-04-01' AND consulted_on < DATE '2026-04-01' AND follow_up_of IS NULL""")
			.query(Long.class)
			.single());
	}

}
