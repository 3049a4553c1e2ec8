package jp.kyoten.moving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.Actor;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The import a batch of rows per transaction (ADR 243): a bad row of a batch costs only
 * itself, undo after a many-batch import restores exactly, an interrupted job resumes
 * after its last committed batch and imports every row exactly once, and a needs list
 * lands its needs from their companies' consultations — counted by the funnel in their
 * fiscal year — and goes back on undo. Names carry the test's tag: the tests share the
 * demo hub 熊本.
 */
@KyotenSpringTest
class SpreadsheetImportBatchTests extends SpreadsheetImportTestCase {

	@Autowired
	DemoLogins logins;

	@AfterEach
	void quiet() {
		runner.listen(null);
		SecurityContextHolder.clearContext();
	}

	@Test
	void aBatchWithABadRowLandsItsGoodRows() throws IOException {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("企業名", "相談日", "相談方法", "新規/継続", "相談内容", "次回対応"));
		for (int i = 1; i <= 30; i++) {
			rows.add(List.of("一括商店" + tag + "・" + (i % 10), "2025/5/" + i, "電話", i <= 10 ? "新規" : "継続", "相談" + i, ""));
		}
		// row 26: the next action is longer than the column holds — only the database
		// finds it, so the batch is
		// written again row by row; row 32: a 継続 of a company with nothing earlier to
		// continue — the rules find it
		// before anything is written, and the batch goes without it
		rows.set(25, List.of("一括商店" + tag + "・5", "2025/5/25", "電話", "継続", "相談25", "あ".repeat(1001)));
		rows.add(List.of("一括新顔" + tag, "2025/6/1", "来所", "継続", "続きのない継続", ""));
		long id = f.job(rows,
				SpreadsheetImportFixture.mapping(RecordKind.CONSULTATIONS, DedupeRule.SKIP, Field.COMPANY_NAME,
						Field.CONSULTED_ON, Field.CHANNEL, Field.NEW_OR_FOLLOW_UP, Field.SUMMARY, Field.NEXT_ACTION));

		f.importNow(id);

