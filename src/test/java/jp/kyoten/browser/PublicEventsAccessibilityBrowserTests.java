package jp.kyoten.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public events calendar and an event's registration page meet WCAG 2.1 AA as far as
 * axe-core can tell.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicEventsAccessibilityBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void thePublicEventsCalendarAndARegistrationPageHaveNoSeriousViolations() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/p/kumamoto/events");
			Accessibility.assertNoSeriousViolations(browser);
			List<WebElement> events = browser.driver()
				.findElements(By.cssSelector("main a[href^='/p/kumamoto/events/']"));
			assertThat(events).as("the demo hub publishes events").isNotEmpty();
			browser.go(events.get(0).getDomAttribute("href"));
			Accessibility.assertNoSeriousViolations(browser);
			browser.screenshot("public-event");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

}
