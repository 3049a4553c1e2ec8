package jp.kyoten.browser;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;
import jp.kyoten.platform.time.HubTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cabinet Office's viewer reads the month's submissions, the all-hubs KPI table and a
 * prefecture's drill-down and downloads the table as xlsx; a hub's manager submits a
 * report, which the viewer then sees.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NationalBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theCabinetOfficeReadsEveryProHubAndSeesAReportOnceTheHubSubmitsIt() throws Exception {
		String month = YearMonth.now(HubTime.ZONE).minusMonths(5).toString();
		try (Browser national = Browser.open(port)) {
			national.signIn("national@kyoten.demo", DemoLogins.PASSWORD);
			assertThat(national.currentPath()).startsWith("/national/kpis");
			national.click(By.linkText("報告の提出状況"));
			national.waitForText(By.tagName("h1"), "報告の提出状況");
			// every prefecture's Pro hub of the demo, and the hubs other tests of the
			// suite created
			java.util.regex.Matcher overseen = java.util.regex.Pattern.compile("(\\d+)拠点中")
				.matcher(national.text(By.id("submission-summary")));
			assertThat(overseen.find()).isTrue();
			assertThat(Integer.parseInt(overseen.group(1))).isGreaterThanOrEqualTo(47);
			national.screenshot("national-submissions");
			SignInBrowserTests.assertNoCspViolations(national);

			national.click(By.linkText("全拠点のKPI"));
			national.waitForText(By.tagName("h1"), "全拠点のKPI");
			String table = national.text(By.id("national-kpis"));
			assertThat(table).contains("北海道プロフェッショナル人材戦略拠点", "沖縄県プロフェッショナル人材戦略拠点", "全国", "九州").doesNotContain("よろず");
			national.screenshot("national-kpis");
			SignInBrowserTests.assertNoCspViolations(national);

			national.click(By.cssSelector("#national-kpis a[href*='/national/prefectures/43']"));
			national.waitForText(By.tagName("h1"), "熊本県の拠点");
			assertThat(national.text(By.tagName("main"))).contains("熊本県プロフェッショナル人材戦略拠点", "相談件数");
			national.screenshot("national-prefecture");

			national.go("/national/kpis");
			String href = national.driver().findElement(By.id("export-xlsx")).getDomAttribute("href");
			byte[] xlsx = national.download(href);
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("全拠点のKPI一覧");
				assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(47);
			}

			national.go("/national/submissions?month=" + month);
			String before = kumamotoRow(national);
			assertThat(before).doesNotContain("第1版");
		}
		try (Browser manager = Browser.open(port)) {
			manager.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			ReportingBrowserTests.writeAndSubmit(manager, month, "全国ブラウザテストの成功事例", "全国ブラウザテストの課題");
		}
		try (Browser national = Browser.open(port)) {
			national.signIn("national@kyoten.demo", DemoLogins.PASSWORD);
			national.go("/national/submissions?month=" + month);
			String after = kumamotoRow(national);
			assertThat(after).contains("第1版", "期限後に提出");
			national.screenshot("national-submission-arrived");
		}
	}

	private static String kumamotoRow(Browser browser) {
		return browser.driver()
			.findElements(By.cssSelector("#national-submissions tbody tr"))
			.stream()
			.map(r -> r.getText())
			.filter(t -> t.contains("熊本県プロフェッショナル人材戦略拠点"))
			.findFirst()
			.orElseThrow();
	}

}
