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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ImportedConsultations;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * A hub's own spreadsheets imported into the demo hub 熊本: matching to the directory, the
 * choice per row, the dedupe rules with manual edits kept, undo, and a file with bad rows
 * landing its good ones. Every name carries the test's own tag, so that the tests sharing
 * the database do not see each other's companies.
 */
@KyotenSpringTest
class SpreadsheetImportTests extends SpreadsheetImportTestCase {

	@Autowired
	RejectedRowsWorkbook rejectedRows;

	@Autowired
	ImportedConsultations consultations;

	@Test
	void namesWithKabushikiBeforeOrAfterMatchTheOneCompany() throws IOException {
		long known = new TestCompanies(companies, hubs).create("株式会社引越精機" + tag);
		long id = f.job(
				List.of(List.of("会社名", "所在地"), List.of("㈱引越精機" + tag, "熊本市中央区水前寺1-2-3"),
						List.of("引越精機" + tag + "株式会社", "熊本県熊本市中央区"), List.of("引越精機" + tag + "(株)", "熊本市中央区")),
				SpreadsheetImportFixture.mapping(RecordKind.COMPANIES, DedupeRule.SKIP, Field.COMPANY_NAME,
						Field.ADDRESS));

		PreviewSpreadsheetImport.Preview p = HubScope.callAs(hub, () -> preview.preview(id));
		assertThat(p.newCompanies()).isZero();
		assertThat(p.matchedCompanies()).isEqualTo(1);
		assertThat(p.toChoose()).isEmpty();

		f.importNow(id, Map.of());
		assertThat(f.companiesNamed("株式会社引越精機" + tag)).containsExactly(known);
		assertThat(f.job(id).created()).isZero();
	}

	@Test
	void aRowMatchingTwoCompaniesAsksInsteadOfFailing() throws IOException {
		TestCompanies test = new TestCompanies(companies, hubs);
		long first = test.create("双子商事" + tag);
		long second = test.create("双子商事" + tag);
		long id = f.job(List.of(List.of("企業名", "相談日", "相談方法", "相談内容"), List.of("双子商事" + tag, "R7.5.1", "電話", "採用の相談")),
				SpreadsheetImportFixture.mapping(RecordKind.CONSULTATIONS, DedupeRule.SKIP, Field.COMPANY_NAME,
						Field.CONSULTED_ON, Field.CHANNEL, Field.SUMMARY));

		PreviewSpreadsheetImport.Preview p = HubScope.callAs(hub, () -> preview.preview(id));
		assertThat(p.rejected()).isZero();
		assertThat(p.toChoose()).singleElement()
			.satisfies(c -> assertThat(c.matches()).extracting(r -> r.id()).containsExactly(first, second));
		// without a choice the import does not start (nor refuse the row, nor register a
		// third company)
		assertThatThrownBy(() -> HubScope.runAs(hub, () -> runner.start(id, Map.of(), p, true)))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "moving.choices.missing");

		f.importNow(id, Map.of(2, second));
		assertThat(f.job(id).consultations()).isEqualTo(1);
		assertThat(f.companiesNamed("双子商事" + tag)).containsExactly(first, second);
		assertThat(HubScope.callAs(hub,
				() -> jdbc.sql("SELECT company_id FROM consultation WHERE origin_label = ?")
					.param("表計算ファイルの取込 #" + id)
					.query(Long.class)
					.list()))
			.containsExactly(second);
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

		f.importNow(f.job(rows, SpreadsheetImportFixture.mapping(RecordKind.COMPANIES, DedupeRule.SKIP, fields)),
				Map.of());
		assertThat(f.company(company)).containsEntry("representative", "甲野一郎")
			.containsEntry("phone", "096-000-0000")
			.containsEntry("employees", null);

		f.importNow(f.job(rows, SpreadsheetImportFixture.mapping(RecordKind.COMPANIES, DedupeRule.FILL_EMPTY, fields)),
				Map.of());
		assertThat(f.company(company)).containsEntry("representative", "甲野一郎")
			.containsEntry("phone", "096-000-0000")
			.containsEntry("employees", 30);

