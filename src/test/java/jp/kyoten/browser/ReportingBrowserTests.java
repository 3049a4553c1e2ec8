package jp.kyoten.browser;

import java.time.Duration;
import java.time.YearMonth;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;
import jp.kyoten.platform.time.HubTime;

/**
 * The dashboard's charts under the strict CSP, a drill-down, and writing and submitting a
 * monthly report.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void managerReadsTheDashboardDrillsDownAndSubmitsTheMonthlyReport() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			browser.go("/dashboard");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE
				.equals(((JavascriptExecutor) d).executeScript("return typeof Chart !== 'undefined' && "
						+ "!!Chart.getChart(document.getElementById('kpi-chart')) && "
						+ "document.querySelectorAll('canvas.breakdown-chart').length === 3 && "
						+ "Array.from(document.querySelectorAll('canvas.breakdown-chart')).every(c => !!Chart.getChart(c))")));
			assertThat(browser.text(By.cssSelector("table.kpi-table"))).contains("相談件数", "成約件数");
			browser.screenshot("dashboard");
			SignInBrowserTests.assertNoCspViolations(browser);

			browser.click(By.cssSelector(".breakdown table a"));
			browser.waitForText(By.tagName("h1"), "の成約");
			assertThat(browser.currentPath()).startsWith("/dashboard/placements?fiscalYear=");
			browser.screenshot("dashboard-drill-down");

			String month = YearMonth.now(HubTime.ZONE).minusMonths(2).toString();
			writeAndSubmit(browser, month, "ブラウザテストの成功事例：製造業で生産管理責任者が決まりました。", "ブラウザテストの課題");
			assertThat(browser.text(By.tagName("main"))).contains("第1版 提出済み", "ブラウザテストの成功事例：製造業で生産管理責任者が決まりました。");
			browser.screenshot("monthly-report-submitted");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

	/**
	 * Writes the month's texts, saves them, and submits the report, confirming the
	 * browser's question.
	 */
	static void writeAndSubmit(Browser browser, String month, String successStories, String issues) {
		browser.go("/reports/monthly/" + month);
		browser.type(By.id("successStories"), successStories);
		browser.type(By.id("issues"), issues);
		browser.click(By.cssSelector("form[action$='/texts'] button[type=submit]"));
		browser.waitForText(By.cssSelector("[role=status]"), "下書きを保存しました");
		browser.click(By.cssSelector("form[action$='/submit'] button[type=submit]"));
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		browser.waitForText(By.cssSelector("[role=status]"), "月次報告を提出しました");
	}

}
