package jp.kyoten.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NavigationBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theManagersMenuBarIsOneRowAndItsMenusOpenOneAtATimeAndCloseWithEscape() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			WebElement bar = browser.driver().findElement(By.cssSelector(".main-nav > ul"));
			WebElement first = bar.findElement(By.cssSelector(":scope > li"));
			assertThat(bar.getSize().getHeight()).as("one row of %d px items", first.getSize().getHeight())
				.isLessThan(first.getSize().getHeight() * 2);

			WebElement imports = browser.driver().findElement(By.cssSelector(".main-nav a[href$='/imports']"));
			assertThat(imports.isDisplayed()).as("closed menus hide their pages").isFalse();
			WebElement settings = summary(browser, "管理");
			settings.click();
			assertThat(imports.isDisplayed()).isTrue();
			Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
			assertThat(overflow).as("an open menu stays inside the window").isEqualTo(false);
			browser.screenshot("navigation-settings-menu");

			summary(browser, "記録").click();
			assertThat(imports.isDisplayed()).as("opening another menu closes this one").isFalse();
			assertThat(browser.driver().findElement(By.cssSelector(".main-nav a[href$='/visits']")).isDisplayed())
				.isTrue();

			browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
			assertThat(browser.driver().findElements(By.cssSelector("details[data-menu][open]"))).isEmpty();

			settings.click();
			imports.click();
			browser.waitForText(By.tagName("h1"), "法人番号");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

	private static WebElement summary(Browser browser, String label) {
		return browser.driver()
			.findElements(By.cssSelector(".main-nav__group summary"))
			.stream()
			.filter(s -> s.getText().startsWith(label))
			.findFirst()
			.orElseThrow();
	}

}
