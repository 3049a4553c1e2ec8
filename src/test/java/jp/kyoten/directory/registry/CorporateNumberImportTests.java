package jp.kyoten.directory.registry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KyotenSpringTest
class CorporateNumberImportTests {

	@Autowired
	ImportCorporateNumbers imports;

	@Autowired
	RegistryImportRunner runner;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@TempDir
	Path dir;

	/**
	 * Each test uses its own range of corporate numbers, so tests never see each other's
	 * companies.
	 */
	static long base = 800_000_000_000L + (System.nanoTime() % 1_000_000) * 1000;

	@AfterEach
	void stopListening() {
		runner.listen(null);
	}

	long kumamoto() {
		return hubs.bySlug("kumamoto").orElseThrow().getId();
	}

	long fukuoka() {
		return hubs.bySlug("fukuoka").orElseThrow().getId();
	}

	static String number(long n) {
		return RegistryLines.corporateNumber(n);
	}

	ImportJobs.Job importInto(Long hubId, Path file) throws Exception {
		long id = imports
			.start(hubId,
					List.of(new ImportCorporateNumbers.Upload(file.getFileName().toString(),
							Files.newInputStream(file))),
					null, RegistryFileReader.Encoding.AUTO, null, "test@kyoten.demo")
			.getFirst();
		return awaitFinished(id);
	}

	ImportJobs.Job awaitFinished(long id) throws InterruptedException {
		return awaitFinished(jobs, id);
	}

	static ImportJobs.Job awaitFinished(ImportJobs jobs, long id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		ImportJobs.Job job = jobs.get(id);
		while (!job.finished() && System.nanoTime() < deadline) {
			Thread.sleep(50);
			job = jobs.get(id);
		}
		assertThat(job.finished()).as("import %d finished", id).isTrue();
		return job;
	}

	long companies(long hubId, String numberPrefix) {
		return HubScope.callAs(hubId,
				() -> jdbc.sql("SELECT count(*) FROM company WHERE corporate_number LIKE ?")
					.param(numberPrefix + "%")
					.query(Long.class)
					.single());
	}

	String column(long hubId, String column, String corporateNumber) {
		return HubScope.callAs(hubId,
				() -> jdbc.sql("SELECT " + column + "::text FROM company WHERE corporate_number = ?")
					.param(corporateNumber)
					.query(String.class)
					.single());
	}

	@Test
	void importsAFileAndImportingItAgainChangesNothing() throws Exception {
		long b = base += 1000;
		RegistryLines lines = new RegistryLines();
		for (int i = 0; i < 30; i++) {
			lines.add(number(b + i), "01", "2026-11-01", "株式会社取込試験" + RegistryTestFiles.kanji(i),
					"トリコミシケン" + RegistryTestFiles.kanji(i), "43", "100", "熊本市中央区", "1-" + i);
		}
		lines.add(number(b + 50), "01", "2026-11-01", "福岡の会社", "フクオカノカイシャ", "40", "130", "福岡市", "1");
		Path file = lines.write(dir.resolve("43_kumamoto_all_20261101.csv"), StandardCharsets.UTF_8);
		ImportJobs.Job first = importInto(kumamoto(), file);
		assertThat(first.status()).isEqualTo(ImportJobs.Status.DONE);
		assertThat(first.created()).isEqualTo(30);
		assertThat(first.skipped()).as("other prefecture").isEqualTo(1);
		ImportJobs.Job second = importInto(kumamoto(), file);
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(30);
		assertThat(companies(kumamoto(), number(b).substring(0, 1))).isGreaterThanOrEqualTo(30);
		String searchText = column(kumamoto(), "search_text", number(b + 3));
		assertThat(searchText).contains("トリコミシケン三");
	}

