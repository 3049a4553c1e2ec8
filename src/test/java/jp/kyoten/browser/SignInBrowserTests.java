package jp.kyoten.browser;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void managerSignsInSeesTheHubAndSignsOut() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/login");
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kyoten にログイン");
			browser.screenshot("login");
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			assertThat(browser.text(By.cssSelector(".hub-name"))).isEqualTo("熊本県プロフェッショナル人材戦略拠点");
			assertThat(browser.text(By.tagName("h1"))).contains("熊本 花子");
			browser.screenshot("home");
			assertNoCspViolations(browser);
			browser.click(By.cssSelector(".user-nav button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "ログアウトしました");
		}
	}

	@Test
	void wrongPasswordShowsAJapaneseMessage() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/login")
				.type(By.id("username"), DemoLogins.FUKUOKA_MANAGER)
				.type(By.id("password"), "まちがい")
				.click(By.cssSelector("form[action$='/login'] button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=alert]"), "ログインできませんでした。メールアドレスとパスワードをお確かめください。");
		}
	}

	/**
	 * The strict CSP would block any inline script or style; Chromium reports each block
	 * in its console.
	 */
	static void assertNoCspViolations(Browser browser) {
		List<LogEntry> entries = browser.driver().manage().logs().get(LogType.BROWSER).getAll();
		assertThat(entries).noneMatch(e -> e.getMessage().contains("Content Security Policy"));
	}

}