		SpreadsheetImports.Job done = f.job(id);
		assertThat(done.rowsDone()).isEqualTo(31);
		assertThat(done.rejected()).isEqualTo(2);
		assertThat(done.consultations()).isEqualTo(29);
		assertThat(HubScope.callAs(hub, () -> imports.rejections(id)))
			.extracting(SpreadsheetImports.Rejection::rowNumber, SpreadsheetImports.Rejection::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(26, "この行を保存できませんでした。"),
					org.assertj.core.groups.Tuple.tuple(32, "継続相談ですが、この企業のそれ以前の相談がありません。「新規」にするか、以前の相談を先に取り込んでください。"));
		assertThat(f.consultationsOfImport(id)).isEqualTo(29);
		// the company of the rejected row came in through its other rows, once; the
		// refused row's company not at all
		assertThat(f.companiesNamed("一括商店" + tag + "・5")).hasSize(1);
		assertThat(f.companiesNamed("一括新顔" + tag)).isEmpty();
	}

	@Test
	void undoAfterAManyBatchImportRestoresExactly() throws IOException {
		long known = new TestCompanies(companies, hubs).create("多段既存" + tag);
		HubScope.runAs(hub,
				() -> jdbc.sql("UPDATE company SET phone = '096-444-4444' WHERE id = ?").param(known).update());
		Map<String, Object> before = f.company(known);
		long kpiBefore = f.newConsultationsOfFiscalYear2025();
		int n = RunSpreadsheetImport.BATCH * 2 + 137;
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("企業名", "電話", "相談日", "相談方法", "区分", "相談内容"));
		rows.add(List.of("多段既存" + tag, "096-555-5555", "令和7年4月2日", "来所", "新規", "既存企業の相談"));
		for (int i = 1; i < n; i++) {
			// forty companies, each first row 新規 and the later ones 継続 of it, across the
			// batches
			LocalDate day = LocalDate.of(2025, 4, 3).plusDays(i / 4);
			rows.add(
					List.of("多段商事" + tag + "・" + (i % 40), "", day.toString(), "電話", i <= 40 ? "新規" : "継続", "相談 " + i));
		}
		long id = f.job(rows,
				SpreadsheetImportFixture.mapping(RecordKind.CONSULTATIONS, DedupeRule.UPDATE, Field.COMPANY_NAME,
						Field.PHONE, Field.CONSULTED_ON, Field.CHANNEL, Field.NEW_OR_FOLLOW_UP, Field.SUMMARY));

		f.importNow(id);
		SpreadsheetImports.Job done = f.job(id);
		assertThat(done.rejected()).isZero();
		assertThat(done.consultations()).isEqualTo(n);
		assertThat(done.created()).isEqualTo(40);
		assertThat(done.updated()).isEqualTo(1);
		assertThat(f.company(known)).containsEntry("phone", "096-555-5555");
		// KPI 1 (相談件数): consultations of the fiscal year that are not a follow-up — the
		// known company's and the
		// forty firsts; every 継続 row continues an earlier consultation of its company
		assertThat(f.newConsultationsOfFiscalYear2025()).isEqualTo(kpiBefore + 41);
		assertThat(HubScope.callAs(hub, () -> jdbc.sql("""
				SELECT count(*) FROM consultation f JOIN consultation o ON o.id = f.follow_up_of
				 WHERE f.origin_label = ? AND o.company_id = f.company_id AND o.consulted_on <= f.consulted_on""")
			.param("表計算ファイルの取込 #" + id)
			.query(Long.class)
			.single())).isEqualTo(n - 41L);

		HubScope.runAs(hub, () -> undo.undo(id, DemoLogins.KUMAMOTO_MANAGER));

		assertThat(f.company(known)).isEqualTo(before);
		assertThat(f.newConsultationsOfFiscalYear2025()).isEqualTo(kpiBefore);
		assertThat(f.consultationsOfImport(id)).isZero();
		for (int c = 0; c < 40; c++) {
			assertThat(f.companiesNamed("多段商事" + tag + "・" + c)).isEmpty();
		}
		assertThat(f.job(id).status()).isEqualTo(SpreadsheetImports.Status.UNDONE);
	}

	@Test
	void anInterruptedJobResumesAfterItsLastBatchAndImportsEveryRowOnce() throws Exception {
		int n = RunSpreadsheetImport.BATCH * 2 + 61;
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("企業名", "担当者", "相談日", "相談方法", "区分", "相談内容"));
		for (int i = 0; i < n; i++) {
			rows.add(List.of("再開工業" + tag + "・" + (i % 25), "担当" + (i % 25),
					LocalDate.of(2025, 5, 1).plusDays(i % 200).toString(), "訪問", i < 25 ? "新規" : "継続", "再開 " + i));
		}
		long id = f.job(rows,
				SpreadsheetImportFixture.mapping(RecordKind.CONSULTATIONS, DedupeRule.FILL_EMPTY, Field.COMPANY_NAME,
						Field.CONTACT_NAME, Field.CONSULTED_ON, Field.CHANNEL, Field.NEW_OR_FOLLOW_UP, Field.SUMMARY));
		Actor manager = (Actor) logins.principal(DemoLogins.KUMAMOTO_MANAGER);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(manager, null, List.of()));
		// the node "restarts" after the first committed batch: the job is left RUNNING,
		// as a killed process leaves it
		runner.listen((importId, rowsDone) -> {
			if (importId == id) {
				throw new RunSpreadsheetImport.StoppedForTest();
			}
		});
		assertThatThrownBy(() -> HubScope.runAs(hub, () -> {
			PreviewSpreadsheetImport.Preview p = preview.preview(id);
			assertThat(imports.queue(id, Map.of(), p.rows(), manager.userId())).isTrue();
			runner.run(id);
		})).isInstanceOf(RunSpreadsheetImport.StoppedForTest.class);
		runner.listen(null);
		SecurityContextHolder.clearContext();
		SpreadsheetImports.Job stopped = f.job(id);
		assertThat(stopped.status()).isEqualTo(SpreadsheetImports.Status.RUNNING);
		assertThat(stopped.rowsDone()).isEqualTo(RunSpreadsheetImport.BATCH);
		assertThat(f.consultationsOfImport(id)).isEqualTo(RunSpreadsheetImport.BATCH);

		// while it still shows a sign of life no node takes it over, nor can the person
		// resume it
		runner.resumeAbandoned();
		assertThat(f.job(id).status()).isEqualTo(SpreadsheetImports.Status.RUNNING);
		assertThat(f.job(id).interrupted()).isFalse();
		assertThatThrownBy(() -> HubScope.runAs(hub, () -> runner.resume(id))).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "moving.resume.notInterrupted");

		// two minutes without a sign of life: the poll of any node claims it and goes on
		// after the committed batch
		HubScope.runAs(hub,
				() -> jdbc.sql("UPDATE spreadsheet_import SET heartbeat_at = now() - interval '5 minutes' WHERE id = ?")
					.param(id)
					.update());
		assertThat(f.job(id).interrupted()).isTrue();
		runner.resumeAbandoned();
		SpreadsheetImports.Job done = awaitFinished(id);

		assertThat(done.status()).as(done::error).isEqualTo(SpreadsheetImports.Status.DONE);
		assertThat(done.resumedCount()).isEqualTo(1);
		assertThat(done.rowsDone()).isEqualTo(n);
		assertThat(done.consultations()).isEqualTo(n);
		assertThat(done.created()).isEqualTo(25);
		assertThat(done.rejected()).isZero();
		// every row exactly once: as many consultations as rows, each summary once, each
		// company and contact once
		assertThat(HubScope.callAs(hub,
				() -> jdbc.sql("""
						SELECT count(*), count(DISTINCT summary) FROM consultation WHERE origin_label = ?""")
					.param("表計算ファイルの取込 #" + id)
					.query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2)))
					.single()))
			.containsExactly((long) n, (long) n);
		for (int c = 0; c < 25; c++) {
			assertThat(f.companiesNamed("再開工業" + tag + "・" + c)).hasSize(1);
		}
		assertThat(HubScope.callAs(hub, () -> jdbc.sql("""
				SELECT count(*) FROM contact WHERE company_id IN (SELECT entity_id FROM spreadsheet_import_record
				                                                   WHERE import_id = ? AND entity = 'company')""")
			.param(id)
			.query(Long.class)
			.single())).isEqualTo(25);
		// the resumed batches still act for the person who started the job
		assertThat(HubScope.callAs(hub,
				() -> jdbc.sql("""
						SELECT DISTINCT created_by FROM consultation WHERE origin_label = ?""")
					.param("表計算ファイルの取込 #" + id)
					.query(String.class)
					.list()))
			.containsExactly(DemoLogins.KUMAMOTO_MANAGER);

		// and the whole of it, both runs, undoes exactly
		HubScope.runAs(hub, () -> undo.undo(id, DemoLogins.KUMAMOTO_MANAGER));
		assertThat(f.consultationsOfImport(id)).isZero();
		assertThat(f.companiesNamed("再開工業" + tag + "・0")).isEmpty();
	}

	@Test
	void aNeedsListLandsNeedsFromTheirCompaniesConsultationsCountedInTheirYearAndUndoes() throws IOException {
		// the consultation log first: needs are born of consultations
		long log = f.job(
				List.of(List.of("企業名", "相談日", "相談方法", "相談内容"), List.of("求人精機" + tag, "令和7年5月10日", "訪問", "人材の相談"),
						List.of("求人精機" + tag, "令和7年8月1日", "電話", "採用の具体化")),
				SpreadsheetImportFixture.mapping(RecordKind.CONSULTATIONS, DedupeRule.SKIP, Field.COMPANY_NAME,
						Field.CONSULTED_ON, Field.CHANNEL, Field.SUMMARY));
		f.importNow(log);
		long company = f.companiesNamed("求人精機" + tag).getFirst();
		long needsBefore = f.needsLearnedInFiscalYear2025();
		long id = f.job(
				List.of(List.of("企業名", "ポジション", "職種", "雇用形態", "デジタル人材", "ニーズ把握日"),
						List.of("求人精機" + tag, "生産管理責任者", "生産管理", "正社員", "×", "R7.6.1"),
						List.of("求人精機" + tag, "DX推進担当", "システムエンジニア", "副業", "○", "2025/9/1"),
						List.of("相談のない会社" + tag, "営業部長", "営業", "正社員", "", "2025/9/1"),
						List.of("求人精機" + tag, "", "営業", "正社員", "", "2025/9/1")),
				SpreadsheetImportFixture.mapping(RecordKind.NEEDS, DedupeRule.SKIP, Field.COMPANY_NAME,
						Field.NEED_TITLE, Field.JOB_CATEGORY, Field.EMPLOYMENT_FORM, Field.DIGITAL,
						Field.NEED_LEARNED_ON));

		PreviewSpreadsheetImport.Preview p = HubScope.callAs(hub, () -> preview.preview(id));
		assertThat(p.needs()).isEqualTo(3);
		assertThat(p.problems()).filteredOn(PreviewSpreadsheetImport.RowProblem::error)
			.extracting(PreviewSpreadsheetImport.RowProblem::cell)
			.containsExactly("B5");
		f.importNow(id);

		SpreadsheetImports.Job done = f.job(id);
		assertThat(done.needs()).isEqualTo(2);
		assertThat(done.rejected()).isEqualTo(2);
		assertThat(HubScope.callAs(hub, () -> imports.rejections(id)))
			.extracting(SpreadsheetImports.Rejection::rowNumber)
			.containsExactly(4, 5);
		// each need comes from the company's latest consultation up to the day it was
		// learned, with its codes
		List<Map<String, Object>> needs = HubScope.callAs(hub, () -> jdbc.sql("""
				SELECT n.title, n.job_category, n.employment_form, n.digital, c.consulted_on
				  FROM talent_need n JOIN consultation c ON c.id = n.consultation_id
				 WHERE n.company_id = ? ORDER BY n.id""").param(company).query().listOfRows());
		assertThat(needs).hasSize(2);
		assertThat(needs.get(0)).containsEntry("title", "生産管理責任者")
			.containsEntry("job_category", "PRODUCTION")
			.containsEntry("employment_form", "FULL_TIME")
			.containsEntry("digital", false)
			.containsEntry("consulted_on", java.sql.Date.valueOf("2025-05-10"));
		assertThat(needs.get(1)).containsEntry("job_category", "IT_ENGINEER")
			.containsEntry("employment_form", "SIDE_JOB")
			.containsEntry("digital", true)
			.containsEntry("consulted_on", java.sql.Date.valueOf("2025-08-01"));
		// the funnel's 求人ニーズ counts needs learned in the fiscal year
		// (kpi_need.created_at): both are FY2025's
		assertThat(f.needsLearnedInFiscalYear2025()).isEqualTo(needsBefore + 2);
		// the consultations cannot go back while the needs born of them stand
		assertThatThrownBy(() -> HubScope.runAs(hub, () -> undo.undo(log, DemoLogins.KUMAMOTO_MANAGER)))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "moving.undo.referenced");

		HubScope.runAs(hub, () -> undo.undo(id, DemoLogins.KUMAMOTO_MANAGER));
		assertThat(f.needsLearnedInFiscalYear2025()).isEqualTo(needsBefore);
		assertThat(HubScope.callAs(hub,
				() -> jdbc.sql("SELECT count(*) FROM talent_need WHERE company_id = ?")
					.param(company)
					.query(Long.class)
					.single()))
			.isZero();
		HubScope.runAs(hub, () -> undo.undo(log, DemoLogins.KUMAMOTO_MANAGER));
		assertThat(f.companiesNamed("求人精機" + tag)).isEmpty();
	}

	// --- helpers

	SpreadsheetImports.Job awaitFinished(long id) throws InterruptedException {
		SpreadsheetImports.Job job = f.job(id);
		for (int i = 0; i < 240 && job.status() != SpreadsheetImports.Status.DONE
				&& job.status() != SpreadsheetImports.Status.FAILED; i++) {
			Thread.sleep(250);
			job = f.job(id);
		}
		return job;
	}

}
