package jp.kyoten.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.DemoLogins;
import jp.kyoten.hub.Hubs;
import jp.kyoten.matching.MatchingFixture;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The Pro-hub core end to end in a real browser: staff record a consultation, register a
 * need from it, print the selection sheet, record the company's choice; the agency
 * reports the hire in its portal; staff confirm it, and the KPI counts it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext ctx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Test
	void consultationToNeedToSheetToChoiceToPlacementReportedByTheAgencyAndConfirmedByStaff() {
		MatchingFixture fx = MatchingFixture.of(ctx);
		String company = "ブラウザ" + MatchingFixture.unique() + "株式会社";
		long companyId = fx.companies.create(company);
		long agency = fx.agency("kumamoto", "ブラウザ試験人材" + MatchingFixture.unique(), EmploymentForm.SECONDMENT,
				JobCategory.R_AND_D);
		String agencyUser = fx.agencyUser("kumamoto", agency);
		long placedBefore = confirmedPlacementsThisFiscalYear();

		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_COORDINATOR, DemoLogins.PASSWORD);
			long placementsShownBefore = placementsOnTheDashboard(browser);
			browser.go("/consultations/new?companyId=" + companyId);
			browser.type(By.id("summary"), "研究開発の責任者を出向で受け入れたい");
			browser.click(By.cssSelector("main form button[type=submit]"));
			browser.find(By.cssSelector("a[href^='/needs/new']"));
			assertThat(browser.currentPath()).matches("/consultations/\\d+");

			browser.click(By.cssSelector("a[href^='/needs/new']"));
			browser.type(By.id("title"), "研究開発リーダー（出向受入れ）");
			select(browser, "jobCategory", "R_AND_D");
			select(browser, "employmentForm", "SECONDMENT");
			browser.click(By.cssSelector("main form button[type=submit]"));
			browser.waitForText(By.tagName("h1"), "研究開発リーダー（出向受入れ）");

			browser.click(By.cssSelector("form[action$='/sheets'] button[type=submit]"));
			browser.find(By.id("selection-sheet"));
			assertThat(browser.text(By.id("sheet-agencies"))).contains("ブラウザ試験人材");
			assertThat(browser.text(By.id("selection-sheet"))).contains(company);
			browser.screenshot("matching-selection-sheet");
			SignInBrowserTests.assertNoCspViolations(browser);

			browser.click(By.cssSelector("input[name=agencyIds][value='" + agency + "']"));
			browser.type(By.id("chosenBy"), "代表取締役 熊本 一郎");
			select(browser, "method", "PAPER");
			browser.click(By.cssSelector("form[action$='/choice'] button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "取り繋ぎました");
			assertThat(browser.text(By.tagName("h1"))).contains("取り繋ぎ済");
			signOut(browser);

			browser.signIn(agencyUser, DemoLogins.PASSWORD);
			assertThat(browser.currentPath()).startsWith("/agency-portal");
			browser.click(By.linkText("研究開発リーダー（出向受入れ）"));
			browser.find(By.id("placement-form"));
			assertThat(browser.text(By.tagName("main"))).contains(company).contains("代表取締役 熊本 一郎");
			setDate(browser, "contractDate", LocalDate.now(HubTime.ZONE));
			browser.click(By.cssSelector("#placement-form button[type=submit]"));
			browser.waitForText(By.id("placement"), "成約（未確認）");
			browser.screenshot("matching-agency-portal");
			SignInBrowserTests.assertNoCspViolations(browser);
			signOut(browser);

			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			browser.go("/handoffs");
			browser.click(By.xpath("//table[@id='unconfirmed']//a[text()='研究開発リーダー（出向受入れ）']"));
			browser.click(By.cssSelector("form[action*='/confirm'] button[type=submit]"));
			browser.driver().switchTo().alert().accept();
			browser.waitForText(By.id("placement"), "成約（確認済）");
			browser.screenshot("matching-placement-confirmed");

			assertThat(placementsOnTheDashboard(browser)).isEqualTo(placementsShownBefore + 1);
			browser.screenshot("matching-dashboard-after-placement");
		}
		assertThat(confirmedPlacementsThisFiscalYear()).isEqualTo(placedBefore + 1);
	}

	/** KPI 2 (成約件数) of this fiscal year as the dashboard shows it. */
	private static long placementsOnTheDashboard(Browser browser) {
		browser.go("/dashboard");
		return Long
			.parseLong(browser.text(By.cssSelector("tr[data-kpi='PLACEMENTS'] .kpi-actual")).replace(",", "").strip());
	}

	private long confirmedPlacementsThisFiscalYear() {
		long hub = hubs.bySlug("kumamoto").orElseThrow().getId();
		int year = Hubs.fiscalYearOf(LocalDate.now(HubTime.ZONE));
		return HubScope.callAs(hub,
				() -> jdbc.sql("""
						SELECT count(*) FROM placement WHERE confirmed AND contract_date BETWEEN ? AND ?""")
					.params(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31))
					.query(Long.class)
					.single());
	}

	private static void select(Browser browser, String id, String value) {
		new org.openqa.selenium.support.ui.Select(browser.find(By.id(id))).selectByValue(value);
	}

	private static void setDate(Browser browser, String id, LocalDate date) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.find(By.id(id)), date.toString());
	}

	private static void signOut(Browser browser) {
		browser.click(By.cssSelector("form[action$='/logout'] button[type=submit]"));
		browser.find(By.id("username"));
	}

}
