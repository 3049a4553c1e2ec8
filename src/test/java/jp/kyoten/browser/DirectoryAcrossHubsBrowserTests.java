package jp.kyoten.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.DemoLogins;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory pages of issues 19 and 21 as their users meet them, in Japanese: the
 * system administrator's search across hubs, and a company's contact persons kept through
 * the shared pages, bad input included.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryAcrossHubsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdministratorFindsWhichHubsKeepACompanyAndBadInputGetsAJapaneseAnswer() {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.ADMIN, DemoLogins.PASSWORD);
			browser.go("/admin/companies");
			assertThat(browser.text(By.id("across-hubs-results"))).contains("企業名・フリガナ・法人番号を入力してください。");
			browser.type(By.id("q"), "熊本精機");
			browser.find(By.id("q")).submit();
			browser.waitForText(By.id("across-hubs-results"), "株式会社熊本精機");
			String results = browser.text(By.id("across-hubs-results"));
			assertThat(results).contains("件").contains("熊本");
			browser.screenshot("admin-companies-across-hubs");
			SignInBrowserTests.assertNoCspViolations(browser);

			// a word too broad for every hub: said so, no arbitrary part of it shown
			browser.go("/admin/companies?q=%E6%A0%AA");
			long matches = HubScope.callAcrossHubs("directory", () -> jdbc
				.sql("SELECT count(*) FROM company_across_hubs WHERE merged_into_id IS NULL AND search_text LIKE '%株%'")
				.query(Long.class)
				.single());
			assertThat(browser.text(By.id("across-hubs-results")))
				.contains(matches > 1000 ? "1,000件を超える企業が該当します" : String.format("%,d件", matches));

			// markup in the query is text, a very long query answers none, a wrong hub id
			// a Japanese 400
			browser.go("/admin/companies?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
			assertThat(browser.text(By.id("across-hubs-results"))).contains("条件に合う企業はありません。");
			assertThat(browser.find(By.id("q")).getAttribute("value")).isEqualTo("<script>alert(1)</script>");
			browser.go("/admin/companies?q=" + "あ".repeat(500));
			assertThat(browser.text(By.id("across-hubs-results"))).contains("条件に合う企業はありません。");
			browser.go("/admin/companies?q=%E7%86%8A%E6%9C%AC&hubId=abc");
			assertThat(browser.text(By.tagName("body"))).contains("指定が正しくありません");
			browser.screenshot("admin-companies-bad-hub");
		}
	}

	@Test
	void staffKeepACompanysContactWithNotesAndAWrongEmailIsRefusedInJapaneseWithNothingLost() {
		long kumamoto = HubScope.callAs(null,
				() -> jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single());
		long company = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT min(id) FROM company WHERE merged_into_id IS NULL AND name = '株式会社熊本精機'")
					.query(Long.class)
					.single());
		String name = "担当 試験" + (System.nanoTime() % 100000);
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_COORDINATOR, DemoLogins.PASSWORD);
			browser.go("/companies/" + company + "/contacts/new")
				.type(By.id("name"), name)
				.type(By.id("nameKana"), "たんとう しけん")
				.type(By.id("email"), "not-an-address")
				.type(By.id("notes"), "平日午前に連絡可");
			browser.click(By.cssSelector("form[action*='/contacts'] button[type=submit]"));
			browser.waitForText(By.tagName("body"), "メールアドレスの形式が正しくありません。");
			assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(name);
			assertThat(browser.find(By.id("notes")).getAttribute("value")).isEqualTo("平日午前に連絡可");
			browser.screenshot("company-contact-wrong-email");

			browser.type(By.id("email"), "tantou@example.jp");
			browser.click(By.cssSelector("form[action*='/contacts'] button[type=submit]"));
			browser.waitForText(By.tagName("body"), "担当者「" + name + "」を追加しました。");
			assertThat(browser.currentPath()).isEqualTo("/companies/" + company);
			assertThat(browser.text(By.tagName("main"))).contains(name).contains("タントウ シケン").contains("平日午前に連絡可");
			// the contact list lies below the company's details: shown in the picture
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("document.querySelector('.contact-notes').scrollIntoView({block: 'center'});");
			browser.screenshot("company-contacts-listed");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

}