	@Test
	void appliesNameChangesMovesClosuresRevivalsAndMergers() throws Exception {
		long b = base += 1000;
		Path full = new RegistryLines()
			.add(number(b), "01", "2026-11-01", "株式会社旧名", "キュウメイ", "43", "100", "熊本市中央区", "1")
			.add(number(b + 1), "01", "2026-11-01", "株式会社移転前", "イテンマエ", "43", "100", "熊本市中央区", "2")
			.add(number(b + 2), "01", "2026-11-01", "株式会社閉鎖予定", "ヘイサ", "43", "100", "熊本市中央区", "3")
			.add(number(b + 3), "01", "2026-11-01", "株式会社合併元", "ガッペイモト", "43", "100", "熊本市中央区", "4")
			.add(number(b + 4), "01", "2026-11-01", "株式会社合併先", "ガッペイサキ", "43", "100", "熊本市中央区", "5")
			.write(dir.resolve("all.csv"), StandardCharsets.UTF_8);
		importInto(kumamoto(), full);
		Path diff1 = new RegistryLines()
			.line(number(b), "11", "2026-11-20", "2026-11-19", "株式会社新名", "シンメイ", "43", "100", "熊本市中央区", "1", "", "", "")
			.line(number(b + 1), "12", "2026-11-20", "2026-11-19", "株式会社移転前", "イテンマエ", "43", "202", "八代市", "9", "", "",
					"")
			.closed(number(b + 2), "2026-11-20", "株式会社閉鎖予定", "43", "100", "熊本市中央区", "2026-11-18", "01", "")
			.closed(number(b + 3), "2026-11-20", "株式会社合併元", "43", "100", "熊本市中央区", "2026-11-18", "11", number(b + 4))
			.write(dir.resolve("43_diff_20261120.csv"), StandardCharsets.UTF_8);
		ImportJobs.Job job = importInto(kumamoto(), diff1);
		assertThat(job.updated()).isEqualTo(2);
		assertThat(job.closed()).isEqualTo(2);
		assertThat(column(kumamoto(), "name", number(b))).isEqualTo("株式会社新名");
		assertThat(column(kumamoto(), "municipality_code", number(b + 1))).isEqualTo("43202");
		assertThat(column(kumamoto(), "closed", number(b + 2))).isEqualTo("true");
		assertThat(column(kumamoto(), "closed_on", number(b + 2))).isEqualTo("2026-11-18");
		assertThat(column(kumamoto(), "successor_corporate_number", number(b + 3))).isEqualTo(number(b + 4));
		long events = HubScope.callAs(kumamoto(),
				() -> jdbc.sql("SELECT count(*) FROM company_registry_event WHERE corporate_number IN (?, ?, ?, ?)")
					.params(number(b), number(b + 1), number(b + 2), number(b + 3))
					.query(Long.class)
					.single());
		assertThat(events).isEqualTo(4);
		Path diff2 = new RegistryLines()
			.add(number(b + 2), "22", "2026-11-23", "株式会社閉鎖予定", "ヘイサ", "43", "100", "熊本市中央区", "3")
			.write(dir.resolve("43_diff_20261123.csv"), StandardCharsets.UTF_8);
		importInto(kumamoto(), diff2);
		assertThat(column(kumamoto(), "closed", number(b + 2))).isEqualTo("false");
		long merged = Long.parseLong(column(kumamoto(), "id", number(b + 3)));
		long successor = Long.parseLong(column(kumamoto(), "id", number(b + 4)));
		mvc.perform(get("/companies/{id}/registry-history", merged).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("吸収合併"),
						org.hamcrest.Matchers.containsString("href=\"/companies/" + successor + "\""))));
		mvc.perform(get("/companies/{id}/registry-history", merged).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCompanysChangesSpreadOverSeveralBatchesAreAppliedInFileOrder() throws Exception {
		long b = base += 20_000;
		base += 20_000;
		String renamed = number(b);
		// one company in each of the two lanes
		String moved = java.util.stream.LongStream.range(b + 1, b + 100)
			.mapToObj(CorporateNumberImportTests::number)
			.filter(n -> RegistryImportRunner.laneOf(n, 2) != RegistryImportRunner.laneOf(renamed, 2))
			.findFirst()
			.orElseThrow();
		// two writers, batches of 5,000 lines per writer: the three lines of each company
		// land in different batches
		RegistryLines lines = new RegistryLines()
			.add(renamed, "01", "2026-11-02", "株式会社順序一", "ジュンジョイチ", "43", "100", "熊本市中央区", "1")
			.add(moved, "01", "2026-11-02", "株式会社移転順", "イテンジュン", "43", "100", "熊本市中央区", "1");
		for (int i = 2; i < 12_000; i++) {
			if (i == 6_000) {
				lines
					.line(renamed, "11", "2026-11-02", "2026-11-01", "株式会社順序二", "ジュンジョニ", "43", "100", "熊本市中央区", "1",
							"", "", "")
					.line(moved, "12", "2026-11-02", "2026-11-01", "株式会社移転順", "イテンジュン", "43", "202", "八代市", "2", "", "",
							"");
			}
			lines.add(number(b + 100 + i), "01", "2026-11-02", "株式会社順序" + RegistryTestFiles.kanji(i), "ジュンジョ", "43",
					"100", "熊本市", String.valueOf(i));
		}
		lines
			.line(renamed, "11", "2026-11-02", "2026-11-02", "株式会社順序三", "ジュンジョサン", "43", "100", "熊本市中央区", "1", "", "",
					"")
			.closed(moved, "2026-11-02", "株式会社移転順", "43", "202", "八代市", "2026-11-02", "01", "");
		Path file = lines.write(dir.resolve("43_diff_20261102.csv"), StandardCharsets.UTF_8);
		long hub = kumamoto();
		long id = imports
			.start(hub,
					List.of(new ImportCorporateNumbers.Upload(file.getFileName().toString(),
							Files.newInputStream(file))),
					ImportJobs.Kind.DIFF, RegistryFileReader.Encoding.AUTO, null, "test@kyoten.demo")
			.getFirst();
		ImportJobs.Job job = awaitFinished(id);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
		assertThat(column(hub, "name", renamed)).isEqualTo("株式会社順序三");
		assertThat(column(hub, "municipality_code", moved)).isEqualTo("43202");
		assertThat(column(hub, "closed", moved)).isEqualTo("true");
		List<String> history = HubScope.callAs(hub,
				() -> jdbc.sql("""
						SELECT name FROM company_registry_event WHERE corporate_number = ? ORDER BY id""")
					.param(renamed)
					.query(String.class)
					.list());
		assertThat(history).containsExactly("株式会社順序一", "株式会社順序二", "株式会社順序三");
		long rows = HubScope.callAs(hub,
				() -> jdbc.sql("SELECT count(*) FROM company WHERE corporate_number = ANY(?)")
					.param(java.util.stream.LongStream.range(b + 102, b + 100 + 12_000)
						.mapToObj(RegistryLines::corporateNumber)
						.toArray(String[]::new))
					.query(Long.class)
					.single());
		assertThat(rows).as("every other company of the file").isEqualTo(11_998);
	}

	@Test
	void aChangeFileIsAppliedOnceAndAGapIsWarnedAbout() throws Exception {
		long b = base += 1000;
		Path first = new RegistryLines().add(number(b), "01", "2026-10-05", "株式会社差分", "サブン", "43", "100", "熊本市", "1")
			.write(dir.resolve("diff_20261005.csv"), StandardCharsets.UTF_8);
		long fukuoka = fukuoka();
		assertThat(importInto(fukuoka, first).status()).isEqualTo(ImportJobs.Status.DONE);
		assertThatThrownBy(() -> importInto(fukuoka, first)).isInstanceOfSatisfying(
				jp.kyoten.platform.BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("import.diffRepeated"));
		Path later = new RegistryLines()
			.add(number(b + 1), "01", "2026-10-09", "株式会社間隔", "カンカク", "40", "130", "福岡市", "1")
			.write(dir.resolve("diff_20261009.csv"), StandardCharsets.UTF_8);
		ImportJobs.Job job = importInto(fukuoka, later);
		assertThat(job.warning()).isEqualTo("gap:2026-10-05:3");
	}

	@Test
	void theSystemAdminsImportGoesToEveryHubByPrefecture() throws Exception {
		long b = base += 1000;
		Path file = new RegistryLines()
			.add(number(b), "01", "2026-11-01", "株式会社全国熊本", "ゼンコククマモト", "43", "100", "熊本市", "1")
			.add(number(b + 1), "01", "2026-11-01", "株式会社全国福岡", "ゼンコクフクオカ", "40", "130", "福岡市", "1")
			.add(number(b + 2), "01", "2026-11-01", "株式会社全国東京", "ゼンコクトウキョウ", "13", "101", "千代田区", "1")
			.write(dir.resolve("00_zenkoku_all_20261101.csv"), StandardCharsets.UTF_8);
		// every active hub of 熊本, 福岡 and 東京 gets its prefecture's company (the demo has a
		// METI office and a よろず
		// hub in 福岡 too, and a Pro hub in every prefecture for the national view)
		long hubsOfTheTwoPrefectures = jdbc
			.sql("SELECT count(*) FROM hub WHERE active AND prefecture_code IN ('43', '40', '13')")
			.query(Long.class)
			.single();
		ImportJobs.Job job = importInto(null, file);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
		assertThat(job.created()).isEqualTo(hubsOfTheTwoPrefectures);
		assertThat(companies(kumamoto(), number(b))).isEqualTo(1);
		assertThat(companies(kumamoto(), number(b + 1))).isZero();
		assertThat(companies(fukuoka(), number(b + 1))).isEqualTo(1);
		assertThat(companies(fukuoka(), number(b))).isZero();
		mvc.perform(get("/imports/{id}", job.id()).with(logins.as(DemoLogins.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("所要時間 ")));
		mvc.perform(get("/imports/{id}", job.id()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aManualEditSurvivesAReimport() throws Exception {
		long b = base += 1000;
		String n = number(b);
		Path v1 = new RegistryLines().add(n, "01", "2026-11-01", "株式会社手入力", "テニュウリョク", "43", "100", "熊本市中央区", "1")
			.write(dir.resolve("v1.csv"), StandardCharsets.UTF_8);
		importInto(kumamoto(), v1);
		HubScope.runAs(kumamoto(), () -> jdbc.sql("""
				UPDATE company SET name = '手入力の正式名称', manually_edited_fields = ARRAY['name']
				 WHERE corporate_number = ?""").param(n).update());
		Path v2 = new RegistryLines()
			.line(n, "12", "2026-11-20", "2026-11-19", "株式会社登記上の名称", "テニュウリョク", "43", "202", "八代市", "2", "", "", "")
			.write(dir.resolve("v2.csv"), StandardCharsets.UTF_8);
		ImportJobs.Job job = importInto(kumamoto(), v2);
		assertThat(job.updated()).isEqualTo(1);
		assertThat(column(kumamoto(), "name", n)).isEqualTo("手入力の正式名称");
		assertThat(column(kumamoto(), "municipality_code", n)).isEqualTo("43202");
	}

	@Test
	void rejectsBadLinesWithTheirReasonAndKeepsTheGoodOnes() throws Exception {
		long b = base += 1000;
		RegistryLines lines = new RegistryLines().add(number(b), "01", "2026-11-01", "株式会社良い行", "ヨイギョウ", "43", "100",
				"熊本市", "1");
		String wrongDigit = number(b + 1).charAt(0) == '9' ? "1" + number(b + 1).substring(1)
				: (char) (number(b + 1).charAt(0) + 1) + number(b + 1).substring(1);
		lines.add(wrongDigit, "01", "2026-11-01", "株式会社チェック違い", "", "43", "100", "熊本市", "1");
		lines.raw("\"1\",\"" + number(b + 2) + "\",\"01\"");
		lines.add(number(b + 3), "01", "2026-02-30", "株式会社日付違い", "", "43", "100", "熊本市", "1");
		lines.add(number(b + 4), "01", "2026-11-01", "株式会社最後の良い行", "サイゴ", "43", "100", "熊本市", "1");
		Path file = lines.write(dir.resolve("bad.csv"), StandardCharsets.UTF_8);
		ImportJobs.Job job = importInto(kumamoto(), file);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
		assertThat(job.created()).isEqualTo(2);
		assertThat(job.rejected()).isEqualTo(3);
		assertThat(jobs.rejections(job.id())).extracting(ImportJobs.Rejection::reason)
			.containsExactly("checkDigit", "columns", "date");
		mvc.perform(get("/imports/{id}/rejections.csv", job.id()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("法人番号のチェックデジットが正しくありません")));
	}

	@Test
	void anotherHubNeverSeesWhatThisHubImported() throws Exception {
		long b = base += 1000;
		Path file = new RegistryLines()
			.add(number(b), "01", "2026-11-01", "株式会社熊本だけ", "クマモトダケ", "43", "100", "熊本市", "1")
			.write(dir.resolve("own.csv"), StandardCharsets.UTF_8);
		ImportJobs.Job job = importInto(kumamoto(), file);
		assertThat(companies(kumamoto(), number(b))).isEqualTo(1);
		assertThat(companies(fukuoka(), number(b))).isZero();
		mvc.perform(get("/imports/{id}", job.id()).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/imports/{id}", job.id()).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aKillHalfWayLeavesNoHalfAppliedBatchAndARerunCompletesIt() throws Exception {
		long b = base += 20_000;
		base += 20_000;
		RegistryLines lines = new RegistryLines();
		for (int i = 0; i < 12_000; i++) {
			lines.add(number(b + i), "01", "2026-11-01", "株式会社中断" + RegistryTestFiles.kanji(i), "チュウダン", "43", "100",
					"熊本市", String.valueOf(i));
		}
		Path file = lines.write(dir.resolve("big.csv"), StandardCharsets.UTF_8);
		long id = jobs.create(kumamoto(), "big.csv", ImportJobs.Kind.FULL, null, RegistryFileReader.Encoding.AUTO,
				file.toString(), Files.size(file), null, "test@kyoten.demo", null);
		runner.listen((importId, line) -> {
			if (importId == id && line >= 5000) {
				throw new RegistryImportRunner.StoppedForTest();
			}
		});
		assertThatThrownBy(() -> runner.run(id)).isInstanceOf(RegistryImportRunner.StoppedForTest.class);
		long afterKill = companies(kumamoto(), number(b).substring(0, 6));
		long committedRows = jdbc.sql("SELECT sum(created) FROM registry_import_hub WHERE import_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(committedRows).as("whole batches of 5,000 rows").isPositive().isLessThan(12_000);
		assertThat(committedRows % 5000).isZero();
		assertThat(countRange(b, 12_000)).as("exactly the committed batches").isEqualTo(committedRows);
		runner.listen(null);
		// the process is gone: its heartbeat stops, and the job becomes claimable again
		jdbc.sql("UPDATE registry_import SET heartbeat_at = now() - interval '10 minutes' WHERE id = ?")
			.param(id)
			.update();
		runner.run(id);
		ImportJobs.Job job = jobs.get(id);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
		assertThat(countRange(b, 12_000)).isEqualTo(12_000);
		assertThat(job.created()).isEqualTo(12_000);
		assertThat(afterKill).isPositive();
	}

	@Test
	void aHubsFirstLoadIsInvisibleUntilWholeAndThenLiesInKanaOrder() throws Exception {
		long n = System.nanoTime() % 1_000_000;
		long hub = hubs.create("first-load-" + n, "初回取込試験拠点", HubKind.PRO_TALENT, "43", false).getId();
		long b = base += 20_000;
		base += 20_000;
		RegistryLines lines = new RegistryLines();
		for (int i = 0; i < 12_000; i++) {
			// kana in another order than the corporate numbers, as in a real file
			lines.add(number(b + i), "01", "2026-11-01", "株式会社初回" + RegistryTestFiles.kanji(i), scrambledKana(i), "43",
					"100", "熊本市", String.valueOf(i));
		}
		Path file = lines.write(dir.resolve("first.csv"), StandardCharsets.UTF_8);
		long id = jobs.create(hub, "first.csv", ImportJobs.Kind.FULL, null, RegistryFileReader.Encoding.AUTO,
				file.toString(), Files.size(file), null, "test@kyoten.demo", null);
		runner.listen((importId, line) -> {
			if (importId == id && line >= 5000) {
				throw new RegistryImportRunner.StoppedForTest();
			}
		});
		assertThatThrownBy(() -> runner.run(id)).isInstanceOf(RegistryImportRunner.StoppedForTest.class);
		assertThat(companies(hub, "")).as("no company of a first load before all of it").isZero();
		assertThat(staged(hub)).as("committed batches staged").isPositive().isLessThan(12_000);
		assertThat(staged(hub) % 5000).isZero();

		runner.listen(null);
		jdbc.sql("UPDATE registry_import SET heartbeat_at = now() - interval '10 minutes' WHERE id = ?")
			.param(id)
			.update();
		runner.run(id);
		ImportJobs.Job job = jobs.get(id);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
		assertThat(job.created()).isEqualTo(12_000);
		assertThat(companies(hub, "")).isEqualTo(12_000);
		assertThat(staged(hub)).as("the staged rows forgotten with the publishing").isZero();
		// the heap in the directory's order, but for rows that went into room other hubs'
		// pages had left: the first thousand in kana order lie on few of the hub's pages
		// (row by row, in corporate-number order, they would lie on most of them)
		long[] pages = HubScope.callAs(hub, () -> jdbc.sql("""
				WITH k AS (SELECT (ctid::text::point)[0]::bigint AS page,
				                  row_number() OVER (ORDER BY name_kana, name, corporate_number) AS r FROM company)
				SELECT count(DISTINCT page) FILTER (WHERE r <= 1000), count(DISTINCT page) FROM k""")
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single());
		assertThat(pages[0] * 4).as("pages of the first 1,000 in kana order, of %d", pages[1]).isLessThan(pages[1]);
		assertThat(column(hub, "name", number(b + 7))).isEqualTo("株式会社初回七");
		// the next month's file for the same hub takes the row-by-row way: unchanged rows
		// stay as they are
		ImportJobs.Job again = importInto(hub, file);
		assertThat(again.created()).isZero();
		assertThat(again.unchanged()).isEqualTo(12_000);
	}

	@Test
	void whileAFirstLoadIsPublishedThePageSaysSoInsteadOfABarThatSeemsToHang() throws Exception {
		Path file = new RegistryLines()
			.add(number(base += 1000), "01", "2026-11-01", "株式会社公開中", "コウカイチュウ", "43", "100", "熊本市", "1")
			.write(dir.resolve("publishing.csv"), StandardCharsets.UTF_8);
		long id = jobs.create(kumamoto(), "publishing.csv", ImportJobs.Kind.FULL, null,
				RegistryFileReader.Encoding.AUTO, file.toString(), Files.size(file), null, "test@kyoten.demo", null);
		assertThat(jobs.claim(id)).isTrue();
		jobs.publishing(id);
		assertThat(jobs.get(id).publishing()).isTrue();
		mvc.perform(get("/imports/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("企業をカナ順に並べて台帳へまとめて登録しています")));
		jobs.finished(id, ImportJobs.Status.DONE, null);
		assertThat(jobs.get(id).publishing()).isFalse();
	}

	@Test
	void aHubThatHasCompaniesTakesEveryRowOfAFullFileRowByRow() throws Exception {
		long b = base += 1000;
		Path file = new RegistryLines()
			.add(number(b), "01", "2026-11-01", "株式会社逐次取込", "チクジトリコミ", "43", "100", "熊本市", "1")
			.write(dir.resolve("row-by-row.csv"), StandardCharsets.UTF_8);
		ImportJobs.Job job = importInto(kumamoto(), file);
		assertThat(job.created()).isEqualTo(1);
		assertThat(companies(kumamoto(), number(b))).isEqualTo(1);
		assertThat(staged(kumamoto())).isZero();
	}

	private long staged(long hubId) {
		return HubScope.callAs(hubId,
				() -> jdbc.sql("SELECT count(*) FROM registry_first_load").query(Long.class).single());
	}

	/** Three katakana from the number, so that kana order and number order differ. */
	private static String scrambledKana(int i) {
		String syllables = "アイウエオカキクケコサシスセソタチツテトナニヌネノ";
		int k = (int) ((i * 7919L) % 15_625);
		return "" + syllables.charAt(k / 625) + syllables.charAt(k / 25 % 25) + syllables.charAt(k % 25);
	}

	long countRange(long from, int n) {
		List<String> numbers = java.util.stream.LongStream.range(from, from + n)
			.mapToObj(RegistryLines::corporateNumber)
			.toList();
		return HubScope.callAs(kumamoto(),
				() -> jdbc.sql("SELECT count(*) FROM company WHERE corporate_number IN (:n)")
					.param("n", numbers)
					.query(Long.class)
					.single());
	}

	@Test
	void anExcelWorkbookIsRefusedAsUnreadableWithItsReasonAndNoResume() throws Exception {
		Path workbook = dir.resolve("houjin.xlsx");
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(workbook))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		ImportJobs.Job job = importInto(kumamoto(), workbook);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.FAILED);
		assertThat(job.refusalKey()).isEqualTo("import.refused.noCsv");
		String page = mvc.perform(get("/imports/{id}", job.id()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("取込できないファイル")
			.contains("CSVファイルが入っていません")
			.doesNotContain("/resume")
			.doesNotContain("中断");
		assertThatThrownBy(() -> imports.resume(kumamoto(), job.id()))
			.isInstanceOf(jp.kyoten.platform.BusinessRuleException.class);
		mvc.perform(get("/api/v1/imports/{id}", job.id()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("CSVファイルが入っていません")));
	}

	@Test
	void anotherCsvIsRefusedAsNoRegistryFileAfterItsFirstLines() throws Exception {
		StringBuilder other = new StringBuilder("会社名,電話番号\n");
		for (int i = 0; i < 500; i++) {
			other.append("株式会社その他").append(i).append(",096-000-").append(i).append('\n');
		}
		Path file = Files.writeString(dir.resolve("customers.csv"), other, StandardCharsets.UTF_8);
		ImportJobs.Job job = importInto(kumamoto(), file);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.FAILED);
		assertThat(job.refusalKey()).isEqualTo("import.unreadable.notRegistry");
		assertThat(jobs.rejections(job.id())).as("the other file's lines are not kept as rejections").isEmpty();
	}

	@Test
	void apiRefusesAnUploadWithoutAFileAsAProblemAndQueuesNothing() throws Exception {
		long before = jobs.recent(kumamoto(), 1).stream().mapToLong(ImportJobs.Job::id).findFirst().orElse(0);
		mvc.perform(multipart("/api/v1/imports/corporate-numbers")
			.file(new MockMultipartFile("other", "x.csv", "text/csv", new byte[0]))
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith("application/problem+json"));
		long after = jobs.recent(kumamoto(), 1).stream().mapToLong(ImportJobs.Job::id).findFirst().orElse(0);
		assertThat(after).isEqualTo(before);
	}

	@Test
	void apiAcceptsAFileAnswers202AndReportsTheCounts() throws Exception {
		long b = base += 1000;
		byte[] body = new RegistryLines()
			.add(number(b), "01", "2026-11-01", "株式会社API", "エーピーアイ", "43", "100", "熊本市", "1")
			.bytes(StandardCharsets.UTF_8);
		var result = mvc
			.perform(multipart("/api/v1/imports/corporate-numbers")
				.file(new MockMultipartFile("file", "43_all.csv", "text/csv", body))
				.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.id").isNumber())
			.andReturn();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id"))
			.longValue();
		awaitFinished(id);
		mvc.perform(get("/api/v1/imports/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.rejected").value(0))
			.andExpect(jsonPath("$.elapsedSeconds").isNumber())
			.andExpect(jsonPath("$.estimatedSecondsLeft").value(org.hamcrest.Matchers.nullValue()));
		mvc.perform(get("/api/v1/imports").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].startedBy").value(DemoLogins.KUMAMOTO_MANAGER));
		mvc.perform(get("/api/v1/imports/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isForbidden());
	}

	@Test
	void uploadPageQueuesSeveralChangeFilesInDateOrder() throws Exception {
		long b = base += 1000;
		byte[] later = new RegistryLines()
			.add(number(b + 1), "01", "2026-09-08", "株式会社後", "アト", "43", "100", "熊本市", "1")
			.bytes(StandardCharsets.UTF_8);
		byte[] earlier = new RegistryLines().add(number(b), "01", "2026-09-07", "株式会社先", "サキ", "43", "100", "熊本市", "1")
			.bytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/imports").file(new MockMultipartFile("files", "diff_20260908.csv", "text/csv", later))
			.file(new MockMultipartFile("files", "diff_20260907.csv", "text/csv", earlier))
			.param("kind", "DIFF")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().is3xxRedirection());
		List<ImportJobs.Job> recent = jobs.recent(kumamoto(), 2);
		assertThat(recent).extracting(ImportJobs.Job::fileName)
			.containsExactly("diff_20260908.csv", "diff_20260907.csv");
		for (ImportJobs.Job j : recent) {
			awaitFinished(j.id());
		}
	}

}
