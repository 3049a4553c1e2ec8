package jp.kyoten.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompanyDirectoryBrowserTests {

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	@Test
	void searchFindsTheSameCompaniesHoweverKumamotoIsTypedAndANewCompanyCanBeRegistered() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			browser.go("/companies");
			Set<String> hiragana = search(browser, "くまもと");
			browser.screenshot("company-search-kumamoto");
			assertThat(hiragana).isNotEmpty();
			assertThat(search(browser, "ｸﾏﾓﾄ")).isEqualTo(hiragana);
			assertThat(search(browser, "クマモト")).isEqualTo(hiragana);

			String name = "株式会社ブラウザ試験"
					+ jp.kyoten.directory.registry.RegistryTestFiles.kanji(System.nanoTime() % 100000);
			browser.go("/companies/new")
				.type(By.id("data.name"), name)
				.type(By.id("data.nameKana"), "ぶらうざしけん")
				.type(By.id("data.postalCode"), "860-0806");
			browser.find(By.cssSelector("form[action$='/companies'] button[type=submit]")).click();
			browser.waitForText(By.tagName("h1"), name);
			assertThat(browser.currentPath()).matches("/companies/\\d+");
			browser.screenshot("company-created");
			SignInBrowserTests.assertNoCspViolations(browser);

			browser.go("/companies");
			assertThat(search(browser, "ブラウザシケン")).contains(name);
		}
	}

	@Test
	void theProgressBarMovesDuringARegistryImport() throws Exception {
		Path file = dir.resolve("43_kumamoto_all_20261120.csv");
		try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < 40_000; i++) {
				String number = jp.kyoten.directory.registry.RegistryTestFiles.corporateNumber(300_000_000_000L + i);
				// kanji numerals: no digits in the names, so that no other test's
				// number-like query finds them
				w.write(jp.kyoten.directory.registry.RegistryTestFiles.line(i + 1, number,
						"株式会社進捗" + jp.kyoten.directory.registry.RegistryTestFiles.kanji(i), "シンチョク", "43", "100",
						"熊本市中央区"));
				w.write("\r\n");
			}
		}
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			browser.go("/imports");
			browser.find(By.id("files")).sendKeys(file.toAbsolutePath().toString());
			browser.click(By.cssSelector("form[action$='/imports'] button[type=submit]"));
			browser.find(By.id("import-progress"));
			Set<Integer> seen = new TreeSet<>();
			long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
			boolean shot = false;
			while (System.nanoTime() < deadline) {
				int value = progress(browser);
				seen.add(value);
				if (!shot && value > 0 && value < 100) {
					browser.screenshot("import-progress-running");
					shot = true;
				}
				if (value == 100) {
					break;
				}
				Thread.sleep(200);
			}
			browser.screenshot("import-progress-done");
			assertThat(seen).contains(100);
			assertThat(seen.stream().filter(v -> v > 0 && v < 100).toList())
				.as("values seen between 0 and 100: %s", seen)
				.isNotEmpty();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(d -> "40,000".equals(((org.openqa.selenium.JavascriptExecutor) d)
					.executeScript("return document.getElementById('count-created').textContent.trim();")));
		}
	}

	/** Types the query as staff do and waits for htmx to show the results for it. */
	private static Set<String> search(Browser browser, String query) {
		browser.type(By.id("q"), query);
		String encoded = java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(
				d -> d.getCurrentUrl().contains("q=" + encoded) && names(browser) != null && !names(browser).isEmpty());
		return names(browser);
	}

	/** Read in one script call: htmx may swap the rows between two WebDriver calls. */
	@SuppressWarnings("unchecked")
	private static Set<String> names(Browser browser) {
		Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return Array.from(document.querySelectorAll('#company-results tbody tr td:first-child a'))"
					+ ".map(a => a.textContent.trim());");
		return new TreeSet<>((List<String>) result);
	}

	private static int progress(Browser browser) {
		Object value = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
				"var p = document.getElementById('import-progress'); return p ? p.getAttribute('value') : '0';");
		return Integer.parseInt(String.valueOf(value));
	}

}
