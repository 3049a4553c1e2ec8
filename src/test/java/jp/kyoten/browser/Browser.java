package jp.kyoten.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: no browser is ever
 * downloaded. Screenshots land in target/screenshots for a person to look at.
 */
final class Browser implements AutoCloseable {

	static final String CHROMIUM = System.getProperty("kyoten.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("kyoten.chromedriver", "/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String baseUrl;

	private final WebDriverWait wait;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	static Browser open(int port) {
		Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
				"Browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=ja");
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ja"));
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), "http://127.0.0.1:" + port);
	}

	Browser go(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	Browser signIn(String email, String password) {
		go("/login");
		type(By.id("username"), email);
		type(By.id("password"), password);
		driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		return this;
	}

	Browser type(By by, String text) {
		WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
		element.clear();
		element.sendKeys(text);
		return this;
	}

	Browser click(By by) {
		wait.until(ExpectedConditions.elementToBeClickable(by)).click();
		return this;
	}

	/**
	 * Clicks and waits until the page it was on has gone. Chrome answers a question about
	 * a node of a page being replaced with "does not belong to the document" instead of a
	 * stale reference at times: both mean gone.
	 */
	Browser clickAndAwaitNewPage(By by) {
		WebElement html = find(By.tagName("html"));
		click(by);
		wait.until(d -> {
			try {
				html.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException gone) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				return ex.getMessage() != null && ex.getMessage().contains("does not belong to the document");
			}
		});
		return this;
	}

	WebElement find(By by) {
		return wait.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	String text(By by) {
		return find(by).getText();
	}

	Browser waitForText(By by, String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
		return this;
	}

	String currentPath() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	WebDriver driver() {
		return driver;
	}

	/**
	 * A file as this signed-in browser would download it (a PDF, which headless Chrome
	 * does not show): its bytes.
	 */
	byte[] download(String path) {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
		try {
			var response = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path))
					.header("Cookie", cookies)
					.GET()
					.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError(path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	Path screenshot(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
