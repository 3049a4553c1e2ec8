package jp.kyoten.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.kyoten.DemoLogins;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event's whole life in a real browser, with the mails going through a real SMTP
 * server (GreenMail): a manager creates and publishes a seminar for two; three people
 * register on the public page (the third waits); the first cancels by the link in their
 * mail and the third moves up; one person is checked in; the survey is answered; the
 * report shows 2 registered, 1 attended and the satisfaction as answered. The time guard
 * of the public form is set to zero here (a robot types faster than a person); the guard
 * itself is tested in EventPagesTests.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kyoten.mail.poll-interval=PT0.5S", "kyoten.mail.initial-delay=PT0.5S",
				"kyoten.public-forms.minimum-fill-time=PT0S",
				// every browser post comes from 127.0.0.1, and the limits are kept in the
				// shared test database
				"kyoten.events.registrations-per-address=1000" })
class EventLifeBrowserTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	static final Pattern REGISTRATION_LINK = Pattern.compile("https?://[^/\\s]+(/p/kumamoto/events/r/[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void seminarFromPublicationToReportWithWaitingListCancellationCheckInAndSurvey() throws Exception {
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.PASSWORD);
			browser.go("/events/new");
			String title = "ブラウザ試験セミナー" + RegistryNames.next();
			browser.type(By.id("title"), title);
			browser.type(By.id("capacity"), "2");
			browser.type(By.id("venue"), "熊本市国際交流会館");
			browser.screenshot("events-new");
			submit(browser, By.cssSelector("main form button[type=submit]"));
			browser.waitForText(By.tagName("h1"), title);
			String eventPath = browser.currentPath();
			assertThat(eventPath).matches("/events/\\d+");
			long eventId = Long.parseLong(eventPath.substring("/events/".length()));
			submit(browser, By.xpath("//button[text()='承認する']"));
			browser.waitForText(By.cssSelector("h1 .badge"), "承認");
			submit(browser, By.xpath("//button[text()='公開する']"));
			browser.waitForText(By.cssSelector("h1 .badge"), "公開");
			SignInBrowserTests.assertNoCspViolations(browser);

			String[] people = { "ichiro", "jiro", "saburo" };
			for (String p : people) {
				browser.go("/p/kumamoto/events/" + eventId);
				browser.type(By.id("name"), "申込 " + p);
				browser.type(By.id("email"), p + "-" + eventId + "@example.jp");
				browser.type(By.id("organisation"), "株式会社ブラウザ試験" + RegistryNames.next());
				browser.click(By.cssSelector("input[type=checkbox][name=consentData]"));
				if (p.equals("saburo")) {
					assertThat(browser.text(By.cssSelector("main form button[type=submit]"))).isEqualTo("キャンセル待ちで申し込む");
					browser.screenshot("events-public-full");
				}
				submit(browser, By.cssSelector("main form button[type=submit]"));
				browser.waitForText(By.tagName("h1"), "お申し込みありがとうございます");
			}
			SignInBrowserTests.assertNoCspViolations(browser);

			assertThat(awaitSubjects("saburo", eventId, 1)).containsExactly("【キャンセル待ち受付】" + title);
			assertThat(subjectsTo("ichiro", eventId)).containsExactly("【お申し込み受付】" + title);

			// ichiro cancels by the link in his mail; saburo moves up and is told
			browser.go(registrationLink("ichiro", eventId));
			browser.find(By.cssSelector("svg.qr"));
			browser.screenshot("events-registration-page");
			submit(browser, By.id("cancel-registration"));
			browser.waitForText(By.id("registration-status"), "取消");
			assertThat(awaitSubjects("saburo", eventId, 2)).containsExactly("【キャンセル待ち受付】" + title, "【参加確定】" + title);
			assertThat(awaitSubjects("ichiro", eventId, 2)).contains("【お申し込み取り消し】" + title);
			for (MimeMessage m : smtp.getReceivedMessages()) {
				assertThat(m.getAllRecipients()).hasSize(1);
			}

			// on the day: jiro is checked in from the list
			browser.go("/events/" + eventId + "/check-in");
			browser.type(By.id("q"), "申込 jiro");
			browser.click(By.xpath("//form[@role='search']//button[@type='submit']"));
			// the list is narrowed (by htmx, or by a page load without it) to jiro alone
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
				.until(org.openqa.selenium.support.ui.ExpectedConditions
					.invisibilityOfElementLocated(By.xpath("//tr[.//span[text()='申込 saburo']]")));
			submit(browser, By.xpath("//tr[.//span[text()='申込 jiro']]//button[text()='受付']"));
			browser.waitForText(By.cssSelector("[role=status]"), "申込 jiro様を受付しました");
			browser.screenshot("events-check-in");

			// the event has taken place (time moves on), the hub marks it held
			long hubId = jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
			HubScope.runAs(hubId, () -> jdbc.sql("""
					UPDATE event SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour'
					 WHERE id = ?""").param(eventId).update());
			browser.go(eventPath);
			submit(browser, By.xpath("//button[text()='開催済にする']"));
			browser.waitForText(By.cssSelector("h1 .badge"), "開催済");

			// jiro answers the survey from the link in his mail
			browser.go(registrationLink("jiro", eventId));
			submit(browser, By.linkText("アンケートに回答する"));
			browser.click(By.xpath("//label[text()='満足']"));
			browser.click(By.xpath("//label[text()='拠点に相談したい']"));
			browser.type(By.id("useful"), "副業人材の事例");
			browser.screenshot("events-survey");
			submit(browser, By.cssSelector("main form button[type=submit]"));
			browser.waitForText(By.cssSelector("[role=status]"), "ありがとうございました");
			SignInBrowserTests.assertNoCspViolations(browser);

			browser.go("/events/" + eventId + "/report");
			assertThat(browser.text(By.id("figure-registered"))).isEqualTo("2");
			assertThat(browser.text(By.id("figure-attended"))).isEqualTo("1");
			assertThat(browser.text(By.id("figure-satisfaction"))).contains("100.0%").contains("目標達成");
			browser.screenshot("events-report");
			SignInBrowserTests.assertNoCspViolations(browser);
		}
	}

	/**
	 * Clicks something that loads a new page and waits until the old page is gone, so
	 * that what is read next is read from the new page (Chrome answers a read of a node
	 * of the old page with an inspector error, not a stale element).
	 */
	private static void submit(Browser browser, By by) {
		org.openqa.selenium.WebElement page = browser.find(By.tagName("html"));
		browser.click(by);
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
	}

	/**
	 * The subjects of the mails to the person, once there are {@code count} of them (the
	 * sender polls).
	 */
	private List<String> awaitSubjects(String person, long eventId, int count) throws Exception {
		long until = System.currentTimeMillis() + 20_000;
		List<String> subjects = subjectsTo(person, eventId);
		while (subjects.size() < count && System.currentTimeMillis() < until) {
			Thread.sleep(200);
			subjects = subjectsTo(person, eventId);
		}
		return subjects;
	}

	private List<String> subjectsTo(String person, long eventId) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			if (((InternetAddress) m.getAllRecipients()[0]).getAddress()
				.equals(person + "-" + eventId + "@example.jp")) {
				subjects.add(m.getSubject());
			}
		}
		return subjects;
	}

	private String registrationLink(String person, long eventId) throws Exception {
		for (MimeMessage m : smtp.getReceivedMessages()) {
			if (((InternetAddress) m.getAllRecipients()[0]).getAddress()
				.equals(person + "-" + eventId + "@example.jp")) {
				Matcher link = REGISTRATION_LINK.matcher((String) m.getContent());
				if (link.find()) {
					return link.group(1);
				}
			}
		}
		throw new AssertionError("no registration link for " + person);
	}

	/** Generated names carry kanji numerals, never digit runs. */
	static final class RegistryNames {

		private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong(
				System.nanoTime() % 1_000_000L);

		static String next() {
			return jp.kyoten.directory.registry.RegistryTestFiles.kanji(SEQUENCE.incrementAndGet());
		}

	}

}
