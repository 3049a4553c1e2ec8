package jp.kyoten.browser;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar in a real browser: FullCalendar under the strict CSP, booking, the week
 * view, opening.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void coordinatorBooksAnAppointmentSeesItInTheWeekViewAndOpensIt() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_COORDINATOR, DemoLogins.PASSWORD);
			browser.go("/schedule");
			browser.find(By.cssSelector("#calendar .fc-timegrid"));
			browser.screenshot("schedule-week");
			SignInBrowserTests.assertNoCspViolations(browser);

			browser.click(By.cssSelector("a[href^='/schedule/appointments/new']"));
			browser.type(By.id("title"), "ブラウザテスト 企業訪問");
			browser.type(By.id("location"), "熊本市中央区");
			browser.click(By.cssSelector("main form button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "ブラウザテスト 企業訪問");
			assertThat(browser.currentPath()).matches("/schedule/appointments/\\d+");
			String detailPath = browser.currentPath();

			browser.go("/schedule?view=week");
			By event = By.xpath("//*[contains(@class,'fc-event')][.//*[contains(text(),'ブラウザテスト 企業訪問')]]");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
				.until(ExpectedConditions.visibilityOfElementLocated(event));
			browser.screenshot("schedule-week-with-appointment");
			assertThat(browser.find(By.cssSelector(".fc-timeGridWeek-view"))).isNotNull();
			SignInBrowserTests.assertNoCspViolations(browser);

			// follow the event's own link: at some hours of the day a demo visit overlaps
			// it in the week grid and
			// would take the click
			browser.go(java.net.URI.create(browser.find(event).getAttribute("href")).getPath());
			browser.waitForText(By.tagName("h1"), "ブラウザテスト 企業訪問");
			assertThat(browser.currentPath()).isEqualTo(detailPath);
			assertThat(browser.text(By.cssSelector("dl.details"))).contains("阿蘇 太郎").contains("熊本市中央区");
			browser.screenshot("schedule-appointment");

			browser.go("/schedule?view=month");
			browser.find(By.cssSelector(".fc-dayGridMonth-view .fc-daygrid-day"));
			browser.screenshot("schedule-month");
			browser.go("/my-work");
			browser.waitForText(By.tagName("main"), "ブラウザテスト 企業訪問");
			browser.screenshot("my-work");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

}
