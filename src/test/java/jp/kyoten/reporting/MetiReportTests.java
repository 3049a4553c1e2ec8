package jp.kyoten.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.hub.HubKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The METI talent programme's 実績報告 (seed 001 §3(4)): the API, the xlsx (read back with
 * POI) and the PDF (its text layer read with pdftotext, its first page rendered with
 * pdftoppm) say the same numbers; submitting freezes a version; the due date (the 15th of
 * the next month) is on the report and the dashboard; other hub kinds have no such
 * report.
 */
@KyotenSpringTest
class MetiReportTests {

	static final LocalDate DAY = LocalDate.of(2026, 5, 12);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	ReportingFixture.TestHub hub;

	@BeforeEach
	void aMonthOfTheProgramme() {
		hub = ReportingFixture.of(context).hub(HubKind.TALENT_PROGRAMME);
		long maker = hub.company("九州精密株式会社");
		long shop = hub.company("博多物産株式会社");
		visit(maker, DAY);
		visit(maker, DAY.plusDays(3)); // the same company visited twice counts once
		visit(shop, DAY.plusDays(4));
		hub.consultation(maker, DAY); // 人材確保: its needs were learned
		hub.consultation(shop, DAY, null, Referral.source(ReferralSource.SELF), ManagementIssue.DX);
		long council = hub.event("COUNCIL", DAY, "第1回 九州人材政策専門検討会議", "企業規模別の人材課題", "HELD");
		hub.call(() -> jdbc.sql("UPDATE event SET minutes = '議事録：自己診断シートの項目を確定した。' WHERE id = ?")
			.param(council)
			.update());
		hub.call(() -> jdbc.sql("""
				INSERT INTO event_handout (hub_id, event_id, filename, content_type, size_bytes, data)
				VALUES (?, ?, '検討会議資料.pdf', 'application/pdf', 3, '\\x255044'::bytea)""")
			.params(hub.id, council)
			.update());
		hub.checkIn(hub.registration(council, null, "INSTITUTION"));
		long matching = hub.event("MATCHING", DAY.plusDays(7), "デジタル人材マッチング", null, "HELD");
		long a = hub.registration(matching, maker, "COMPANY");
		long b = hub.registration(matching, shop, "COMPANY");
		hub.checkIn(a);
		hub.checkIn(b);
		hub.answer(matching, a, 5);
		hub.answer(matching, b, 3);
		hub.offer(maker, matching, DAY.plusDays(10), false);
		hub.offer(maker, matching, DAY.plusDays(11), true);
	}

