package jp.kyoten.browser;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.TestTotp;
import jp.kyoten.identity.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk-through: a manager turns two-factor sign-in on for the hub, a
 * coordinator enrols an app with the code the test computes from the key on the page (as
 * the app would from the QR code), signs out, and signs in again with the password and
 * the app's next code.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoFactorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Test
	void managerTurnsItOnAndACoordinatorEnrolsAndSignsInWithTheCode() {
		long n = System.nanoTime();
		long hub = hubs.create("tfa-browser-" + n, "ブラウザ二要素試験拠点", HubKind.PRO_TALENT, "46").getId();
		String manager = "tfa-manager-" + n + "@kagoshima.test";
		String coordinator = "tfa-coordinator-" + n + "@kagoshima.test";
		accounts.createIfAbsent(hub, manager, "鹿児島 管理者", Role.HUB_MANAGER, DemoLogins.PASSWORD);
		accounts.createIfAbsent(hub, coordinator, "鹿児島 調整役", Role.COORDINATOR, DemoLogins.PASSWORD);

		try (Browser browser = Browser.open(port)) {
			WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
			browser.signIn(manager, DemoLogins.PASSWORD).go("/accounts");
			assertThat(browser.text(By.id("two-factor-setting"))).contains("任意");
			browser.click(By.id("two-factor-toggle"));
			wait.until(ExpectedConditions.alertIsPresent()).accept();
			// the manager is asked to enrol at once
			wait.until(ExpectedConditions.urlContains("/login/two-factor/setup"));
			browser.screenshot("two-factor-manager-asked-to-enrol");
			browser.click(By.cssSelector(".user-nav button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "ログアウトしました");

			signInWithPassword(browser, coordinator);
			wait.until(ExpectedConditions.urlContains("/login/two-factor/setup"));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("二要素認証の設定");
			browser.find(By.cssSelector("svg.qr path"));
			browser.screenshot("two-factor-setup");
			String secret = browser.text(By.id("totp-secret"));
			browser.type(By.id("code"), TestTotp.code(secret, 0))
				.click(By.cssSelector("form[action$='/login/two-factor/setup'] button[type=submit]"));
			assertThat(browser.find(By.id("recovery-codes")).findElements(By.tagName("li"))).hasSize(10);
			browser.screenshot("two-factor-recovery-codes");
			browser.click(By.id("continue"));
			assertThat(browser.text(By.cssSelector(".hub-name"))).isEqualTo("ブラウザ二要素試験拠点");
			SignInBrowserTests.assertNoCspViolations(browser);
			browser.click(By.cssSelector(".user-nav button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "ログアウトしました");

			signInWithPassword(browser, coordinator);
			wait.until(ExpectedConditions.urlContains("/login/two-factor"));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("確認コードの入力");
			browser.type(By.id("code"), TestTotp.code(secret, 1))
				.click(By.cssSelector("form[action$='/login/two-factor'] button[type=submit]"));
			wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
			assertThat(browser.text(By.cssSelector(".hub-name"))).isEqualTo("ブラウザ二要素試験拠点");
			assertThat(browser.text(By.tagName("h1"))).contains("鹿児島 調整役");
		}
	}

	private static void signInWithPassword(Browser browser, String email) {
		browser.go("/login")
			.type(By.id("username"), email)
			.type(By.id("password"), DemoLogins.PASSWORD)
			.click(By.cssSelector("form[action$='/login'] button[type=submit]"));
	}

}
