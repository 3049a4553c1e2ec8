package jp.kyoten;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

import jp.kyoten.directory.registry.ImportCorporateNumbers;
import jp.kyoten.directory.registry.ImportJobs;
import jp.kyoten.directory.registry.RegistryTestFiles;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.SessionAging;
import jp.kyoten.mail.MailOutbox;
import jp.kyoten.mail.OutgoingMail;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: what one node does,
 * the other sees, and what the scheduled jobs do happens once, however both nodes race
 * for it. The nodes run the real web server; the jobs are started on both at the same
 * instant instead of waiting for their schedule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
		.withPerMethodLifecycle(false);

	ConfigurableApplicationContext a;

	ConfigurableApplicationContext b;

	long kumamoto;

	@BeforeAll
	void startTwoNodes() {
		a = node();
		b = node();
		kumamoto = a.getBean(Hubs.class).bySlug("kumamoto").orElseThrow().getId();
	}

	ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(KyotenApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "spring.mail.host=127.0.0.1",
					"spring.mail.port=" + smtp.getSmtp().getPort(),
					// no form key configured: both nodes must find the one drawn once and
					// kept in the database
					// small pools: the suite's other contexts share the same server
					"spring.datasource.hikari.maximum-pool-size=4")
			.run();
	}

	@AfterAll
	void stopNodes() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	@Test
	void aSessionSignedInOnOneNodeIsValidOnTheOther() throws Exception {
		HttpClient browser = signedIn(a);
		HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(url(b, "/companies")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onB.statusCode()).as("the other node knows the session").isEqualTo(200);
		assertThat(onB.body()).contains("企業");

		HttpClient stranger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		assertThat(stranger
			.send(HttpRequest.newBuilder(url(b, "/companies")).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("without the session").isEqualTo(302);
	}

	/**
	 * The absolute session timeout is kept in the session in PostgreSQL, not in a node's
	 * memory: a session that signed in on one node more than 12 hours ago is ended on the
	 * other.
	 */
	@Test
	void theAbsoluteSessionTimeoutHoldsOnTheOtherNode() throws Exception {
		HttpClient browser = signedIn(a);
		String cookie = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("SESSION"))
			.findFirst()
			.orElseThrow()
			.getValue();
		SessionAging.signedInAgo(a.getBean(FindByIndexNameSessionRepository.class), SessionAging.idOf(cookie),
				Duration.ofHours(12).plusMinutes(1));

		HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(url(b, "/companies")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onB.statusCode()).isEqualTo(302);
		assertThat(onB.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
		assertThat(
				browser.send(HttpRequest.newBuilder(url(a, "/companies")).build(), HttpResponse.BodyHandlers.ofString())
					.statusCode())
			.as("ended for node A too")
			.isEqualTo(302);
	}

	/**
	 * Found by the soak: requests of one session that each add the same attribute (the
	 * flash map of a redirect) raced to INSERT it into SPRING_SESSION_ATTRIBUTES, and the
	 * loser answered 500. A user who double-clicks "save", or works in two tabs, meets
	 * it; more so behind two nodes.
	 */
	@Test
	void concurrentPostsOfOneSessionOnBothNodesNeverAnswer500() throws Exception {
		HttpClient browser = signedIn(a);
		String page = browser
			.send(HttpRequest.newBuilder(url(a, "/consultations/new")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String token = csrf(page);
		long company = HubScope.callAs(kumamoto,
				() -> a.getBean(JdbcClient.class)
					.sql("SELECT id FROM company ORDER BY id LIMIT 1")
					.query(Long.class)
					.single());
		String form = "companyId=" + company + "&date=" + LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))
				+ "&channel=PHONE&summary=" + enc("二台同時の相談記録") + "&_csrf=" + enc(token);
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (int round = 0; round < 10; round++) {
				CyclicBarrier start = new CyclicBarrier(4);
				List<Future<HttpResponse<String>>> posts = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					ConfigurableApplicationContext node = i % 2 == 0 ? a : b;
					posts.add(pool.submit(() -> {
						start.await();
						return browser.send(HttpRequest.newBuilder(url(node, "/consultations"))
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString(form))
							.build(), HttpResponse.BodyHandlers.ofString());
					}));
				}
				String target = null;
				for (Future<HttpResponse<String>> post : posts) {
					HttpResponse<String> response = post.get();
					statuses.add(response.statusCode());
					target = response.headers().firstValue("Location").orElse(target);
				}
				if (target != null) {
					// reading the page takes the flash map out of the session: the next
					// round adds it anew
					browser.send(HttpRequest.newBuilder(url(b, URI.create(target).getPath())).build(),
							HttpResponse.BodyHandlers.ofString());
				}
			}
		}
		assertThat(statuses).hasSize(40).containsOnly(302);
	}

	/**
	 * Signs the coordinator in on the node; the cookie jar is shared, as a load balancer
	 * shows the browser one site.
	 */
	static HttpClient signedIn(ConfigurableApplicationContext node) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = browser
			.send(HttpRequest.newBuilder(url(node, "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String form = "username=" + enc(DemoLogins.KUMAMOTO_COORDINATOR) + "&password=" + enc(DemoLogins.PASSWORD)
				+ "&_csrf=" + enc(csrf(login));
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(url(node, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return browser;
	}

	static String csrf(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("the page has a CSRF token").isTrue();
		return csrf.group(1);
	}

	@Test
	void eachQueuedMailIsSentOnceWhenBothNodesSendAtTheSameTime() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		MailOutbox outbox = a.getBean(MailOutbox.class);
		HubScope.runAs(kumamoto, () -> {
			for (int i = 0; i < 30; i++) {
				outbox.enqueue(
						new OutgoingMail("two-nodes-" + run + "-" + i + "@example.jp", null, "二台試験 " + i, "本文", null));
			}
		});
		for (int round = 0; round < 5; round++) {
			onBothAtOnce(node -> {
				Object sender = node.getBean(Class.forName("jp.kyoten.mail.OutboxSender"));
				return ReflectionTestUtils.invokeMethod(sender, "sendDue");
			});
		}
		List<String> recipients = new ArrayList<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			String to = m.getAllRecipients()[0].toString();
			if (to.startsWith("two-nodes-" + run)) {
				recipients.add(to);
			}
		}
		assertThat(recipients).hasSize(30).doesNotHaveDuplicates();
	}

	@Test
	void theNightsBackupIsTakenByOneNode() throws Exception {
		LocalDate night = LocalDate.of(2098, 1, 1).plusDays(System.nanoTime() % 10_000);
		List<Object> taken = onBothAtOnce(node -> {
			Object backups = node.getBean(Class.forName("jp.kyoten.platform.db.NightlyBackup"));
			return ReflectionTestUtils.invokeMethod(backups, "backUp", night);
		});
		assertThat(taken).filteredOn(t -> ((Optional<?>) t).isPresent()).hasSize(1);
		Path file = (Path) taken.stream()
			.map(t -> (Optional<?>) t)
			.filter(Optional::isPresent)
			.findFirst()
			.orElseThrow()
			.get();
		assertThat(file).exists();
		Files.delete(file);
	}

	@Test
	void aQueuedImportRunsOnOneNodeWhileTheOtherLooksForAbandonedOnes() throws Exception {
		long base = 820_000_000_000L + (System.nanoTime() % 1_000_000) * 1000;
		Path file = Files.createTempFile("43_two_nodes", ".csv");
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			lines.add(RegistryTestFiles.line(i + 1, RegistryTestFiles.corporateNumber(base + i),
					"株式会社二台試験" + RegistryTestFiles.kanji(i), "ニダイシケン", "43", "100", "熊本市"));
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
		Object lookingOnB = b.getBean(ImportCorporateNumbers.class);
		// B looks for queued jobs as fast as it can while A queues and runs one
		Future<?> looking = Executors.newVirtualThreadPerTaskExecutor().submit(() -> {
			long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			while (System.nanoTime() < until) {
				ReflectionTestUtils.invokeMethod(lookingOnB, "resumeAbandoned");
			}
		});
		long id = RegistryTestFiles.startFullImport(a.getBean(ImportCorporateNumbers.class), kumamoto, file);
		looking.get();
		ImportJobs.Job job = RegistryTestFiles.awaitImport(a.getBean(ImportJobs.class), id);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
		// counted per committed batch: a second run would have doubled these
		assertThat(job.total()).isEqualTo(300);
		assertThat(job.created()).isEqualTo(300);
		long companies = HubScope.callAs(kumamoto,
				() -> a.getBean(JdbcClient.class)
					.sql("SELECT count(*) FROM company WHERE corporate_number IN ("
							+ String.join(",", java.util.Collections.nCopies(300, "?")) + ")")
					.params(java.util.stream.LongStream.range(0, 300)
						.mapToObj(i -> RegistryTestFiles.corporateNumber(base + i))
						.toList())
					.query(Long.class)
					.single());
		assertThat(companies).isEqualTo(300);
		Files.delete(file);
	}

	@Test
	void thePublicFormLimitIsOneCountForBothNodes() throws Exception {
		String address = "203.0.113." + (System.nanoTime() % 250 + 1);
		// the portal's consultation form as both nodes are configured: five per address
		// and hour
		jp.kyoten.platform.publicform.PublicForm form = new jp.kyoten.platform.publicform.PublicForm(
				"two-nodes-" + System.nanoTime(), 5, 300, java.time.Duration.ofHours(1));
		List<Boolean> answers = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			ConfigurableApplicationContext node = i % 2 == 0 ? a : b;
			jp.kyoten.platform.publicform.PublicFormGuard guard = node
				.getBean(jp.kyoten.platform.publicform.PublicFormGuard.class);
			answers.add(HubScope.callAs(kumamoto, () -> guard.admit(form, kumamoto, address)));
		}
		// counted in PostgreSQL, so across the nodes
		assertThat(answers).containsExactly(true, true, true, true, true, false, false);
	}

	interface NodeWork {

		Object on(ConfigurableApplicationContext node) throws Exception;

	}

	/**
	 * Runs the work on both nodes at the same instant and answers what each returned
	 * (A's, then B's).
	 */
	List<Object> onBothAtOnce(NodeWork work) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			List<Future<Object>> results = new ArrayList<>();
			for (ConfigurableApplicationContext node : List.of(a, b)) {
				Callable<Object> task = () -> {
					start.await();
					return work.on(node);
				};
				results.add(pool.submit(task));
			}
			List<Object> answers = new ArrayList<>();
			for (Future<Object> f : results) {
				answers.add(f.get());
			}
			return answers;
		}
	}

	static URI url(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + port(node) + path);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