	@Test
	void theApiTheXlsxAndThePdfSayTheSameNumbers() throws Exception {
		String api = mvc.perform(get("/api/v1/reports/meti/2026-05").with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.report.dueOn").value("2026-06-15"))
			.andExpect(jsonPath("$.report.visitedCompanies").value(2))
			.andExpect(jsonPath("$.report.needsLearnedCompanies").value(1))
			.andExpect(jsonPath("$.report.totals.events").value(2))
			.andExpect(jsonPath("$.report.totals.companyAttendances").value(2))
			.andExpect(jsonPath("$.report.totals.institutionAttendances").value(1))
			.andExpect(jsonPath("$.report.totals.satisfaction").value(50.0))
			.andExpect(jsonPath("$.report.totals.matchingOfferRate").value(100.0))
			.andExpect(jsonPath("$.report.offersInMonth").value(2))
			.andExpect(jsonPath("$.report.meetings[0].minutes").value(containsString("自己診断シート")))
			.andExpect(jsonPath("$.report.meetings[0].handouts[0]").value("検討会議資料.pdf"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		byte[] xlsx = mvc.perform(get("/reports/meti/2026-05/export.xlsx").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Files.createDirectories(Path.of("target", "reports"));
		Files.write(Path.of("target", "reports", "meti-report.xlsx"), xlsx);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2026年5月 実績報告（令和8年5月）");
			assertThat(number(sheet, "訪問した企業数"))
				.isEqualTo(JsonPath.<Integer>read(api, "$.report.visitedCompanies").doubleValue());
			assertThat(number(sheet, "情報取得企業数"))
				.isEqualTo(JsonPath.<Integer>read(api, "$.report.needsLearnedCompanies").doubleValue());
			assertThat(number(sheet, "参加企業数（延べ）")).isEqualTo(2.0);
			assertThat(number(sheet, "当月に記録した内定件数")).isEqualTo(2.0);
			assertThat(number(sheet, "満足度（参加企業、%）")).isEqualTo(50.0);
		}

		byte[] pdf = mvc.perform(get("/reports/meti/2026-05/export.pdf").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path file = Path.of("target", "reports", "meti-report.pdf");
		Files.write(file, pdf);
		String text = run("pdftotext", "-layout", file.toString(), "-").replaceAll("\\s", "");
		assertThat(text).contains("実績報告", "令和8年5月", "訪問した企業数", "情報取得企業数", "連携会議", "第1回九州人材政策専門検討会議",
				"議事録：自己診断シートの項目を確定した。", "検討会議資料.pdf", "2026-06-15", "デジタル人材マッチング", "50.0", "100.0");
		run("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", file.toString(),
				Path.of("target", "reports", "meti-report").toString());
		assertThat(Path.of("target", "reports", "meti-report-1.png")).exists();

		String csv = mvc.perform(get("/reports/meti/2026-05/export.csv").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("訪問した企業数,2", "情報取得企業数,1");
	}

	@Test
	void submittingFreezesTheVersionAndACorrectionCountsAgain() throws Exception {
		mvc.perform(post("/reports/meti/2026-05/notes").with(logins.as(hub.manager()))
			.with(csrf())
			.param("notes", "マッチングで2件の内定。")).andExpect(status().is3xxRedirection());
		int lock = hub.call(() -> jdbc.sql("SELECT lock_version FROM monthly_report WHERE hub_id = ? AND kind = 'METI'")
			.param(hub.id)
			.query(Integer.class)
			.single());
		mvc.perform(post("/reports/meti/2026-05/submit").with(logins.as(hub.manager()))
			.with(csrf())
			.param("lockVersion", String.valueOf(lock))).andExpect(status().is3xxRedirection());
		// later in the month's data: another event; the submitted version stays as it was
		long late = hub.event("SEMINAR", DAY.plusDays(14), "追加のセミナー", null, "HELD");
		hub.checkIn(hub.registration(late, hub.company("後から来た株式会社"), "COMPANY"));
		mvc.perform(get("/api/v1/reports/meti/2026-05").with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.versions[0].submitted").value(true))
			.andExpect(jsonPath("$.report.totals.events").value(2))
			.andExpect(jsonPath("$.report.notes").value("マッチングで2件の内定。"));
		mvc.perform(post("/reports/meti/2026-05/correct").with(logins.as(hub.manager())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/reports/meti/2026-05").with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.versions.length()").value(2))
			.andExpect(jsonPath("$.report.totals.events").value(3));
		// the monthly report of the same month is a report of its own
		mvc.perform(get("/api/v1/reports/monthly/2026-05").with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.versions.length()").value(0));
		mvc.perform(get("/reports/meti/2026-05").with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("提出期限 2026-06-15")))
			.andExpect(content().string(containsString("第1版")));
	}

	@Test
	void theDashboardOfTheProgrammeShowsItsIndicatorsAndLastMonthsDueDate() throws Exception {
		YearMonth last = YearMonth.now(ZoneId.of("Asia/Tokyo")).minusMonths(1);
		mvc.perform(get("/dashboard").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"meti-due\"")))
			.andExpect(content().string(containsString(last.plusMonths(1).atDay(15).toString())))
			.andExpect(content().string(containsString("data-indicator=\"TP_SATISFACTION\"")))
			.andExpect(content().string(containsString("人材確保支援事業の指標")))
			.andExpect(content().string(containsString("hx-get=\"/obligations/panel")));
	}

	@Test
	void otherHubKindsHaveNoMetiReport() throws Exception {
		ReportingFixture.TestHub pro = ReportingFixture.of(context).hub();
		mvc.perform(get("/reports/meti/2026-05").with(logins.as(pro.manager()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/meti/2026-05").with(logins.as(pro.manager())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports/meti/2026-13").with(logins.as(hub.manager()))).andExpect(status().isNotFound());
	}

	private void visit(long company, LocalDate day) {
		hub.call(() -> jdbc.sql("""
				INSERT INTO company_visit (hub_id, company_id, visited_on, discussed) VALUES (?, ?, ?, '人材の相談')""")
			.params(hub.id, company, java.sql.Date.valueOf(day))
			.update());
	}

	private static double number(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
				return row.getCell(1).getNumericCellValue();
			}
		}
		throw new AssertionError("no row " + label);
	}

	private static String run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
		return out;
	}

}
