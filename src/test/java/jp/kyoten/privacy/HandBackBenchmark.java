package jp.kyoten.privacy;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.BenchmarkLog;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * bench/hand-back: the hand-back of one hub with {@code kyoten.bench.rows} companies and
 * as many consultations (default 1,000,000 each), generated in SQL, beside
 * {@code COPY … TO STDOUT} of the same two tables; the used heap sampled every 20 ms
 * while the hand-back runs.
 */
@Tag("benchmark")
@KyotenSpringTest
class HandBackBenchmark {

	@Autowired
	Hubs hubs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	HandBacks jobs;

	@Autowired
	HandBackRunner runner;

	@Test
	void handBackOfAHubWithAMillionCompaniesAndConsultations() throws Exception {
		int rows = Integer.getInteger("kyoten.bench.rows", 1_000_000);
		BenchmarkLog log = new BenchmarkLog("hand-back", 0, 1);
		String slug = "bench-hand-back-" + rows;
		long hub = hubs.bySlug(slug)
			.map(h -> h.getId())
			.orElseGet(() -> hubs.create(slug, "返還ベンチマーク拠点 " + rows, HubKind.PRO_TALENT, "01").getId());
		long t0 = System.nanoTime();
		HubScope.runAs(hub, () -> {
			if (jdbc.sql("SELECT count(*) FROM company WHERE hub_id = ?").param(hub).query(Long.class).single() == 0) {
				jdbc.sql(
						"""
								INSERT INTO company (hub_id, name, name_kana, name_key, search_text, search_grams, prefecture_code,
								                     municipality_code, industry, employees, representative, phone)
								SELECT ?, '株式会社ベンチ' || g, 'ベンチ' || g, 'ベンチ' || g, '株式会社ベンチ' || g, '{}', '01', '01100',
								       chr(65 + g % 20), g % 300, '代表 ' || g, '011-000-' || lpad((g % 10000)::text, 4, '0')
								  FROM generate_series(1, ?) g""")
					.params(hub, rows)
					.update();
				jdbc.sql(
						"""
								INSERT INTO consultation (hub_id, company_id, consulted_on, channel, issues, summary, contact_name,
								                          staff_name)
								SELECT hub_id, id, date '2026-04-01' + (id % 250)::int, 'VISIT_OUT', '{RECRUITMENT,DX}',
								       '人材確保と DX の相談。' || name || ' の経営者と、来期の採用計画について話した。', '担当 ' || id,
								       'コーディネーター'
								  FROM company WHERE hub_id = ?""")
					.param(hub)
					.update();
				jdbc.sql("ANALYZE company").update();
				jdbc.sql("ANALYZE consultation").update();
			}
		});
		log.log("generated %,d companies and %,d consultations in %.1f s", rows, rows, (System.nanoTime() - t0) / 1e9);

		AtomicLong copied = new AtomicLong();
		long c0 = System.nanoTime();
		HubScope.runAs(hub, () -> {
			try (Connection c = dataSource.getConnection()) {
				OutputStream sink = new OutputStream() {
					@Override
					public void write(int b) {
						copied.incrementAndGet();
					}

					@Override
					public void write(byte[] b, int off, int len) {
						copied.addAndGet(len);
					}
				};
				for (String table : new String[] { "company", "consultation" }) {
					c.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyOut("COPY (SELECT * FROM " + table + " WHERE hub_id = " + hub
								+ ") TO STDOUT (FORMAT csv, HEADER)", sink);
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		log.log("COPY company + consultation TO STDOUT (csv, to a counting sink): %.1f s, %,d MB",
				(System.nanoTime() - c0) / 1e9, copied.get() >> 20);

		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(before);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
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
		sampler.start();
		long h0 = System.nanoTime();
		long id = jobs.queue(hub, hubs.nameOf(hub), "bench@kyoten.demo");
		if (!runner.run(id)) {
			throw new IllegalStateException(jobs.get(id).error());
		}
		double seconds = (System.nanoTime() - h0) / 1e9;
		running.set(false);
		sampler.join();
		HandBack job = jobs.get(id);
		long csvBytes = jobs.entries(id)
			.stream()
			.filter(e -> e.name().endsWith(".csv"))
			.mapToLong(e -> e.bytes())
			.sum();
		long jsonBytes = jobs.entries(id)
			.stream()
			.filter(e -> e.name().endsWith(".ndjson"))
			.mapToLong(e -> e.bytes())
			.sum();
		log.log("hand-back of the hub (%d tables, CSV + JSON + dictionary + manifest, one zip): %.1f s",
				job.tablesTotal(), seconds);
		log.log("  zip %,d MB (CSV %,d MB + JSON %,d MB before deflate); used heap before %,d MB, sampled peak %,d MB, max %,d MB",
				job.zipBytes() >> 20, csvBytes >> 20, jsonBytes >> 20, before >> 20, peak.get() >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
		Files.deleteIfExists(runner.zipOf(job));
		log.write();
	}

}