		long update = f.job(rows, SpreadsheetImportFixture.mapping(RecordKind.COMPANIES, DedupeRule.UPDATE, fields));
		f.importNow(update, Map.of());
		// the representative was edited by hand: the file's value does not replace it
		assertThat(f.company(company)).containsEntry("representative", "甲野一郎")
			.containsEntry("phone", "096-111-1111")
			.containsEntry("employees", 30);
		assertThat(f.job(update).updated()).isEqualTo(1);
	}

	@Test
	void undoRestoresExactlyWhatTheImportChanged() throws IOException {
		long known = new TestCompanies(companies, hubs).create("復元産業" + tag);
		HubScope.runAs(hub,
				() -> jdbc.sql("UPDATE company SET phone = '096-222-2222' WHERE id = ?").param(known).update());
		Map<String, Object> before = f.company(known);
		long kpiBefore = f.newConsultationsOfFiscalYear2025();
		long id = f.job(
				List.of(List.of("企業名", "電話", "相談日", "相談方法", "区分", "相談内容"),
						List.of("復元産業" + tag, "096-333-3333", "令和7年6月2日", "来所", "新規", "事業承継"),
						List.of("新顔物産" + tag, "", "R7.6.3", "訪問", "新規", "採用"),
						List.of("新顔物産" + tag, "", "2025/7/1", "訪問", "継続", "採用の続き")),
				SpreadsheetImportFixture.mapping(RecordKind.CONSULTATIONS, DedupeRule.UPDATE, Field.COMPANY_NAME,
						Field.PHONE, Field.CONSULTED_ON, Field.CHANNEL, Field.NEW_OR_FOLLOW_UP, Field.SUMMARY));
		f.importNow(id, Map.of());
		assertThat(f.job(id).rejected()).isZero();
		assertThat(f.company(known)).containsEntry("phone", "096-333-3333");
		assertThat(f.companiesNamed("新顔物産" + tag)).hasSize(1);
		// KPI 1 (相談件数): consultations of the fiscal year that are not a follow-up; the 継続
		// row does not count
		assertThat(f.newConsultationsOfFiscalYear2025()).isEqualTo(kpiBefore + 2);

		HubScope.runAs(hub, () -> undo.undo(id, "manager@kumamoto.demo"));

		assertThat(f.company(known)).isEqualTo(before);
		assertThat(f.companiesNamed("新顔物産" + tag)).isEmpty();
		assertThat(f.newConsultationsOfFiscalYear2025()).isEqualTo(kpiBefore);
		assertThat(f.job(id).status()).isEqualTo(SpreadsheetImports.Status.UNDONE);
		assertThat(HubScope.callAs(hub,
				() -> jdbc
					.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'spreadsheet_import' AND entity_id = ?")
					.param(String.valueOf(id))
					.query(Long.class)
					.single()))
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void undoIsRefusedWholeOnceALaterChangeTouchesAnImportedRecord() throws IOException {
		long id = f.job(List.of(List.of("企業名"), List.of("後続電機" + tag), List.of("後続精工" + tag)),
				SpreadsheetImportFixture.mapping(RecordKind.COMPANIES, DedupeRule.SKIP, Field.COMPANY_NAME));
		f.importNow(id, Map.of());
		long imported = f.companiesNamed("後続電機" + tag).getFirst();
		// a consultation recorded afterwards refers to the imported company: the set
		// DELETE fails, the undo is refused
		// whole with the kind of record that is referred to
		HubScope.runAs(hub, () -> consultations.record(NewConsultation.of(imported, LocalDate.of(2026, 11, 2),
				Channel.PHONE, Referral.NONE, java.util.Set.of(), "取込の後の相談", null)));

		assertThatThrownBy(() -> HubScope.runAs(hub, () -> undo.undo(id, "manager@kumamoto.demo")))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "moving.undo.referenced");
		// nothing was undone: the other company of the import is still there too
		assertThat(f.companiesNamed("後続精工" + tag)).hasSize(1);
		assertThat(f.job(id).status()).isEqualTo(SpreadsheetImports.Status.DONE);
	}

	@Test
	void aTenColumnFileWithTwoBadRowsLandsItsGoodRows() throws IOException {
		List<List<String>> rows = new java.util.ArrayList<>();
		rows.add(List.of("法人番号", "企業名", "所在地", "従業員数", "相談日", "相談方法", "経営課題", "相談内容", "新規/継続", "担当者"));
		for (int i = 1; i <= 8; i++) {
			rows.add(List.of("", "十列商会" + tag + "・" + i, "熊本市東区健軍" + i, "約" + (i * 5) + "名", "令和7年" + (4 + i) + "月1日",
					i % 2 == 0 ? "電話" : "来所", "人材確保、DX", "相談" + i, i == 8 ? "継続" : "新規", "職員不明"));
		}
		// row 10: a day that never was; row 11: no company name
		rows.add(List.of("", "十列商会" + tag + "・誤日付", "熊本市", "10", "令和7年2月30日", "電話", "", "日付誤り", "新規", ""));
		rows.add(List.of("", "", "熊本市", "10", "R7.5.1", "電話", "", "名前なし", "新規", ""));
		rows.set(8, List.of("", "十列商会" + tag + "・7", "熊本市東区健軍7", "約35名", "令和7年11月1日", "来所", "人材確保", "相談7", "新規", ""));
		rows.add(List.of("", "十列商会" + tag + "・7", "熊本市東区健軍7", "約35名", "令和7年12月1日", "電話", "", "相談7の続き", "継続", ""));
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		Field[] order = { Field.CORPORATE_NUMBER, Field.COMPANY_NAME, Field.ADDRESS, Field.EMPLOYEES,
				Field.CONSULTED_ON, Field.CHANNEL, Field.ISSUES, Field.SUMMARY, Field.NEW_OR_FOLLOW_UP, Field.STAFF };
		for (int i = 0; i < order.length; i++) {
			columns.put(order[i], i);
		}
		long id = f.job(rows,
				new ColumnMapping(RecordKind.CONSULTATIONS, 0, 1, columns, Map.of(), DedupeRule.FILL_EMPTY));

		PreviewSpreadsheetImport.Preview p = HubScope.callAs(hub, () -> preview.preview(id));
		assertThat(p.rows()).isEqualTo(11);
		assertThat(p.rejected()).isEqualTo(2);
		assertThat(p.problems()).filteredOn(PreviewSpreadsheetImport.RowProblem::error)
			.extracting(PreviewSpreadsheetImport.RowProblem::cell, PreviewSpreadsheetImport.RowProblem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("E10", "存在しない日付です: 令和7年2月30日"),
					org.assertj.core.groups.Tuple.tuple("B11", "企業名がありません。"));
		// an unknown staff member is a warning: the consultation is kept without one
		assertThat(p.problems()).filteredOn(pr -> !pr.error())
			.extracting(PreviewSpreadsheetImport.RowProblem::cell)
			.contains("J2");

		f.importNow(id, Map.of());
		SpreadsheetImports.Job done = f.job(id);
		assertThat(done.consultations()).isEqualTo(9);
		assertThat(done.created()).isEqualTo(7);
		assertThat(done.rejected()).isEqualTo(2);
		// the company of row 9 and 12 is one, and row 12 continues row 9's consultation
		assertThat(HubScope.callAs(hub,
				() -> jdbc.sql("""
						SELECT count(*) FROM consultation f JOIN consultation o ON o.id = f.follow_up_of
						 WHERE f.origin_label = ? AND o.summary = '相談7'""")
					.param("表計算ファイルの取込 #" + id)
					.query(Long.class)
					.single()))
			.isEqualTo(1);
		assertThat(f.company(f.companiesNamed("十列商会" + tag + "・3").getFirst())).containsEntry("employees", 15)
			.containsEntry("municipality_code", "43102");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		HubScope.runAs(hub, () -> {
			try {
				rejectedRows.write(f.job(id), out);
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
		ColumnMapping mapping = SpreadsheetImportFixture.mapping(RecordKind.COMPANIES, DedupeRule.SKIP, Field.ADDRESS,
				Field.COMPANY_NAME);
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
		assertThat(f.job(id).mapping()).isEqualTo(mapping);
		f.importNow(id, Map.of());
		assertThat(f.company(f.companiesNamed("再利用農園" + tag).getFirst())).containsEntry("municipality_code", "43214");
	}

}
