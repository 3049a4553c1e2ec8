package jp.kyoten.browser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoten.DemoLogins;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports a contract pays for, in a real browser, in a hub of its own: a coordinator
 * plans a council and a seminar; the prefecture's officer approves the seminar plan (and
 * the council) with a comment; the coordinator publishes both, checks people in at the
 * door, marks them held and types in the paper questionnaires; the manager opens the
 * month's report and finds both in its events section; the dashboard's obligations panel
 * shows councils 1 of 5.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContractReportsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Test
	void councilAndSeminarReachTheMonthlyReportTheOfficerApprovesAndTheObligationsCountTheCouncil() {
		String slug = "browser-contract-" + Long.toString(System.nanoTime(), 36);
		Hub hub = hubs.create(slug, "ブラウザ試験 プロ人材拠点", HubKind.PRO_TALENT, "46");
		String coordinator = "coordinator@" + slug + ".test";
		String manager = "manager@" + slug + ".test";
		String officer = "officer@" + slug + ".test";
		accounts.createIfAbsent(hub.getId(), coordinator, "試験 コーディネーター", Role.COORDINATOR, DemoLogins.PASSWORD);
		accounts.createIfAbsent(hub.getId(), manager, "試験 マネージャー", Role.HUB_MANAGER, DemoLogins.PASSWORD);
		accounts.createIfAbsent(hub.getId(), officer, "試験 県担当", Role.PREFECTURE_OFFICER, DemoLogins.PASSWORD);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

		String council;
		String seminar;
		try (Browser browser = Browser.open(port)) {
			browser.signIn(coordinator, DemoLogins.PASSWORD);
			council = plan(browser, "第1回 ブラウザ試験協議会", "COUNCIL", today, "地域金融機関との連携");
			seminar = plan(browser, "ブラウザ試験 経営者向けセミナー", "SEMINAR", today, null);
		}
		try (Browser browser = Browser.open(port)) {
			browser.signIn(officer, DemoLogins.PASSWORD);
			browser.go("/approvals");
			assertThat(browser.text(By.id("plans-awaiting"))).contains("第1回 ブラウザ試験協議会", "ブラウザ試験 経営者向けセミナー");
			browser.screenshot("approvals");
			approve(browser, seminar, "内容・回数とも承諾します。");
			approve(browser, council, null);
			browser.go(seminar.replace("/events/", "/approvals/events/"));
			assertThat(browser.text(By.cssSelector(".approval-history"))).contains("承認", "内容・回数とも承諾します。", "県担当職員");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
		try (Browser browser = Browser.open(port)) {
			browser.signIn(coordinator, DemoLogins.PASSWORD);
			hold(browser, council, new int[] { 5, 4 });
			hold(browser, seminar, new int[] { 5, 5, 3 });
		}
		try (Browser browser = Browser.open(port)) {
			browser.signIn(manager, DemoLogins.PASSWORD);
			browser.go("/reports/monthly/" + YearMonth.from(today));
			String events = browser.text(By.id("report-events"));
			assertThat(events).contains("協議会", "第1回 ブラウザ試験協議会", "地域金融機関との連携", "ブラウザ試験 経営者向けセミナー");
			assertThat(browser.text(By.xpath("//tr[td/span[text()='第1回 ブラウザ試験協議会']]"))).contains("2", "100.0%");
			assertThat(browser.text(By.xpath("//tr[td/span[text()='ブラウザ試験 経営者向けセミナー']]"))).contains("3", "66.7%");
			browser.screenshot("monthly-report-events");

			browser.go("/dashboard");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("tr[data-obligation='EVENT_COUNT:COUNCIL']")));
			assertThat(browser.text(By.cssSelector("tr[data-obligation='EVENT_COUNT:COUNCIL'] .obligation-progress")))
				.startsWith("1 / 5 回");
			assertThat(browser.text(By.cssSelector("tr[data-obligation='EVENT_COUNT:SEMINAR'] .obligation-progress")))
				.startsWith("1 / 1 回");
			browser.screenshot("dashboard-obligations");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

	/** Plans an event for today through the form; returns its path. */
	private static String plan(Browser browser, String title, String kind, LocalDate day, String theme) {
		browser.go("/events/new");
		browser.type(By.id("title"), title);
		set(browser, "kind", kind);
		set(browser, "date", day.toString());
		set(browser, "startTime", "00:00");
		set(browser, "endTime", "00:30");
		browser.type(By.id("venue"), "熊本県庁 会議室");
		if (theme != null) {
			browser.type(By.id("theme"), theme);
		}
		submit(browser, By.cssSelector("main form button[type=submit]"));
		browser.waitForText(By.tagName("h1"), title);
		assertThat(browser.text(By.tagName("main"))).contains("承認は県の担当職員");
		return browser.currentPath();
	}

	private static void approve(Browser browser, String eventPath, String comment) {
		browser.go(eventPath.replace("/events/", "/approvals/events/"));
		if (comment != null) {
			browser.type(By.id("plan-comment"), comment);
		}
		submit(browser, By.xpath("//form[@id='plan-decision']//button[text()='承認する']"));
		browser.waitForText(By.cssSelector("[role=status]"), "承認しました");
	}

	/**
	 * Publishes the approved event, checks people in at the door, marks it held and types
	 * in their answers.
	 */
	private static void hold(Browser browser, String eventPath, int[] answers) {
		browser.go(eventPath);
		submit(browser, By.xpath("//button[text()='公開する']"));
		browser.waitForText(By.cssSelector("h1 .badge"), "公開");
		for (int i = 0; i < answers.length; i++) {
			browser.go(eventPath + "/check-in");
			browser.click(By.cssSelector("details.walk-in summary"));
			browser.click(By.xpath("//form[contains(@action,'walk-in')]//label[text()='企業']"));
			browser.type(By.id("name"), "当日 参加者" + i);
			browser.type(By.id("email"), "walkin" + i + "-" + System.nanoTime() + "@example.jp");
			browser.type(By.id("organisation"), "株式会社ブラウザ試験参加" + (char) ('あ' + i) + System.nanoTime() % 1000);
			browser.click(By
				.xpath("//form[contains(@action,'walk-in')]//input[@name='consentData']/following-sibling::label"));
			submit(browser, By.xpath("//form[contains(@action,'walk-in')]//button[@type='submit']"));
			browser.waitForText(By.cssSelector("[role=status]"), "受付");
		}
		browser.go(eventPath);
		submit(browser, By.xpath("//button[text()='開催済にする']"));
		browser.waitForText(By.cssSelector("h1 .badge"), "開催済");
		for (int answer : answers) {
			browser.go(eventPath + "/survey");
			browser
				.click(By.xpath("//input[@name='satisfaction'][@value='" + answer + "']/following-sibling::label[1]"));
			browser.click(By.xpath("//input[@name='nextAction'][@value='INFO']/following-sibling::label[1]"));
			submit(browser, By.cssSelector("main form button[type=submit]"));
			browser.find(By.cssSelector("[role=status]"));
		}
	}

	private static void set(Browser browser, String id, String value) {
		WebElement element = browser.find(By.id(id));
		((JavascriptExecutor) browser.driver()).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", element, value);
	}

	private static void submit(Browser browser, By button) {
		browser.clickAndAwaitNewPage(button);
	}

}
