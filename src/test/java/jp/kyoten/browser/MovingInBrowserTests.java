package jp.kyoten.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;
import jp.kyoten.TestCompanies;
import jp.kyoten.directory.Companies;
import jp.kyoten.hub.Hubs;

/**
 * A hub moving in: its manager imports a consultation log of last fiscal year (300 rows,
 * generated here with POI — dates typed as 和暦, as R7.m.d, as 2025/m/d, as date cells and
 * as bare Excel serial numbers; 40 companies the directory knows by name only, 60 it does
 * not), lets the wizard map the columns from their headers, previews, imports, sees KPI 1
 * of that year grow by the new consultations, and undoes it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MovingInBrowserTests {

	static final int ROWS = 300;

	static final int COMPANIES = 100;

	static final int KNOWN = 40;

	@LocalServerPort
	int port;

	@Autowired
	Companies companies;

	@Autowired
	Hubs hubs;

	@TempDir
	Path dir;

	@Test
	void aConsultationLogOfLastYearComesInCountsForKpiOneAndGoesAgain() throws IOException {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
		TestCompanies test = new TestCompanies(companies, hubs);
		for (int c = 0; c < KNOWN; c++) {
			test.create("株式会社既知" + tag + "商店" + c);
		}
		Path log = consultationLog(tag);
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			int before = kpiOne(browser);

			browser.go("/moving-in");
			browser.find(By.id("file")).sendKeys(log.toAbsolutePath().toString());
			browser.clickAndAwaitNewPage(By.cssSelector("#upload-form button[type=submit]"));
			browser.waitForText(By.tagName("h1"), "列の対応づけ");
			// the headers chose the fields
			assertThat(selected(browser, "col0")).isEqualTo("CONSULTED_ON");
			assertThat(selected(browser, "col1")).isEqualTo("COMPANY_NAME");
			assertThat(selected(browser, "col2")).isEqualTo("ADDRESS");
			assertThat(selected(browser, "col3")).isEqualTo("CHANNEL");
			assertThat(selected(browser, "col5")).isEqualTo("NEW_OR_FOLLOW_UP");
			browser.type(By.id("saveAs"), "相談記録" + tag);
			browser.screenshot("moving-in-mapping");
			browser.clickAndAwaitNewPage(By.id("mapping-next"));

			browser.waitForText(By.tagName("h1"), "値の対応づけ");
			assertThat(selected(browser, "code_CHANNEL_0")).isNotEmpty();
			browser.clickAndAwaitNewPage(By.id("values-next"));

			browser.waitForText(By.tagName("h1"), "取込前の検査");
			assertThat(browser.text(By.id("count-rows"))).isEqualTo("300");
			assertThat(browser.text(By.id("count-new"))).isEqualTo(String.valueOf(COMPANIES - KNOWN));
			assertThat(browser.text(By.id("count-matched"))).isEqualTo(String.valueOf(KNOWN));
			assertThat(browser.text(By.id("count-rejected"))).isEqualTo("0");
			assertThat(browser.text(By.id("count-follow-ups"))).isEqualTo(String.valueOf(ROWS - COMPANIES));
			browser.screenshot("moving-in-preview");
			browser.clickAndAwaitNewPage(By.id("run-import"));

			new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(d -> d.findElement(By.id("job-status")).getText().equals("完了"));
			assertThat(browser.text(By.id("job-consultations"))).isEqualTo("300");
			assertThat(browser.text(By.id("job-created"))).isEqualTo(String.valueOf(COMPANIES - KNOWN));
			String job = browser.currentPath();
			browser.screenshot("moving-in-done");

			// KPI 1 counts a consultation that is not a follow-up: one per company of the
			// log
			assertThat(kpiOne(browser)).isEqualTo(before + COMPANIES);

			browser.go("/moving-in");
			browser.waitForText(By.id("moving-history"), "log-" + tag + ".xlsx");
			browser.go(job);
			browser.clickAndAwaitNewPage(By.id("undo-import"));
			browser.waitForText(By.cssSelector("[role=status]"), "取込を取り消しました。");
			assertThat(browser.text(By.id("job-status"))).isEqualTo("取消済み");
			assertThat(kpiOne(browser)).isEqualTo(before);
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

	/** KPI 1 (相談件数) of fiscal year 2025 as the dashboard shows it. */
	static int kpiOne(Browser browser) {
		browser.go("/dashboard?fiscalYear=2025");
		return Integer.parseInt(browser.text(By.cssSelector("tr[data-kpi=CONSULTATIONS] .kpi-actual")).strip());
	}

	static String selected(Browser browser, String id) {
		return browser.find(By.id(id)).getAttribute("value");
	}

	/**
	 * 300 consultations of FY2025 (2025-04-01 on, a day apart): company {@code k % 100},
	 * so that each company's first row is 新規 and its later rows 継続. Dates in five styles,
	 * channels in the words hubs use.
	 */
	Path consultationLog(String tag) throws IOException {
		Path file = dir.resolve("log-" + tag + ".xlsx");
		String[] channels = { "来所", "電話", "オンライン", "訪問" };
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("相談記録");
			CellStyle dateStyle = book.createCellStyle();
			dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
			Row head = sheet.createRow(0);
			String[] headers = { "相談日", "企業名", "所在地", "相談方法", "相談内容", "新規/継続", "経営課題" };
			for (int c = 0; c < headers.length; c++) {
				head.createCell(c).setCellValue(headers[c]);
			}
			for (int k = 0; k < ROWS; k++) {
				LocalDate day = LocalDate.of(2025, 4, 1).plusDays(k);
				Row row = sheet.createRow(k + 1);
				switch (k % 5) {
					case 0 -> row.createCell(0)
						.setCellValue(JapaneseDate.from(day)
							.format(DateTimeFormatter.ofPattern("GGGGy年M月d日", java.util.Locale.JAPAN)));
					case 1 -> row.createCell(0)
						.setCellValue(
								"R" + (day.getYear() - 2018) + "." + day.getMonthValue() + "." + day.getDayOfMonth());
					case 2 -> row.createCell(0)
						.setCellValue(day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth());
					case 3 -> {
						row.createCell(0).setCellValue(day);
						row.getCell(0).setCellStyle(dateStyle);
					}
					default ->
						row.createCell(0).setCellValue(day.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay());
				}
				int company = k % COMPANIES;
				boolean known = company < KNOWN;
				// the ledger writes 株式会社 before, the log ㈱ or after the name
				row.createCell(1)
					.setCellValue(
							known ? (k % 2 == 0 ? "㈱既知" + tag + "商店" + company : "既知" + tag + "商店" + company + "株式会社")
									: "新規" + tag + "工房" + company);
				row.createCell(2).setCellValue(known ? "熊本県熊本市中央区水前寺" + company : "熊本市東区健軍" + company);
				row.createCell(3).setCellValue(channels[k % channels.length]);
				row.createCell(4).setCellValue("人材の相談 " + k);
				row.createCell(5).setCellValue(k < COMPANIES ? "新規" : "継続");
				row.createCell(6).setCellValue(k % 3 == 0 ? "人材確保、DX" : "販路開拓");
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				book.write(out);
			}
		}
		return file;
	}

}
