package jp.kyoten.browser;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists and forms as staff meet them: page numbers and sortable headings on the
 * needs, consultation and hand-off lists, and a municipality of anywhere in Japan chosen
 * by typing its name or reading. Screenshots land in target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListsAndPlacesBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void listsSortByTheirHeadingsAndPageByNumber() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			browser.go("/consultations?size=20");
			assertThat(browser.find(By.cssSelector("th[aria-sort='descending']")).getText()).contains("相談日");
			assertThat(browser.find(By.cssSelector(".pager [aria-current='page']")).getText()).isEqualTo("1");
			browser.screenshot("list-consultations-by-date");
			browser.click(By.xpath("//th//a[contains(., '企業')]"));
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(d -> d.getCurrentUrl().contains("sort=company"));
			assertThat(browser.find(By.cssSelector("th[aria-sort='ascending']")).getText()).contains("企業");
			browser.screenshot("list-consultations-by-company");

			browser.go("/needs");
			assertThat(browser.find(By.cssSelector("th[aria-sort='descending']")).getText()).contains("把握日");
			browser.screenshot("list-needs-by-learned-date");

			browser.go("/handoffs?size=20");
			assertThat(browser.find(By.cssSelector("#handoffs th[aria-sort='descending']")).getText()).contains("選択日");
			assertThat(browser.find(By.cssSelector(".pager [aria-current='page']")).getText()).isEqualTo("1");
			browser.click(By.xpath("//table[@id='handoffs']//th//a[contains(., '状況')]"));
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(d -> d.getCurrentUrl().contains("sort=status"));
			assertThat(browser.find(By.cssSelector("#handoffs th[aria-sort='ascending']")).getText()).contains("状況");
			browser.screenshot("list-handoffs-by-status");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

	@Test
	void aMunicipalityIsSuggestedByNameAsOneTypes() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			browser.go("/companies/new");
			new org.openqa.selenium.support.ui.Select(browser.find(By.id("data.prefectureCode")))
				.selectByVisibleText("熊本県");
			browser.type(By.id("data.municipalityCode"), "菊");
			// the prefecture's whole list may be there before the answer to 「菊」 replaces
			// it: wait for that answer
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(d -> d.findElements(By.cssSelector("#data-municipalityCode-options option[value='菊陽町']"))
					.size() == 1);
			assertThat(browser.find(By.cssSelector("#data-municipalityCode-options")).getAttribute("innerHTML"))
				.contains("菊陽町", "菊池市");
			browser.screenshot("company-form-municipality-by-name");

			// any municipality of Japan, typed by its reading: not only those of the demo
			// hubs
			new org.openqa.selenium.support.ui.Select(browser.find(By.id("data.prefectureCode")))
				.selectByVisibleText("東京都");
			browser.find(By.id("data.municipalityCode")).clear();
			browser.type(By.id("data.municipalityCode"), "しんじゅく");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(d -> d.findElement(By.cssSelector("#data-municipalityCode-options"))
					.getAttribute("innerHTML")
					.contains("新宿区"));
			browser.screenshot("company-form-municipality-tokyo-by-reading");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

}
