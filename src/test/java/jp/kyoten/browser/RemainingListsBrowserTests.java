package jp.kyoten.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.DemoLogins;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The lists issue 18 left with 「次へ」 only, as the Kumamoto manager meets them on the demo
 * data: 送信メール, the consultation form's triage list, self-diagnosis results, accounts and
 * the ledger with page numbers, the page size and headings that sort; the referral list
 * with its top institutions; visits in company order. Each is photographed into
 * target/screenshots/ (list-*.png).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemainingListsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRemainingListsSortByTheirHeadingsAndPageByNumber() {
		long kumamoto = jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
		// a mail and a self-diagnosis where the demo data has none, so that the lists
		// show their headings
		HubScope.runAs(kumamoto, () -> {
			jdbc.sql("""
					INSERT INTO mail_outbox (hub_id, message_key, to_address, to_name, subject, body, status, attempts,
					                         sent_at)
					SELECT ?, gen_random_uuid(), 'list-shot@test.example', '一覧 確認', '一覧の確認', '本文', 'KEPT', 1, now()
					 WHERE NOT EXISTS (SELECT 1 FROM mail_outbox)""").param(kumamoto).update();
			jdbc.sql(
					"""
							INSERT INTO diagnosis (hub_id, public_token, band_code, band_label, employees, industry, total_score)
							SELECT ?, 'list-shot-' || gen_random_uuid(), 'SMALL', '小規模', 30, 'E', 60
							 WHERE NOT EXISTS (SELECT 1 FROM diagnosis)""")
				.param(kumamoto)
				.update();
		});
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);

			sortedBy(browser, "/mail", "件名", "sort=subject", "list-mail-by-subject");
			sortedBy(browser, "/portal/inquiries", "会社名", "sort=organisation", "list-portal-inquiries-by-company");
			sortedBy(browser, "/portal/diagnoses", "総合", "sort=total", "list-portal-diagnoses-by-total");
			sortedBy(browser, "/accounts", "メール", "sort=email", "list-accounts-by-email");
			sortedBy(browser, "/finance/ledger", "支払先", "sort=payee", "list-ledger-by-payee");
			sortedBy(browser, "/visits", "企業", "sort=company", "list-visits-by-company");

			browser.go("/referrals");
			assertThat(browser.text(By.tagName("main"))).contains("機関別の紹介実績", "表示件数");
			browser.screenshot("list-referrals-top-institutions");
			browser.go("/referrals/institutions");
			assertThat(browser.find(By.cssSelector("th[aria-sort='descending']")).getText()).contains("合計");
			browser.screenshot("list-referral-institutions-paged");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

	/**
	 * Opens the list, checks its pager, clicks the heading and waits for the list in that
	 * order.
	 */
	private static void sortedBy(Browser browser, String path, String heading, String order, String screenshot) {
		browser.go(path);
		assertThat(browser.text(By.tagName("main"))).contains("表示件数");
		assertThat(browser.find(By.cssSelector(".pager [aria-current='page']")).getText()).isEqualTo("1");
		browser.click(By.xpath("//th//a[contains(., '" + heading + "')]"));
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(order));
		assertThat(browser.find(By.cssSelector("th[aria-sort='ascending']")).getText()).contains(heading);
		browser.screenshot(screenshot);
	}

}
