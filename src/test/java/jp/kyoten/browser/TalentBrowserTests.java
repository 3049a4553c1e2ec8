package jp.kyoten.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import jp.kyoten.platform.time.HubTime;
import jp.kyoten.talent.TalentFixture;

/**
 * The talent programme's matching event end to end in a real browser: staff register two
 * companies and three talent, accept a suggested pair and plan another set, check the
 * companies in, print a company's schedule, record an offer and a rejection, check a
 * talent in who had no interview, and see 内定率 (1 offer ÷ 2 participant companies) on the
 * dashboard and the three talent who came as 参加人材 on the METI report.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TalentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext ctx;

	@Test
	void registersCompaniesAndTalentPlansSetsPrintsAScheduleRecordsAnOfferAndSeesTheRateOnTheDashboard() {
		TalentFixture fx = TalentFixture.of(ctx);
		long event = fx.matchingEvent(LocalDate.now(HubTime.ZONE).plusDays(2));
		fx.programme(event, "DIGITAL");
		List<String> codes = fx.digitalTalent(3, 2);
		long skill = fx.firstSkill();
		String first = TalentFixture.unique("ブラウザ面接株式会社");
		String second = TalentFixture.unique("ブラウザ商事株式会社");

		try (Browser browser = Browser.open(port)) {
			browser.signIn(fx.counsellorEmail, TalentFixture.PASSWORD);
			browser.go("/matching-events/" + event);
			for (String company : List.of(first, second)) {
				browser.click(By.cssSelector("details:has(#register-company-form) > summary"));
				browser.type(By.id("organisation"), company);
				browser.type(By.id("contactName"), "採用 担当");
				browser.type(By.id("contactEmail"), "hr" + Math.abs(company.hashCode()) + "@browser.test");
				browser.type(By.id("register-role"), "DX推進リーダー");
				browser.click(By.cssSelector("#register-company-form input[name=skillId][value='" + skill + "']"));
				browser.clickAndAwaitNewPage(By.cssSelector("#register-company-form button[type=submit]"));
				browser.waitForText(By.id("companies"), company);
			}
			for (String code : codes) {
				browser.type(By.id("talentCode"), code);
				browser.clickAndAwaitNewPage(By.cssSelector("#add-talent-form button[type=submit]"));
				browser.waitForText(By.id("talent"), code);
			}

			// a suggestion is only offered; staff accept it
			assertThat(browser.text(By.id("suggestions"))).contains(codes.get(0));
			browser.clickAndAwaitNewPage(By.xpath("//table[@id='suggestions']//tr[td[1][contains(., '" + first
					+ "')]][1]//form[contains(@action, '/accept')]//button"));
			browser.waitForText(By.id("set-grid"), codes.get(0));
			new Select(browser.find(By.id("setCompany"))).selectByVisibleText(second);
			new Select(browser.find(By.id("setTalent"))).selectByIndex(2);
			new Select(browser.find(By.id("setSlot"))).selectByIndex(1);
			browser.clickAndAwaitNewPage(By.cssSelector("#set-form button[type=submit]"));
			browser.waitForText(By.id("set-grid"), codes.get(2));
			for (int i = 0; i < 2; i++) {
				browser.clickAndAwaitNewPage(By.cssSelector("#companies form[action$='/check-in'] button"));
			}
			assertThat(browser.text(By.id("companies"))).doesNotContain("来場を記録");

			browser.clickAndAwaitNewPage(
					By.cssSelector("#companies tr[data-company='" + first + "'] a[href*='/schedule/company/']"));
			browser.waitForText(By.tagName("h1"), first);
			assertThat(browser.text(By.id("schedule"))).contains("13:00–13:30").contains(codes.get(0));
			browser.find(By.cssSelector("button[data-print]"));
			browser.screenshot("talent-company-schedule");
			SignInBrowserTests.assertNoCspViolations(browser);

			browser.go("/matching-events/" + event);
			browser.clickAndAwaitNewPage(By.id("results-link"));
			new Select(browser.find(By.cssSelector("#result-table select[name=result]"))).selectByValue("OFFER");
			browser.clickAndAwaitNewPage(By.cssSelector("#result-table form[action$='/result'] button"));
			browser.waitForText(By.id("result-table"), "内定（");
			// the second set's candidate was not taken
			new Select(browser.find(By.xpath("//table[@id='result-table']//tr[td[3][contains(., '" + codes.get(2)
					+ "')]]//select[@name='result']")))
				.selectByValue("REJECTED");
			browser.clickAndAwaitNewPage(By.xpath("//table[@id='result-table']//tr[td[3][contains(., '" + codes.get(2)
					+ "')]]//form[contains(@action, '/result')]//button"));
			browser.waitForText(By.id("result-table"), "不採用（");
			// the third talent came without an interview: staff record the arrival on the
			// board
			browser.go("/matching-events/" + event);
			browser.click(By.cssSelector("#talent tr[data-talent='" + codes.get(1) + "'] input[name=talentId]"));
			browser.clickAndAwaitNewPage(By.cssSelector("#talent-check-in-form button"));
			browser.waitForText(By.cssSelector("#talent tr[data-talent='" + codes.get(1) + "']"), "来場済み");

			browser.go("/dashboard");
			browser.waitForText(By.cssSelector("tr[data-indicator='TP_OFFER_RATE'] .kpi-actual"), "50.0%");
			assertThat(browser.text(By.cssSelector("#programme-figures tr[data-programme='DIGITAL']")))
				.contains("50.0%");
			browser.screenshot("talent-dashboard");
			SignInBrowserTests.assertNoCspViolations(browser);

			browser.go("/reports/meti/" + java.time.YearMonth.from(LocalDate.now(HubTime.ZONE).plusDays(2)));
			// 参加企業 2, 参加者 2 companies' people + 3 talent, 参加人材 3
			assertThat(browser.text(By.cssSelector("#meti-events tr[data-event='" + event + "'] td:nth-child(4)")))
				.isEqualTo("2");
			assertThat(browser.text(By.cssSelector("#meti-events tr[data-event='" + event + "'] td:nth-child(5)")))
				.isEqualTo("5");
			assertThat(browser.text(By.cssSelector("#meti-events tr[data-event='" + event + "'] td:nth-child(7)")))
				.isEqualTo("3");
			browser.screenshot("talent-meti-report");
			SignInBrowserTests.assertNoCspViolations(browser);

			browser.go("/talent");
			browser.waitForText(By.id("results"), codes.get(1));
		}
	}

}
