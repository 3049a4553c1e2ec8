package jp.kyoten.national;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub's work only marks its month dirty; the cluster's one job recounts the dirty hubs
 * and clears their marks, and a second run while the first is at work (another node) does
 * nothing. Each test holds the job's advisory lock or a row lock so that the
 * application's own scheduler, which runs the same job in the test context, cannot race
 * it.
 */
@KyotenSpringTest
class NationalRecountTests {

	private static final AtomicInteger HUBS = new AtomicInteger();

	private static final java.util.Map<Long, Long> COMPANIES = new java.util.concurrent.ConcurrentHashMap<>();

	@Autowired
	RefreshNationalFigures refresh;

	@Autowired
	RecordConsultation consultations;

	@Autowired
	TestCompanies companies;

	@Autowired
	Hubs hubs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void recordingAConsultationMarksTheMonthDirtyAndRecountsNothingOnTheRequest() throws Exception {
		Hub hub = hub();
		try (AutoCloseable otherNode = holdJobLock()) {
			consult(hub, LocalDate.of(2026, 6, 3));
			assertThat(monthRows(hub)).as("nothing recounted by the hub's own work").isZero();
			assertThat(marks(hub)).as("June is marked").isEqualTo(1);
			assertThat(refresh.recountDirty()).as("another node holds the lock")
				.isEqualTo(RefreshNationalFigures.SKIPPED);
			assertThat(monthRows(hub)).isZero();
		}
	}

	@Test
	void theJobRecountsTheDirtyHubsAndClearsTheirMarks() throws Exception {
		Hub hub = hub();
		try (AutoCloseable otherNode = holdJobLock()) {
			consult(hub, LocalDate.of(2026, 6, 3));
			consult(hub, LocalDate.of(2026, 6, 4));
			consult(hub, LocalDate.of(2026, 7, 1));
		}
		assertThat(marks(hub)).as("June and July").isEqualTo(2);
		assertThat(refresh.recountDirty()).isGreaterThanOrEqualTo(1);
		assertThat(marks(hub)).as("cleared").isZero();
		assertThat(HubScope.callAs(hub.getId(),
				() -> jdbc.sql("SELECT consultations FROM national_hub_month WHERE hub_id = ? AND month = '2026-06-01'")
					.param(hub.getId())
					.query(Integer.class)
					.single()))
			.isEqualTo(2);
		// the funnel too: 相談 of June (seed 003's funnel, KPI 1's rule) and 集客, the
		// company first reached in June
		assertThat(HubScope.callAs(hub.getId(),
				() -> jdbc.sql("""
						SELECT key || '=' || value FROM national_hub_figure
						 WHERE hub_id = ? AND month = '2026-06-01' AND dimension = 'FUNNEL' ORDER BY key""")
					.param(hub.getId())
					.query(String.class)
					.list()))
			.containsExactly("CONSULTED=2", "REACHED=1");
	}

	@Test
	void aSecondRunWhileTheFirstIsRecountingDoesNothing() throws Exception {
		Hub hub = hub();
		try (AutoCloseable otherNode = holdJobLock()) {
			consult(hub, LocalDate.of(2026, 8, 5));
		}
		CompletableFuture<Integer> first;
		// the first run recounts the hub and then waits to clear its mark, which this
		// transaction holds
		try (HubScope.Entered in = HubScope.enter(hub.getId()); Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement ps = holder
				.prepareStatement("SELECT 1 FROM national_dirty WHERE hub_id = ? FOR UPDATE")) {
				ps.setLong(1, hub.getId());
				ps.executeQuery().close();
			}
			first = CompletableFuture.supplyAsync(() -> {
				int answer;
				// the application's scheduler may be the first run instead; then this one
				// comes after it
				while ((answer = refresh.recountDirty()) == RefreshNationalFigures.SKIPPED) {
					sleep(50);
				}
				return answer;
			});
			waitUntilARunWaitsOnTheMark();
			assertThat(refresh.recountDirty()).as("the second run").isEqualTo(RefreshNationalFigures.SKIPPED);
			holder.rollback();
		}
		assertThat(first.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(0);
		assertThat(marks(hub)).isZero();
		assertThat(HubScope.callAs(hub.getId(),
				() -> jdbc.sql("SELECT consultations FROM national_hub_month WHERE hub_id = ? AND month = '2026-08-01'")
					.param(hub.getId())
					.query(Integer.class)
					.single()))
			.isEqualTo(1);
	}

