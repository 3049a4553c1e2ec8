package jp.kyoten.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;
import jp.kyoten.TestCompanies;
import jp.kyoten.directory.Companies;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.time.HubTime;

/**
 * A coordinator's day (issue 5): plans a visit on the calendar, sees it in the week view,
 * records the visit from it with a follow-up date, and finds the follow-up on "my work"
 * on the day it falls due.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VisitBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Companies companies;

	@Autowired
	Hubs hubs;

	@Test
	void coordinatorPlansAVisitRecordsItAndFindsTheFollowUpOnMyWork() {
		long company = new TestCompanies(companies, hubs).create("ブラウザ訪問テスト株式会社");
		String today = LocalDate.now(HubTime.ZONE).toString();
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_COORDINATOR, DemoLogins.PASSWORD);
			browser.go("/companies/" + company);
			browser.click(By.cssSelector("a[href^='/schedule/appointments/new']"));
			browser.type(By.id("title"), "ブラウザ訪問テスト 訪問");
			setValue(browser, By.id("startTime"), "16:00");
			setValue(browser, By.id("endTime"), "16:30");
			browser.click(By.cssSelector("main form button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "ブラウザ訪問テスト 訪問");
			String appointmentPath = browser.currentPath();

			browser.go("/schedule?view=week");
			By event = By.xpath("//*[contains(@class,'fc-event')][.//*[contains(text(),'ブラウザ訪問テスト 訪問')]]");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
				.until(ExpectedConditions.visibilityOfElementLocated(event));
			browser.screenshot("visit-planned-week");

			browser.go(appointmentPath);
			browser.click(By.cssSelector("a[href^='/visits/new']"));
			browser.waitForText(By.tagName("main"), "ブラウザ訪問テスト株式会社");
			browser.type(By.id("metWith"), "代表取締役 熊本様");
			browser.type(By.id("discussed"), "営業責任者の採用を検討している");
			browser.type(By.id("nextAction"), "求人要件の整理を支援");
			setValue(browser, By.id("followUpOn"), today);
			browser.screenshot("visit-form");
			browser.click(By.cssSelector("main form button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "訪問を記録しました");
			assertThat(browser.text(By.cssSelector("dl.details"))).contains("営業責任者の採用を検討している");
			browser.screenshot("visit-recorded");

			browser.go("/my-work");
			browser.waitForText(By.tagName("main"), "ブラウザ訪問テスト株式会社 — 求人要件の整理を支援");
			browser.screenshot("my-work-follow-up");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

	private static void setValue(Browser browser, By by, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(by),
				value);
	}

}
