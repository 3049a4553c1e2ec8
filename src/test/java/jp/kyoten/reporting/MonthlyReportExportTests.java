package jp.kyoten.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.Referral;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exports of the monthly report hold the numbers the KPI API and the dashboard show.
 */
@KyotenSpringTest
class MonthlyReportExportTests {

	static final Map<String, String> API_FIELDS = Map.of("相談件数", "consultations", "成約件数", "placements", "デジタル人材の成約件数",
			"digitalPlacements", "金融機関の紹介による成約件数", "bankReferredPlacements", "副業・兼業人材の新規利用企業へのマッチング件数",
			"newSideJobCompanyPlacements");

	@Autowired
	MockMvc mvc;

	@Autowired
	jp.kyoten.DemoLogins logins;

	@Autowired
	ApplicationContext context;

	@Autowired
	Hubs hubs;

	ReportingFixture.TestHub hub;

	@BeforeEach
	void hubWithAYearOfWork() {
		hub = ReportingFixture.of(context).hub();
		hubs.setTarget(hub.id, 2026, Kpi.CONSULTATIONS, 260);
		hubs.setTarget(hub.id, 2026, Kpi.PLACEMENTS, 65);
		hubs.setTarget(hub.id, 2026, Kpi.SIDE_JOB_NEW_COMPANY_PLACEMENTS, 20);
		long bank = hub.institution("REGIONAL_BANK");
		long maker = hub.company("くまもと精密工業株式会社", "E", 45);
		long shop = hub.company("あそ観光物産有限会社", "M", 8);
		long c1 = hub.consultation(maker, LocalDate.of(2026, 4, 8), null, Referral.institution(bank),
				ManagementIssue.RECRUITMENT, ManagementIssue.DX);
		hub.followUp(maker, LocalDate.of(2026, 5, 20), c1);
		long c2 = hub.consultation(shop, LocalDate.of(2026, 5, 11));
		hub.placement(hub.need(c1, "IT_ENGINEER", true), LocalDate.of(2026, 5, 15), "SIDE_JOB", true, "13", "46",
				900_000L);
		hub.placement(hub.need(c2, "SALES", false), LocalDate.of(2026, 5, 28), "FULL_TIME", true, "40", "46",
				1_500_000L);
		hub.placement(hub.need(c2, "HR", false), LocalDate.of(2026, 4, 20), "FULL_TIME", true, "46", "46", null);
	}

	@Test
	void theXlsxHoldsTheNumbersOfTheKpiApiAsNumberCellsOnA4() throws Exception {
		String api = mvc.perform(get("/api/v1/kpis").param("fiscalYear", "2026").with(logins.as(hub.manager())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		byte[] xlsx = mvc.perform(get("/reports/monthly/2026-05/export.xlsx").with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		// kept for the check by hand: libreoffice --headless --convert-to csv
		// target/reports/monthly-report.xlsx
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "monthly-report.xlsx"), xlsx);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("月次報告 2026年5月（令和8年5月）");
			Map<String, Row> kpiRows = new HashMap<>();
			for (Row row : sheet) {
				Cell first = row.getCell(0);
				if (first != null && first.getCellType() == CellType.STRING
						&& API_FIELDS.containsKey(first.getStringCellValue())) {
					kpiRows.put(first.getStringCellValue(), row);
				}
			}
			assertThat(kpiRows).hasSize(5);
			for (var e : API_FIELDS.entrySet()) {
				Row row = kpiRows.get(e.getKey());
				assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
				// April and May hold all the year's work so far: the cumulative column is
				// the API's actual
				int actual = JsonPath.read(api, "$." + e.getValue() + ".actual");
				assertThat(row.getCell(2).getNumericCellValue()).as(e.getKey()).isEqualTo(actual);
			}
			assertThat(kpiRows.get("相談件数").getCell(1).getNumericCellValue()).isEqualTo(1);
			assertThat(kpiRows.get("成約件数").getCell(1).getNumericCellValue()).isEqualTo(2);
			assertThat(kpiRows.get("成約件数").getCell(2).getNumericCellValue()).isEqualTo(3);
			assertThat(kpiRows.get("成約件数").getCell(3).getNumericCellValue()).isEqualTo(65);
			assertThat(kpiRows.get("成約件数").getCell(4).getNumericCellValue()).isEqualTo(4.6);
			assertThat(kpiRows.get("デジタル人材の成約件数").getCell(3).getStringCellValue()).isEmpty();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			Row firstPlacement = sheet.getRow(rowStartingWith(sheet, "成約日").getRowNum() + 1);
			assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(firstPlacement.getCell(0))).isTrue();
			assertThat(firstPlacement.getCell(0).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 5, 15));
			assertThat(firstPlacement.getCell(12).getNumericCellValue()).isEqualTo(900_000);
			String all = text(sheet);
			assertThat(all).contains("くまもと精密工業株式会社", "システムエンジニア・ITエンジニア", "副業・兼業", "東京都", "福岡県", "鹿児島県",
					"U・Iターン（他地方から転入）", "Jターン（同じ地方の他県から転入）", "人材確保", "成功事例", "課題");
		}
	}

	@Test
	void thePdfCarriesTheJapaneseHeadingsAndTheNumbers() throws Exception {
		byte[] pdf = mvc.perform(get("/reports/monthly/2026-05/export.pdf").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "monthly-report.pdf"), pdf);
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		// table cells wrap (the extractor joins the lines with a space): compare without
		// white space
		assertThat(text.toString().replaceAll("\\s", ""))
			.contains("月次報告", "令和8年5月", "相談件数", "成約件数", "年度累計", "達成率", "くまもと精密工業株式会社", "あそ観光物産有限会社", "900,000",
					"1,500,000", "65", "4.6", "作成日", "担当", "確認", "承認", "県受付", "1/")
			.doesNotContain("900000", "1500000");
		jp.kyoten.platform.pdf.PdfPages.render(pdf, "monthly-report");
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/FontFile");
	}

	@Test
	void theCsvStartsWithTheByteOrderMarkAndIsShiftJisOnRequest() throws Exception {
		byte[] utf8 = mvc.perform(get("/reports/monthly/2026-05/export.csv").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(utf8).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(utf8, 3, utf8.length - 3, StandardCharsets.UTF_8);
		assertThat(csv).contains("\r\n成約件数,2,3,65,4.6\r\n", ",くまもと精密工業株式会社,");

		byte[] sjis = mvc
			.perform(get("/reports/monthly/2026-05/export.csv").param("charset", "Shift_JIS")
				.with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=Shift_JIS"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(sjis[0]).isNotEqualTo((byte) 0xEF);
		assertThat(new String(sjis, java.nio.charset.Charset.forName("windows-31j")))
			.contains("\r\n相談件数,1,2,260,0.8\r\n");
	}

	@Test
	void clerksExportNothing() throws Exception {
		mvc.perform(get("/reports/monthly/2026-05/export.csv").with(logins.as(hub.clerk())))
			.andExpect(status().isForbidden());
	}

	private static Row rowStartingWith(Sheet sheet, String text) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row starting with " + text);
	}

	private static String text(Sheet sheet) {
		StringBuilder sb = new StringBuilder();
		for (Row row : sheet) {
			for (Cell cell : row) {
				sb.append(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
						: cell.getStringCellValue())
					.append('|');
			}
		}
		return sb.toString();
	}

}
