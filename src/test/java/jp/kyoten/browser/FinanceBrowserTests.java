package jp.kyoten.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import jp.kyoten.DemoLogins;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.matching.MatchingFixture;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub manager keeps the books in the browser: enters the budget, books three expenses
 * with their receipts (the third takes 一般管理費 over its limit and is warned), reads budget
 * against actual with the ratio bars, downloads the 確定検査 zip, records a fee agreement
 * with an agency and sees the income from its confirmed placement, then puts a funder on
 * the 外部資金 board, moves it to アポ and records the money it gave.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FinanceBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApplicationContext context;

	/**
	 * The hub lies in 鹿児島 (46), out of reach of the prefecture-wide tests, like the other
	 * tests' own hubs.
	 */
	@Test
	void managerEntersTheBudgetBooksExpensesWithReceiptsDownloadsTheZipAndSeesAgencyIncome() throws Exception {
		String slug = "finance-browser-" + System.nanoTime();
		long hub = hubs.create(slug, "経費ブラウザ試験拠点", HubKind.PRO_TALENT, "46").getId();
		String manager = "finance-browser-" + System.nanoTime() + "@test.example";
		accounts.createIfAbsent(hub, manager, "帳簿 花子", Role.HUB_MANAGER, DemoLogins.PASSWORD);
		MatchingFixture fx = MatchingFixture.of(context);
		String agencyName = "帳簿試験" + MatchingFixture.unique() + "人材";
		long agency = fx.agency(slug, agencyName, EmploymentForm.FULL_TIME, JobCategory.PRODUCTION);
		fx.placement(slug, agency, LocalDate.now(ZoneId.of("Asia/Tokyo")), 1_200_000L, true);
		Path receipt = Files.createTempFile("receipt", ".pdf");
		Files.write(receipt, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());

		try (Browser browser = Browser.open(port)) {
			browser.signIn(manager, DemoLogins.PASSWORD);
			browser.go("/");
			browser.click(By.xpath("//summary[text()='報告']"));
			browser.click(By.linkText("予算と実績"));
			browser.waitForText(By.tagName("h1"), "予算と実績");
			browser.type(By.id("budget-PERSONNEL"), "500000");
			browser.type(By.id("budget-TRAVEL"), "100000");
			browser.type(By.id("budget-OVERHEAD"), "50000");
			browser.click(By.cssSelector("#budget-form button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "予算を保存しました");

			browser.go("/finance/ledger");
			book(browser, "PERSONNEL", "拠点職員", "人件費 4月分", "400000", "0", receipt, 1);
			book(browser, "TRAVEL", "九州旅客鉄道株式会社", "企業訪問 旅費", "33000", "3000", receipt, 2);
			book(browser, "OVERHEAD", "受託法人 本部", "一般管理費", "45000", "0", receipt, 3);
			browser.waitForText(By.cssSelector(".alert--warning"), "一般管理費は人件費＋事業費の10%以内");
			assertThat(browser.driver().findElements(By.cssSelector("#entries tbody tr a[href*='/evidence/']")))
				.hasSize(3);
			browser.screenshot("finance-ledger");

			browser.click(By.linkText("予算と実績"));
			browser.waitForText(By.id("actual-total"), "478,000");
			assertThat(browser.find(By.cssSelector("#ratios [data-rule=OVERHEAD]")).getAttribute("data-level"))
				.isEqualTo("OVER");
			assertThat(browser.find(By.cssSelector("#ratios [data-rule=OVERHEAD] meter")).getAttribute("value"))
				.startsWith("10.4");
			assertThat(browser.text(By.cssSelector("#budget-actual tr[data-category=TRAVEL] .actual")))
				.isEqualTo("33,000");
			browser.screenshot("finance-budget");
			SignInBrowserTests.assertNoCspViolations(browser);

			String href = browser.find(By.cssSelector("a[href*='/finance/inspection/']")).getAttribute("href");
			Object zip = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
					"""
							const done = arguments[arguments.length - 1];
							fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {
							  const bytes = new Uint8Array(b);
							  done(r.headers.get('content-type') + ' ' + String.fromCharCode(bytes[0], bytes[1]) + ' ' + b.byteLength);
							}));""",
					href);
			assertThat((String) zip).startsWith("application/zip PK ");

			browser.click(By.xpath("//summary[text()='報告']"));
			browser.click(By.linkText("拠点の収入"));
			new Select(browser.find(By.id("agencyId"))).selectByVisibleText(agencyName);
			browser.type(By.id("feeRate"), "15");
			browser.click(By.cssSelector("#agreement-form button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "手数料契約を登録しました");
			assertThat(browser.text(By.id("income-due"))).isEqualTo("180,000円");
			assertThat(browser.text(By.id("income-lines"))).contains(agencyName, "1,200,000", "180,000");
			browser.screenshot("finance-income");
			SignInBrowserTests.assertNoCspViolations(browser);

			// 外部資金: a company for 企業版ふるさと納税 on the visit list, to アポ, then money received
			browser.click(By.xpath("//summary[text()='報告']"));
			browser.click(By.linkText("外部資金"));
			browser.waitForText(By.tagName("h1"), "外部資金");
			new Select(browser.find(By.id("kind"))).selectByValue("FURUSATO_TAX");
			browser.type(By.id("name"), "株式会社ブラウザ精工");
			browser.type(By.id("expected"), "2000000");
			browser.click(By.cssSelector("#funder-form button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "訪問リストに追加しました");
			browser.click(By.cssSelector("td[data-stage=LISTED] .funder .next-stage button"));
			browser.waitForText(By.cssSelector("[role=status]"), "「アポ」にしました");
			assertThat(browser.text(By.cssSelector("td[data-stage=APPOINTMENT]"))).contains("株式会社ブラウザ精工");
			browser.type(By.cssSelector("td[data-stage=APPOINTMENT] .receipt-form input[name=amount]"), "1500000");
			browser.click(By.cssSelector("td[data-stage=APPOINTMENT] .receipt-form button"));
			browser.waitForText(By.cssSelector("[role=status]"), "受領を記録しました");
			assertThat(browser.text(By.cssSelector("td[data-stage=CONTRIBUTED]"))).contains("株式会社ブラウザ精工");
			assertThat(browser.text(By.id("funders-received"))).isEqualTo("1,500,000円");
			assertThat(browser.text(By.id("funders-expected"))).isEqualTo("2,000,000円");
			browser.screenshot("finance-funders");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

	private static void book(Browser browser, String category, String payee, String purpose, String amount, String tax,
			Path receipt, int booked) {
		new Select(browser.find(By.id("category"))).selectByValue(category);
		browser.type(By.id("payee"), payee);
		browser.type(By.id("purpose"), purpose);
		browser.type(By.id("amount"), amount);
		browser.type(By.id("tax"), tax);
		browser.find(By.id("file")).sendKeys(receipt.toAbsolutePath().toString());
		browser.click(By.cssSelector("#expense-form button[type=submit]"));
		// the page after the redirect lists one more entry, each with its receipt
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(d -> d.findElements(By.cssSelector("#entries tbody tr a[href*='/evidence/']")).size() == booked);
		browser.waitForText(By.cssSelector("[role=status]"), "記帳しました");
	}

}
