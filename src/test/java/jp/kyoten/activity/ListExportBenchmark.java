package jp.kyoten.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.BenchmarkLog;
import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.matching.MatchingFixture;
import jp.kyoten.platform.export.ExportRequest;
import jp.kyoten.platform.export.ListExports;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.ListParams;

/**
 * A consultation list of {@code kyoten.bench.exportRows} (100,000) rows exported whole
 * through {@link ListExports}, as CSV and as xlsx, under the heap the run is given
 * ({@code -DargLine=-Xmx256m}): rows a second, bytes, and the heap while it runs, sampled
 * every 2 ms. Beside them, the same statement read with and without the cursor (fetch
 * size 500 against PostgreSQL's driver reading the whole result first), to show what the
 * cursor spares. The response body is counted and dropped, so that the test's own buffer
 * does not stand in for the network. Not part of the normal build: see
 * bench/list-export/README.md.
 */
@Tag("benchmark")
@KyotenSpringTest
class ListExportBenchmark {

	static final int ROWS = Integer.getInteger("kyoten.bench.exportRows", 100_000);

	@Autowired
	ListExports exports;

	@Autowired
	Consultations consultations;

	@Autowired
	TestCompanies companies;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	final BenchmarkLog bench = new BenchmarkLog("list-export", 0, 1);

	@Test
	void aHundredThousandRowListExportsWithFlatMemory() throws IOException {
		String tag = "書出" + MatchingFixture.unique();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			ids.add(companies.industry("E").employees(10 + i).create("Ｂ" + tag + i + "株式会社"));
		}
		long hub = companies.hubId();
		long started = System.nanoTime();
		HubScope.runAs(hub,
				() -> jdbc
					.sql("""
							INSERT INTO consultation (hub_id, company_id, consulted_on, channel, issues, summary, contact_name,
							                          staff_name, next_action)
							SELECT ?, (?::bigint[])[1 + n % 50], date '2025-04-01' + n % 365, (ARRAY['PHONE','VISIT_OUT','EMAIL'])[1 + n % 3],
							       ARRAY['RECRUITMENT', 'FINANCE'], ? || ' 採用と資金繰りの相談 その' || n || '。営業部長の採用を急ぎたい。',
							       '担当 太郎', '熊本 花子', '次回訪問で求人票を確認'
							  FROM generate_series(1, ?) n""")
					.params(hub, ids.toArray(Long[]::new), tag, ROWS)
					.update());
		jdbc.sql("ANALYZE consultation").update();
		bench.log("rows: %,d consultations of %d companies loaded in %d s; max heap %d MB", ROWS, ids.size(),
				(System.nanoTime() - started) / 1_000_000_000, Runtime.getRuntime().maxMemory() >> 20);

		UserDetails coordinator = logins.principal(DemoLogins.KUMAMOTO_COORDINATOR);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities()));
		LocaleContextHolder.setLocale(Locale.JAPAN);
		try {
			for (String file : List.of("csv", "xlsx", "csv", "xlsx")) {
				HubScope.runAs(hub, () -> export(file, tag));
			}
			for (int fetch : List.of(500, 0)) {
				HubScope.runAs(hub, () -> read(fetch, tag));
			}
		}
		finally {
			SecurityContextHolder.clearContext();
			LocaleContextHolder.resetLocaleContext();
		}
		bench.write();
	}

	/** The export as the controller runs it, the body counted and dropped. */
	private void export(String file, String tag) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/consultations/list." + file);
		request.setParameter("q", tag);
		Discarding response = new Discarding();
		Heap heap = Heap.watch();
		long started = System.nanoTime();
		long[] rows = { 0 };
		exports.send(ConsultationListExportController.COLUMNS, ExportRequest.of(file, null, null), request, response,
				each -> consultations.export(ConsultationFilter.none(), tag,
						new ListParams(null, null, null, null).request(Consultations.SORTING), view -> {
							rows[0]++;
							each.accept(view);
						}));
		double seconds = (System.nanoTime() - started) / 1e9;
		heap.stop();
		assertThat(rows[0]).isEqualTo(ROWS);
		bench.log("export %-4s: %,d rows in %.1f s = %,.0f rows/s, %,d bytes; heap used %s", file, rows[0], seconds,
				rows[0] / seconds, response.bytes.get(), heap);
	}

	/**
	 * The export's statement read and dropped, with a cursor of {@code fetch} rows or (0)
	 * the whole result at once.
	 */
	private void read(int fetch, String tag) {
		Heap heap = Heap.watch();
		long started = System.nanoTime();
		long[] rows = { 0 };
		try {
			tx.executeWithoutResult(s -> jdbc.sql("""
					SELECT c.*, co.name FROM consultation c JOIN company co ON co.id = c.company_id
					 WHERE c.summary ILIKE ? ORDER BY c.consulted_on DESC, c.id DESC""")
				.params("%" + tag + "%")
				.withFetchSize(fetch)
				.query((RowCallbackHandler) rs -> rows[0]++));
		}
		catch (OutOfMemoryError ex) {
			heap.stop();
			bench.log("read fetch %-3s: OutOfMemoryError after %,d rows", fetch == 0 ? "all" : fetch, rows[0]);
			return;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		heap.stop();
		bench.log("read fetch %-3s: %,d rows in %.1f s; heap used %s", fetch == 0 ? "all" : fetch, rows[0], seconds,
				heap);
	}

	/**
	 * The heap while a piece of work runs: the most used (live data and garbage not yet
	 * collected) seen by a sampler, and the old generation's peak (what survived
	 * collections: the data held), each against the start after a GC.
	 */
	static final class Heap {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicLong max = new AtomicLong();

		private final long start;

		private final Thread sampler;

		private final List<MemoryPoolMXBean> old = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
			.toList();

		private Heap() {
			System.gc();
			this.start = used();
			old.forEach(MemoryPoolMXBean::resetPeakUsage);
			this.sampler = Thread.ofPlatform().daemon().start(() -> {
				while (running.get()) {
					max.accumulateAndGet(used(), Math::max);
					try {
						Thread.sleep(2);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
		}

		static Heap watch() {
			return new Heap();
		}

		void stop() {
			running.set(false);
			try {
				sampler.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		private static long used() {
			return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		}

		@Override
		public String toString() {
			long oldPeak = old.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
			return String.format(Locale.ROOT, "at start %d MB, max %d MB (+%d MB), old generation peak %d MB",
					start >> 20, max.get() >> 20, (max.get() - start) >> 20, oldPeak >> 20);
		}

	}

	/** A response whose body is counted, not kept. */
	static final class Discarding extends MockHttpServletResponse {

		final AtomicLong bytes = new AtomicLong();

		private final ServletOutputStream out = new ServletOutputStream() {

			@Override
			public void write(int b) {
				bytes.incrementAndGet();
			}

			@Override
			public void write(byte[] b, int off, int len) {
				bytes.addAndGet(len);
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setWriteListener(WriteListener listener) {
			}

		};

		@Override
		public ServletOutputStream getOutputStream() {
			return out;
		}

	}

}
