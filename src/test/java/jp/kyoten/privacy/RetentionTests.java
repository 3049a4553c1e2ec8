package jp.kyoten.privacy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention: periods counted from the next fiscal year; the preview is what the run
 * erases; one run a hub and day.
 */
@KyotenSpringTest
class RetentionTests {

	@Autowired
	EraseExpiredRecords retention;

	@Autowired
	ApplicationContext ctx;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	// a day before this suite runs: the scheduled run of the real day must not take these
	// hubs first
	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	@Test
	void aPeriodCountsFromTheFiscalYearAfterTheRecords() {
		assertThat(EraseExpiredRecords.cutoffOf(LocalDate.of(2026, 12, 7), 5)).isEqualTo("2021-04-01");
		assertThat(EraseExpiredRecords.cutoffOf(LocalDate.of(2027, 3, 31), 5)).isEqualTo("2021-04-01");
		assertThat(EraseExpiredRecords.cutoffOf(LocalDate.of(2027, 4, 1), 1)).isEqualTo("2026-04-01");
	}

	long inquiry(PrivacyFixture fx, long hub, LocalDate received, String name) {
		return HubScope.callAs(hub,
				() -> fx.jdbc.sql("""
						INSERT INTO job_seeker_inquiry (hub_id, received_on, channel, name, email, phone, summary)
						VALUES (?, ?, 'PHONE', ?, 'x@example.jp', '090-0000-0000', '相談') RETURNING id""")
					.params(hub, Date.valueOf(received), name)
					.query(Long.class)
					.single());
	}

	@Test
	void thePreviewListsExactlyWhatTheRunErases() throws Exception {
		PrivacyFixture fx = PrivacyFixture.of(ctx);
		PrivacyFixture.TestHub hub = fx.withRecords(fx.hub());
		long old1 = inquiry(fx, hub.id(), LocalDate.of(2024, 6, 1), "古い 一");
		long old2 = inquiry(fx, hub.id(), LocalDate.of(2025, 3, 31), "古い 二");
		long kept = inquiry(fx, hub.id(), LocalDate.of(2025, 4, 1), "新しい");
		HubScope.runAs(hub.id(), () -> retention.setPeriod(RetentionKind.CONSULTATION, 1));

		Map<RetentionKind, List<Long>> preview = HubScope.callAs(hub.id(), () -> retention.preview(TODAY));
		assertThat(preview.get(RetentionKind.JOB_SEEKER_INQUIRY)).containsExactly(old1, old2);
		assertThat(preview.get(RetentionKind.CONSULTATION)).isEmpty();
		assertThat(preview).doesNotContainKey(RetentionKind.PLACEMENT);
		mvc.perform(get("/privacy/retention").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("求職者からの問い合わせ")));

		Map<RetentionKind, List<Long>> erased = HubScope.callAs(hub.id(), () -> retention.run(TODAY)).orElseThrow();
		assertThat(erased).isEqualTo(preview);
		HubScope.runAs(hub.id(), () -> {
			assertThat(fx.jdbc.sql("SELECT name, email, phone, summary FROM job_seeker_inquiry WHERE id = ?")
				.param(old1)
				.query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)),
						String.valueOf(rs.getString(3)), String.valueOf(rs.getString(4))))
				.single()).containsExactly("（消去済み）", "null", "null", "null");
			assertThat(fx.jdbc.sql("SELECT name FROM job_seeker_inquiry WHERE id = ?")
				.param(kept)
				.query(String.class)
				.single()).isEqualTo("新しい");
			assertThat(retention.preview(TODAY).get(RetentionKind.JOB_SEEKER_INQUIRY)).isEmpty();
			assertThat(fx.jdbc.sql("SELECT count(*) FROM audit_log WHERE hub_id = ? AND entity_type = 'retention_run'")
				.param(hub.id())
				.query(Integer.class)
				.single()).isEqualTo(1);
		});
		assertThat(HubScope.callAs(hub.id(), () -> retention.run(TODAY))).as("the day has run").isEmpty();
	}

	@Test
	void twoNodesRunningTheDayAtOnceEraseItOnce() throws Exception {
		PrivacyFixture fx = PrivacyFixture.of(ctx);
		PrivacyFixture.TestHub hub = fx.hub();
		inquiry(fx, hub.id(), LocalDate.of(2023, 6, 1), "古い");
		CyclicBarrier barrier = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Optional<Map<RetentionKind, List<Long>>>>> runs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			runs.add(pool.submit(() -> {
				barrier.await();
				return HubScope.callAs(hub.id(), () -> retention.run(TODAY));
			}));
		}
		List<Optional<Map<RetentionKind, List<Long>>>> results = new ArrayList<>();
		for (Future<Optional<Map<RetentionKind, List<Long>>>> f : runs) {
			results.add(f.get());
		}
		pool.shutdown();
		assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
		assertThat(results.stream()
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow()
			.get(RetentionKind.JOB_SEEKER_INQUIRY)).hasSize(1);
	}

	@Test
	void theManagerChangesAPeriodAndRunsTodaysErasureFromThePage() throws Exception {
		PrivacyFixture fx = PrivacyFixture.of(ctx);
		PrivacyFixture.TestHub hub = fx.hub();
		mvc.perform(post("/privacy/retention/EVENT_REGISTRATION").param("years", "2")
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/privacy/retention/EVENT_REGISTRATION").param("years", "99")
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(HubScope.callAs(hub.id(), retention::periods).get(RetentionKind.EVENT_REGISTRATION)).isEqualTo(2);
		mvc.perform(post("/privacy/retention/run").with(logins.as(hub.manager())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/privacy/retention").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("完了")));
	}

}
