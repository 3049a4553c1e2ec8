package jp.kyoten.finance;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.BenchmarkHubs;
import jp.kyoten.BenchmarkLog;
import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger at national scale: 10 fiscal years × 47 hubs × 3,000 entries (1.41 million),
 * generated in SQL; one hub-year's entries each carry a 40 KB evidence file of random
 * bytes. Times the budget-against-actual page (the whole stack through MockMvc) beside
 * its SQL run directly, and streams that hub-year's 確定検査 zip (about 120 MB) to a counting
 * sink while sampling the heap. Not part of the normal build: see
 * bench/finance/README.md.
 */
@Tag("benchmark")
@KyotenSpringTest
class FinanceBenchmark {

	static final int YEARS = 10;

	static final int ENTRIES = 3_000;

	static final int FIRST_YEAR = 2016;

	static final int EVIDENCE_BYTES = 40_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	InspectionPackage inspection;

	@Test
	void budgetAgainstActualAndTheInspectionZipAtNationalScale() throws Exception {
		BenchmarkLog log = new BenchmarkLog("finance", 20, 200);
		List<Long> hubIds = BenchmarkHubs.national(hubs, jdbc);
		long start = System.nanoTime();
		long generated = 0;
		for (long hub : hubIds) {
			generated += HubScope.callAs(hub, () -> tx.execute(s -> generate(hub)));
		}
		long measured = hubIds.get(hubIds.size() - 1);
		int year = FIRST_YEAR + YEARS - 1;
		long files = HubScope.callAs(measured, () -> tx.execute(s -> evidence(year)));
		long total = hubIds.stream()
			.mapToLong(hub -> HubScope.callAs(hub,
					() -> jdbc.sql("SELECT count(*) FROM finance_entry").query(Long.class).single()))
			.sum();
		log.log("generated %d entries and %d evidence files in %.1f s; %d entries in the %d hubs", generated, files,
				(System.nanoTime() - start) / 1e9, total, hubIds.size());

		String manager = "finance-bench-" + measured + "@test.example";
		accounts.createIfAbsent(measured, manager, "ベンチ 管理者", Role.HUB_MANAGER, DemoLogins.PASSWORD);
		var user = logins.as(manager);
		log.measure("GET /finance/budget?fiscalYear=" + year + " (page, 3,000 entries of 1.41 M)", "bytes",
				() -> mvc.perform(get("/finance/budget").param("fiscalYear", String.valueOf(year)).with(user))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray().length);
		log.measure("the page's grouped SQL run directly (BudgetAgainstActual.ACTUAL_SQL)", "rows", () -> HubScope
			.callAs(measured,
					() -> jdbc.sql(BudgetAgainstActual.ACTUAL_SQL).params(measured, year).query().listOfRows().size()));
		String plan = HubScope.callAs(measured,
				() -> String.join("\n",
						jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + BudgetAgainstActual.ACTUAL_SQL)
							.params(measured, year)
							.query(String.class)
							.list()));
		log.log("plan:\n%s", plan);

		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long baseline = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(baseline);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (running.get()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		AtomicLong written = new AtomicLong();
		long t = System.nanoTime();
		HubScope.runAs(measured, () -> {
			try {
				inspection.write(year, new OutputStream() {
					@Override
					public void write(int b) {
						written.incrementAndGet();
					}

					@Override
					public void write(byte[] b, int off, int len) {
						written.addAndGet(len);
					}
				}, Locale.JAPAN);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		running.set(false);
		sampler.join();
		double seconds = (System.nanoTime() - t) / 1e9;
		long growth = peak.get() - baseline;
		log.log("確定検査 zip of one hub-year: %d entries, %d files, %.1f MB written in %.1f s; heap %.0f MB before, "
				+ "peak %.0f MB during (growth %.0f MB, max heap %.0f MB)", ENTRIES, files, written.get() / 1e6,
				seconds, baseline / 1e6, peak.get() / 1e6, growth / 1e6, memory.getHeapMemoryUsage().getMax() / 1e6);
		log.write();
		// random bytes, as a scanned receipt is: the zip cannot be much smaller than the
		// files
		assertThat(written.get()).isGreaterThan((long) files * EVIDENCE_BYTES * 9 / 10);
	}

	/**
	 * 3,000 entries a year for ten years in the hub in scope, unless they are there
	 * already; answers how many.
	 */
	private long generate(long hub) {
		long existing = jdbc.sql("SELECT count(*) FROM finance_entry WHERE fiscal_year BETWEEN ? AND ?")
			.params(FIRST_YEAR, FIRST_YEAR + YEARS - 1)
			.query(Long.class)
			.single();
		if (existing >= (long) YEARS * ENTRIES) {
			return 0;
		}
		// dates spread over the fiscal year, categories in proportion to a Pro hub's
		// books
		return jdbc.sql("""
				INSERT INTO finance_entry (hub_id, fiscal_year, entry_date, category, payee, purpose, amount, tax)
				SELECT ?, y, d, (ARRAY['PERSONNEL','PERSONNEL','TRAVEL','TRAVEL','VENUE','HONORARIUM','RENTAL',
				                       'SUPPLIES','PRINTING','ASSISTANT_STAFF','MISCELLANEOUS','SUBCONTRACT',
				                       'OVERHEAD'])[1 + (i % 13)],
				       '支払先' || (i % 97), 'ベンチマーク支出 ' || i, a, a / 11
				  FROM generate_series(?, ?) AS y,
				       generate_series(1, ?) AS i,
				       LATERAL (SELECT make_date(y, 4, 1) + (i * 7919 % 365) AS d,
				                       1000 + (i * 104729 % 300000) AS a) x""")
			.params(hub, FIRST_YEAR, FIRST_YEAR + YEARS - 1, ENTRIES)
			.update();
	}

	/**
	 * One evidence file of {@link #EVIDENCE_BYTES} for each entry of the hub-year that
	 * has none; answers the files.
	 */
	private long evidence(int year) {
		jdbc.sql("""
				INSERT INTO finance_evidence (hub_id, entry_id, kind, filename, content_type, size_bytes, data)
				SELECT e.hub_id, e.id, 'RECEIPT', 'receipt-' || e.id || '.pdf', 'application/pdf', ?,
				       '\\x255044462d'::bytea || (SELECT decode(string_agg(md5(random()::text || g), ''), 'hex')
				                                       FROM generate_series(1, ? / 16) AS g)
				  FROM finance_entry e
				 WHERE e.fiscal_year = ? AND NOT EXISTS (SELECT 1 FROM finance_evidence v WHERE v.entry_id = e.id)""")
			.params(EVIDENCE_BYTES + 5, EVIDENCE_BYTES, year)
			.update();
		return jdbc
			.sql("SELECT count(*) FROM finance_evidence v JOIN finance_entry e ON e.id = v.entry_id "
					+ "WHERE e.fiscal_year = ?")
			.param(year)
			.query(Long.class)
			.single();
	}

}