	// --- helpers

	/**
	 * Runs the recount job until the hub has no dirty month (the application's scheduler
	 * may hold the lock a moment); for the tests that read what the job wrote.
	 */
	static void recounted(RefreshNationalFigures refresh, JdbcClient jdbc, long hubId) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			int answer = refresh.recountDirty();
			long marks = HubScope.callAs(hubId,
					() -> jdbc.sql("SELECT count(*) FROM national_dirty WHERE hub_id = ?")
						.param(hubId)
						.query(Long.class)
						.single());
			if (answer != RefreshNationalFigures.SKIPPED && marks == 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("hub " + hubId + " not recounted");
	}

	/**
	 * The job's lock, taken as another node would (waiting while the application's
	 * scheduler runs the job).
	 */
	private AutoCloseable holdJobLock() throws Exception {
		Connection c = HubScope.callAs(null, () -> {
			try {
				return dataSource.getConnection();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		try (Statement st = c.createStatement()) {
			st.execute("SELECT pg_advisory_lock(" + RefreshNationalFigures.LOCK + ")");
		}
		// the pool keeps the session: unlock before handing the connection back
		return () -> {
			try (c; Statement st = c.createStatement()) {
				st.execute("SELECT pg_advisory_unlock(" + RefreshNationalFigures.LOCK + ")");
			}
		};
	}

	private void waitUntilARunWaitsOnTheMark() throws Exception {
		for (int i = 0; i < 600; i++) {
			Boolean waiting = HubScope.callAs(null, () -> jdbc.sql("""
					SELECT EXISTS (SELECT 1 FROM pg_stat_activity
					                WHERE wait_event_type = 'Lock' AND query LIKE 'DELETE FROM national_dirty%')""")
				.query(Boolean.class)
				.single());
			if (waiting) {
				return;
			}
			sleep(50);
		}
		throw new AssertionError("no run reached the mark");
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Hub hub() {
		String slug = "recount-" + Long.toString(System.nanoTime(), 36) + "-" + HUBS.incrementAndGet();
		return hubs.create(slug, "再計算テスト拠点 " + slug, HubKind.PRO_TALENT, "45");
	}

	/**
	 * A new consultation of the hub's one test company (so that 集客 counts it once, in its
	 * first month).
	 */
	private void consult(Hub hub, LocalDate day) {
		long company = COMPANIES.computeIfAbsent(hub.getId(),
				id -> companies.in(hub.getSlug()).industry("E").employees(30).create("再計算株式会社 " + hub.getSlug()));
		HubScope.runAs(hub.getId(), () -> consultations.record(NewConsultation.of(company, day, Channel.VISIT_IN,
				Referral.source(ReferralSource.SELF), Set.of(ManagementIssue.RECRUITMENT), "人材の相談", null)));
	}

	private int monthRows(Hub hub) {
		return HubScope.callAs(hub.getId(),
				() -> jdbc.sql("SELECT count(*) FROM national_hub_month WHERE hub_id = ?")
					.param(hub.getId())
					.query(Integer.class)
					.single());
	}

	private int marks(Hub hub) {
		return HubScope.callAs(hub.getId(),
				() -> jdbc.sql("SELECT count(*) FROM national_dirty WHERE hub_id = ?")
					.param(hub.getId())
					.query(Integer.class)
					.single());
	}

}
