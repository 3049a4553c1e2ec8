package jp.kyoten.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.directory.registry.RegistryTestFiles;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A popular event: 500 registrations arrive on the public page within one minute (random
 * arrival times, each from its own client address, 120 companies named in different
 * spellings) for 300 seats. Every request goes through the whole stack (security, CSRF,
 * the form guard, validation, the event's row lock, company matching, the mail queue).
 * Checks that all 500 are accepted, 300 hold a seat and 200 wait in arrival order, and
 * times each request from its arrival. Not part of the normal build: see
 * bench/event-registration/README.md.
 */
@Tag("benchmark")
@KyotenSpringTest
class EventRegistrationBenchmark {

	static final int REGISTRATIONS = 500;

	static final int SEATS = 300;

	static final int WINDOW_MS = 60_000;

	static final int CLIENT_THREADS = 16;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanEvent plan;

	@Autowired
	RegisterForEvent register;

	@Autowired
	jp.kyoten.platform.publicform.PublicFormGuard guard;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void fiveHundredRegistrationsWithinAMinute() throws Exception {
		EventFixture fixture = new EventFixture(plan, register, tx, jdbc);
		long hub = fixture.hub("kumamoto");
		long event = fixture.published(hub, SEATS);
		String issued = guard.issue(Instant.now().minusSeconds(30));
		String[] companies = new String[120];
		String[] forms = { "株式会社%s", "㈱%s", "%s株式会社", "（株）%s" };
		for (int i = 0; i < companies.length; i++) {
			companies[i] = "人気試験" + RegistryTestFiles.kanji(System.nanoTime() % 100_000 + i);
		}
		warmUp(hub);

		Random random = new Random(42);
		long[] arrivals = new long[REGISTRATIONS];
		for (int i = 0; i < REGISTRATIONS; i++) {
			arrivals[i] = random.nextInt(WINDOW_MS);
		}
		Arrays.sort(arrivals);
		ScheduledExecutorService clients = Executors.newScheduledThreadPool(CLIENT_THREADS);
		ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		long start = System.nanoTime();
		for (int i = 0; i < REGISTRATIONS; i++) {
			int n = i;
			long arrival = arrivals[i];
			String company = forms[n % forms.length].formatted(companies[n % companies.length]);
			clients.schedule(() -> {
				long arrivedAt = start + arrival * 1_000_000L;
				try {
					MvcResult result = mvc.perform(post("/p/kumamoto/events/{id}", event).with(csrf()).with(r -> {
						r.setRemoteAddr("10.1." + (n / 250) + "." + (n % 250 + 1));
						return r;
					})
						.param("participantType", "COMPANY")
						.param("name", "人気 " + RegistryTestFiles.kanji(n))
						.param("email", "popular-" + event + "-" + n + "@example.jp")
						.param("organisation", company)
						.param("consentData", "true")
						.param("consentAnnouncements", n % 3 == 0 ? "true" : "false")
						.param("issued", issued)).andReturn();
					(result.getResponse().getStatus() == 302 ? accepted : refused).incrementAndGet();
				}
				catch (Exception ex) {
					refused.incrementAndGet();
				}
				finally {
					latencies.add((System.nanoTime() - arrivedAt) / 1e6);
				}
			}, arrival, TimeUnit.MILLISECONDS);
		}
		clients.shutdown();
		assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
		double wallSeconds = (System.nanoTime() - start) / 1e9;

		List<String> statuses = HubScope.callAs(hub,
				() -> jdbc.sql("SELECT status FROM event_registration WHERE event_id = ? ORDER BY registered_at, id")
					.param(event)
					.query(String.class)
					.list());
		long confirmed = statuses.stream().filter("CONFIRMED"::equals).count();
		long waiting = statuses.stream().filter("WAITLISTED"::equals).count();
		// in arrival order at the lock: every seat went before anyone waited
		int lastConfirmed = statuses.lastIndexOf("CONFIRMED");
		int firstWaiting = statuses.indexOf("WAITLISTED");
		long mails = HubScope.callAs(hub,
				() -> jdbc.sql("SELECT count(*) FROM mail_outbox WHERE to_address LIKE ?")
					.param("popular-" + event + "-%")
					.query(Long.class)
					.single());
		long distinctCompanies = HubScope.callAs(hub,
				() -> jdbc.sql("SELECT count(DISTINCT company_id) FROM event_registration WHERE event_id = ?")
					.param(event)
					.query(Long.class)
					.single());

		double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		List<String> report = new ArrayList<>();
		report.add("event registration benchmark, " + Instant.now());
		report.add("%d registrations arriving at random within %d s for %d seats, %d client threads, wall %.1f s"
			.formatted(REGISTRATIONS, WINDOW_MS / 1000, SEATS, CLIENT_THREADS, wallSeconds));
		report.add("accepted %d, refused %d; confirmed %d, waitlisted %d; mails queued %d; companies %d"
			.formatted(accepted.get(), refused.get(), confirmed, waiting, mails, distinctCompanies));
		report.add("latency from arrival: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms".formatted(
				percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1]));
		report.forEach(line -> System.out.println("[benchmark] " + line));
		write(report);

		assertThat(accepted.get()).isEqualTo(REGISTRATIONS);
		assertThat(confirmed).isEqualTo(SEATS);
		assertThat(waiting).isEqualTo(REGISTRATIONS - SEATS);
		assertThat(lastConfirmed).isLessThan(firstWaiting);
		assertThat(mails).isEqualTo(REGISTRATIONS);
		assertThat(distinctCompanies).isEqualTo(companies.length);
		assertThat(percentile(sorted, 95)).isLessThan(300);
	}

	/**
	 * A few registrations for another event first, so that the JIT and the connection
	 * pool are warm.
	 */
	private void warmUp(long hub) throws Exception {
		EventFixture fixture = new EventFixture(plan, register, tx, jdbc);
		long event = fixture.published(hub, 10);
		String issued = guard.issue(Instant.now().minusSeconds(30));
		for (int i = 0; i < 30; i++) {
			int n = i;
			mvc.perform(post("/p/kumamoto/events/{id}", event).with(csrf()).with(r -> {
				r.setRemoteAddr("10.2.0." + (n + 1));
				return r;
			})
				.param("participantType", "TALENT")
				.param("name", "準備 " + RegistryTestFiles.kanji(n))
				.param("email", "warm-" + event + "-" + n + "@example.jp")
				.param("consentData", "true")
				.param("issued", issued));
		}
	}

	private static double percentile(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static void write(List<String> report) throws IOException {
		Path out = Path.of("target", "benchmark", "event-registration.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
	}

}
