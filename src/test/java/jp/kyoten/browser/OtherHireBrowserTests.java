package jp.kyoten.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;
import jp.kyoten.TestCompanies;
import jp.kyoten.directory.Companies;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.time.HubTime;

/**
 * A coordinator records a hire by another route on a company's page; the manager finds it
 * in the month's report.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OtherHireBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Companies companies;

	@Autowired
	Hubs hubs;

	@Test
	void aHireIntroducedByTheHubReachesTheMonthlyReport() {
		long company = new TestCompanies(companies, hubs).create("ブラウザ別経路採用株式会社");
		LocalDate today = LocalDate.now(HubTime.ZONE);
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_COORDINATOR, DemoLogins.PASSWORD);
			browser.go("/companies/" + company);
			browser.click(By.cssSelector("a[href$='/hires/new']"));
			browser.waitForText(By.tagName("h1"), "その他の経路による採用を記録");
			// a day in the future is refused and what was typed stays
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
					browser.find(By.id("hiredOn")), today.plusDays(10).toString());
			browser.type(By.id("talentName"), "K.T.");
			browser.type(By.id("via"), "拠点相談窓口（UIターン相談）");
			browser.click(By.cssSelector("main form button[type=submit]"));
			browser.waitForText(By.tagName("main"), "採用日に未来の日付は入力できません。");
			assertThat(browser.find(By.id("via")).getAttribute("value")).isEqualTo("拠点相談窓口（UIターン相談）");
			browser.screenshot("other-hire-future-day-refused");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
					browser.find(By.id("hiredOn")), today.toString());
			browser.click(By.cssSelector("main form button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "採用を記録しました");
			browser.screenshot("other-hire-recorded");
		}
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			browser.go("/reports/monthly/" + YearMonth.from(today));
			browser.waitForText(By.tagName("main"), "ブラウザ別経路採用株式会社");
			assertThat(browser.text(By.tagName("main"))).contains("拠点からの直接紹介", "拠点相談窓口（UIターン相談）");
			browser.screenshot("other-hire-in-monthly-report");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

}
