package jp.kyoten.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;
import jp.kyoten.hub.Hubs;

/**
 * The privacy pages a hub manager's menu offers, opened in a browser after their rows
 * exist (the demo hub's register of data handlers and its incident; the retention preview
 * of its records), and a hand-back started by the manager once the system admin has
 * consented, up to its progress page. No page breaks the CSP.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Hubs hubs;

	@Test
	void aManagerReadsTheRegisterTheIncidentsAndTheRetentionPreviewAndStartsAConsentedHandBack() {
		long kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
			browser.go("/privacy/hand-backs");
			new Select(browser.find(By.id("consent-hub"))).selectByValue(String.valueOf(kumamoto));
			browser.click(By.cssSelector("#consent button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "返還データを作れるようにしました");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			browser.go("/privacy/handlers");
			browser.waitForText(By.tagName("main"), "熊本 花子");
			assertThat(browser.text(By.tagName("main"))).contains("Nguyen Van An").doesNotContain("??");
			browser.screenshot("privacy-handler-register");

			browser.go("/privacy/incidents");
			browser.waitForText(By.tagName("main"), "セミナー案内メールの誤送信");
			browser.screenshot("privacy-incidents");

			browser.go("/privacy/retention");
			browser.waitForText(By.tagName("main"), "求職者からの問い合わせ");
			browser.screenshot("privacy-retention-preview");

			browser.go("/privacy/hand-backs");
			browser.waitForText(By.tagName("main"), "まで返還データを作れます");
			browser.click(By.cssSelector("#start-hand-back button[type=submit]"));
			browser.waitForText(By.tagName("main"), "%");
			assertThat(browser.find(By.id("hand-back-progress")).isDisplayed()).isTrue();
			assertThat(browser.currentPath()).startsWith("/privacy/hand-backs/");
			browser.screenshot("privacy-hand-back-started");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

}
