package jp.kyoten.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import com.jayway.jsonpath.JsonPath;

import jp.kyoten.DemoLogins;
import jp.kyoten.TestCompanies;
import jp.kyoten.activity.ConsultationView;
import jp.kyoten.activity.Consultations;
import jp.kyoten.directory.Companies;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal end to end in a real browser: a visitor reads a published success story,
 * takes the self-diagnosis as a 30-person manufacturer, sees the scores and the radar
 * chart, and sends the result with a consultation request; a coordinator finds it in
 * triage and accepts it; the company's consultations then hold it with the diagnosis
 * attached. axe-core checks every public page on the way.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTests {

	static final String COMPANY = "ブラウザ診断見本製作所株式会社";

	@LocalServerPort
	int port;

	@Autowired
	Companies companies;

	@Autowired
	Hubs hubs;

	@Autowired
	Consultations consultations;

	@Test
	void visitorReadsAStoryTakesTheDiagnosisAndSendsItAndACoordinatorAcceptsIt() throws Exception {
		long company = new TestCompanies(companies, hubs).industry("E").employees(30).create(COMPANY);
		long story = publishStory(company);
		try (Browser browser = Browser.open(port)) {
			browser.go("/p/kumamoto");
			browser.waitForText(By.tagName("h1"), "熊本県プロフェッショナル人材戦略拠点");
			Accessibility.assertNoSeriousViolations(browser);
			browser.screenshot("portal-home");

			browser.go("/p/kumamoto/stories");
			Accessibility.assertNoSeriousViolations(browser);
			browser.click(By.cssSelector("a[href='/p/kumamoto/stories/" + story + "']"));
			browser.waitForText(By.tagName("h1"), "ブラウザで読む成功事例");
			assertThat(browser.text(By.tagName("main"))).contains("生産管理の経験者が週1日");
			Accessibility.assertNoSeriousViolations(browser);

			browser.go("/p/kumamoto/diagnosis");
			Accessibility.assertNoSeriousViolations(browser);
			browser.type(By.id("employees"), "30");
			new Select(browser.find(By.id("industry"))).selectByValue("E");
			browser.click(By.cssSelector("main form button[type=submit]"));
			browser.waitForText(By.tagName("main"), "中規模");
			Instant shown = Instant.now();
			Accessibility.assertNoSeriousViolations(browser);
			List<WebElement> fours = browser.driver().findElements(By.cssSelector("input[type=radio][value='4']"));
			assertThat(fours).isNotEmpty();
			fours.forEach(WebElement::click);
			// the sheet is a guarded public form: a person takes longer than its minimum
			// fill time
			Duration answering = Duration.ofMillis(3500).minus(Duration.between(shown, Instant.now()));
			if (!answering.isNegative()) {
				Thread.sleep(answering.toMillis());
			}
			browser.click(By.cssSelector("main form button[type=submit]"));
			browser.waitForText(By.tagName("h1"), "自己診断の結果");
			assertThat(browser.text(By.id("total-score"))).contains("総合 75 点");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
				.until(ExpectedConditions.attributeToBe(By.id("radar"), "data-drawn", "5"));
			assertThat(browser.driver().findElements(By.cssSelector("tr[data-area]"))).hasSize(5);
			browser.screenshot("portal-diagnosis-result");
			Accessibility.assertNoSeriousViolations(browser);
			SignInBrowserTests.assertNoCspViolations(browser);

			browser.click(By.id("send-with-inquiry"));
			browser.waitForText(By.tagName("main"), "自己診断の結果（中規模");
			Instant opened = Instant.now();
			Accessibility.assertNoSeriousViolations(browser);
			browser.type(By.id("organisationName"), COMPANY);
			browser.type(By.id("senderName"), "診断 花子");
			browser.type(By.id("email"), "shindan@example.jp");
			browser.click(By.cssSelector("input[name=issues][value=RECRUITMENT]"));
			browser.type(By.id("message"), "診断結果を見て、外部人材の受入れについて相談したいです。");
			browser.click(By.id("consent1"));
			// a person takes more than the minimum fill time; the test waits for it
			// rather than shortening it
			Duration left = Duration.ofMillis(3500).minus(Duration.between(opened, Instant.now()));
			if (!left.isNegative()) {
				Thread.sleep(left.toMillis());
			}
			browser.click(By.cssSelector("main form button[type=submit]"));
			browser.waitForText(By.tagName("h1"), "ご相談を受け付けました");
			String receipt = browser.text(By.cssSelector("[role=status]")).replaceAll("(?s).*(P-[0-9]{6}).*", "$1");
			Accessibility.assertNoSeriousViolations(browser);
			browser.screenshot("portal-inquiry-thanks");

			browser.signIn(DemoLogins.KUMAMOTO_COORDINATOR, DemoLogins.PASSWORD);
			browser.go("/portal/inquiries");
			browser.click(By.linkText(receipt));
			browser.waitForText(By.tagName("main"), "ブラウザ診断見本製作所株式会社");
			assertThat(browser.text(By.id("triage"))).contains("一致しました");
			browser.click(By.id("accept"));
			browser.waitForText(By.cssSelector("[role=status]"), "相談として受け付けました");
			assertThat(browser.text(By.id("inquiry-status"))).isEqualTo("受付済");
			browser.screenshot("portal-triage-accepted");

			List<ConsultationView> timeline = HubScope
				.callAs(hubs.bySlug("kumamoto").orElseThrow().getId(), () -> consultations.ofCompany(company))
				.stream()
				.filter(c -> c.channel().name().equals("PORTAL_FORM"))
				.toList();
			assertThat(timeline).singleElement().satisfies(c -> {
				assertThat(c.originLabel()).contains(receipt).contains("自己診断");
				assertThat(c.originPath()).matches("/portal/diagnoses/[0-9]+");
			});
			// the consultation's page links the diagnosis sent with the request
			browser.click(By.id("consultation-link"));
			browser.waitForText(By.tagName("main"), timeline.getFirst().originLabel());
			browser.screenshot("portal-consultation-with-diagnosis");
			browser.click(By.cssSelector("a[href='" + timeline.getFirst().originPath() + "']"));
			browser.waitForText(By.tagName("h1"), "自己診断の結果");
			assertThat(browser.text(By.tagName("main"))).contains("総合 75 点");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

	/** A success story written, consented and published through the staff API. */
	private long publishStory(long company) {
		RestClient api = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.defaultHeaders(h -> h.setBasicAuth(DemoLogins.KUMAMOTO_COORDINATOR, DemoLogins.PASSWORD))
			.build();
		String consultation = api.post()
			.uri("/api/v1/consultations")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("companyId", company, "date", "2026-04-20", "channel", "VISIT_OUT", "issues",
					List.of("RECRUITMENT"), "summary", "生産管理の人材について"))
			.retrieve()
			.body(String.class);
		long consultationId = ((Number) JsonPath.read(consultation, "$.id")).longValue();
		String created = api.post()
			.uri("/api/v1/success-stories")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", "ブラウザで読む成功事例", "source", "SUPPORT_CASE", "companyId", company, "consultationId",
					consultationId, "publicCompanyName", "県内の製造業 C社", "industry", "E", "jobCategory", "PRODUCTION",
					"employmentForm", "SIDE_JOB", "summary", "生産管理の経験者が週1日、工程表づくりを支援しました。", "body",
					"## 取組み\n\n生産管理の経験者が週1日、工程を見直しました。"))
			.retrieve()
			.body(String.class);
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		api.post()
			.uri("/api/v1/success-stories/{id}/consent", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("givenBy", "C社 代表取締役", "givenOn", "2026-05-01", "scope", "業種と取組み（企業名は匿名）"))
			.retrieve()
			.toBodilessEntity();
		api.post().uri("/api/v1/success-stories/{id}/publish", id).retrieve().toBodilessEntity();
		return id;
	}

}
