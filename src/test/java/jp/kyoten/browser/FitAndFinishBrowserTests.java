package jp.kyoten.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.DemoLogins;
import jp.kyoten.platform.pdf.PdfPages;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of issue 18's defects as a person meets them, each photographed into
 * target/screenshots/ (fit-*.png): the monthly reports list, a token and a feed that stay
 * on their pages, Tokyo times, the privacy policy and the weekday closures, the agency's
 * contact details, Japanese error pages, the audit log's words, a wrong registry file,
 * the survey QR code pointing at the port this server listens on, years without
 * separators on the event pages and PDFs, the PDFs rendered (開, fees with separators),
 * the selection sheet in Japanese with its contacts, residences by name, and lists with
 * page numbers.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FitAndFinishBrowserTests {

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theManagersFixedPagesOpenInJapaneseWithTokyoTimes() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);

			browser.go("/profile");
			browser.type(By.id("name"), "画面確認用トークン");
			browser.click(By.cssSelector("form[action$='/profile/tokens'] button[type=submit]"));
			assertThat(browser.text(By.id("new-token"))).startsWith("kyt_");
			assertThat(browser.text(By.tagName("main"))).contains("画面確認用トークン", "有効");
			browser.screenshot("fit-profile-token");

			browser.go("/schedule/feeds");
			browser.type(By.id("name"), "画面確認用カレンダー");
			browser.click(By.cssSelector("form[action$='/schedule/feeds'] button[type=submit]"));
			assertThat(browser.text(By.tagName("main"))).contains("画面確認用カレンダー", "/p/feeds/kcf_");
			browser.screenshot("fit-schedule-feeds");

			String month = YearMonth.now(HubTime.ZONE).minusMonths(3).toString();
			ReportingBrowserTests.writeAndSubmit(browser, month, "画面確認の成功事例", "画面確認の課題");
			String tokyoToday = java.time.LocalDate.now(HubTime.ZONE).toString();
			assertThat(browser.text(By.tagName("main"))).contains("提出済み（" + tokyoToday);
			browser.screenshot("fit-monthly-report-versions");

			browser.go("/reports/monthly");
			browser.waitForText(By.tagName("h1"), "月次報告");
			assertThat(browser.text(By.tagName("main"))).contains("第1版");
			browser.screenshot("fit-monthly-reports-list");

			// the monthly report as the prefecture receives it: fees with separators,
			// headings across, 開 drawn
			byte[] monthlyPdf = browser.download("/reports/monthly/" + month + "/export.pdf");
			assertThat(PdfPages.compactText(monthlyPdf)).contains("作成日").doesNotContainPattern("\\d,\\d{3}年");
			PdfPages.render(monthlyPdf, "fit-monthly-report-pdf");

			browser.go("/portal/inquiries");
			assertThat(browser.text(By.tagName("main"))).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
			browser.screenshot("fit-triage-list");

			browser.go("/portal/site");
			assertThat(browser.text(By.tagName("main"))).contains("最終公開");
			browser.screenshot("fit-portal-site-published");

			browser.go("/audit");
			assertThat(browser.text(By.tagName("main"))).doesNotContain("PUBLISHED", "consultation form from",
					"checked in");
			browser.screenshot("fit-audit-log");

			browser.go("/consultations/abc");
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("ページが見つかりません");
			browser.screenshot("fit-consultation-not-a-number");

			long kumamoto = jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
			long event = HubScope.callAs(kumamoto,
					() -> jdbc.sql("SELECT min(id) FROM event").query(Long.class).single());
			browser.go("/events/" + event);
			browser.waitForText(By.tagName("main"), "アンケート用QRコード");
			assertThat(browser.text(By.cssSelector("main p.mono"))).startsWith("http://localhost:" + port + "/p/");
			browser.screenshot("fit-event-survey-qr");

			String eventMonth = HubScope.callAs(kumamoto,
					() -> jdbc
						.sql("SELECT to_char(starts_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') FROM event WHERE id = ?")
						.param(event)
						.query(String.class)
						.single());
			browser.go("/events?month=" + eventMonth);
			assertThat(browser.text(By.tagName("main"))).doesNotContainPattern("\\d,\\d{3}年");
			browser.screenshot("fit-event-list-year");
			browser.go("/events/reports?month=" + eventMonth);
			assertThat(browser.text(By.tagName("main"))).doesNotContainPattern("\\d,\\d{3}年");
			browser.screenshot("fit-event-report-year");
			byte[] eventPdf = browser.download("/events/" + event + "/report.pdf");
			assertThat(PdfPages.compactText(eventPdf)).contains("開催日").doesNotContainPattern("\\d,\\d{3}年");
			PdfPages.render(eventPdf, "fit-event-report-pdf");

			long[] sheet = HubScope.callAs(kumamoto,
					() -> jdbc.sql("SELECT need_id, id FROM selection_sheet ORDER BY id LIMIT 1")
						.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
						.single());
			browser.go("/needs/" + sheet[0] + "/sheets/" + sheet[1]);
			assertThat(browser.text(By.tagName("main"))).doesNotContain("ROTATION", "offset", "sheet no.")
				.contains("連絡先");
			browser.screenshot("fit-selection-sheet");

			browser.go("/placements");
			assertThat(browser.text(By.tagName("main"))).contains("採用後の居住地")
				.doesNotContainPattern("(?<![\\d,\\-])\\d{5}(?![\\d,\\-])");
			browser.screenshot("fit-placements-residence-by-name");

			browser.go("/visits?size=20");
			assertThat(browser.find(By.cssSelector(".pager [aria-current='page']")).getText()).isEqualTo("1");
			assertThat(browser.find(By.cssSelector("th[aria-sort='descending']")).getText()).contains("訪問日");
			browser.screenshot("fit-lists-page-numbers");

			Path workbook = dir.resolve("houjin-bangou.xlsx");
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(workbook))) {
				zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
				zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			browser.go("/imports");
			browser.driver().findElement(By.id("files")).sendKeys(workbook.toAbsolutePath().toString());
			browser.click(By.cssSelector("form[action$='/imports'] button[type=submit]"));
			new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
				d.navigate().refresh();
				return !d.findElements(By.id("import-refused")).isEmpty();
			});
			assertThat(browser.text(By.tagName("main"))).contains("取込できないファイル", "CSVファイルが入っていません")
				.doesNotContain("続きから再開する");
			browser.screenshot("fit-import-unreadable");
		}
	}

	@Test
	void thePublicSiteAndTheAgencyPortalShowWhatTheyPromise() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/p/kumamoto");
			browser.click(By.cssSelector("a[href='/p/kumamoto/privacy']"));
			browser.waitForText(By.tagName("h1"), "プライバシーポリシー");
			assertThat(browser.currentPath()).isEqualTo("/p/kumamoto/privacy");
			assertThat(browser.text(By.tagName("main"))).contains("熊本県プロフェッショナル人材戦略拠点", "利用目的");
			browser.screenshot("fit-portal-privacy");

			browser.go("/p/kumamoto");
			String closures = browser.text(By.tagName("main"));
			assertThat(closures).contains("土日を除く").doesNotContainPattern("\\d+月\\d+日\\((土|日)\\)");
			browser.driver().findElement(By.id("access")).click();
			browser.screenshot("fit-portal-closures");

			browser.signIn("agency@kumamoto.demo", DemoLogins.PASSWORD);
			browser.go("/agency-portal");
			browser
				.go(browser.find(By.cssSelector("main a[href^='/agency-portal/handoffs/']")).getDomAttribute("href"));
			browser.waitForText(By.tagName("main"), "企業の担当者");
			browser.screenshot("fit-agency-handoff-contact");
		}
	}

}
