package jp.kyoten.schedule;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.BenchmarkHubs;
import jp.kyoten.BenchmarkLog;
import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import jp.kyoten.platform.time.HubTime;

/**
 * Loads 47 hubs × 10 users × 10 years × 30 appointments a week (≈ 7.4 million
 * appointments) and times the week view and "my work" for one coordinator. Not part of
 * the normal build: see bench/schedule/README.md.
 */
@Tag("benchmark")
@KyotenSpringTest
class ScheduleBenchmark {

	static final int USERS_PER_HUB = 10;

	static final LocalDate FIRST_MONDAY = LocalDate.of(2021, 1, 4);

	static final int WEEKS = 522;

	static final int PER_WEEK = 30;

	static final int WARM_UP = 30;

	static final int RUNS = 300;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Autowired
	Appointments appointments;

	@Autowired
	Environment env;

	final BenchmarkLog report = new BenchmarkLog("schedule", WARM_UP, RUNS);

	@Test
	void weekViewAndMyWorkStayFastWithTenYearsOfFortySevenHubs() throws Exception {
		long started = System.nanoTime();
		List<Long> hubIds = BenchmarkHubs.national(hubs, jdbc);
		long rows = 0;
		long consultations = 0;
		for (long hubId : hubIds) {
			List<Long> users = users(hubId);
			rows += HubScope.callAs(hubId, () -> load(hubId, users));
			consultations += HubScope.callAs(hubId, () -> loadConsultations(hubId, users));
		}
		analyze();
		report.log("loaded %,d appointments in %d hubs in %d s", rows, hubIds.size(),
				(System.nanoTime() - started) / 1_000_000_000);
		report.log("appointment table: %s, indexes: %s", size("pg_table_size('appointment')"),
				size("pg_indexes_size('appointment')"));
		report.log("loaded %,d consultations (one in 33 with an open follow-up), table %s, indexes %s", consultations,
				size("pg_table_size('consultation')"), size("pg_indexes_size('consultation')"));

		long kumamoto = jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
		long coordinator = jdbc.sql("SELECT id FROM user_account WHERE email = ?")
			.param(DemoLogins.KUMAMOTO_COORDINATOR)
			.query(Long.class)
			.single();
		Random random = new Random(42);
		HubScope.runAs(kumamoto, () -> {
			report.measure("week view, one person (Appointments.ofPerson)", "rows", () -> {
				Instant from = randomWeek(random);
				return appointments.ofPerson(coordinator, from, from.plus(7, ChronoUnit.DAYS)).size();
			});
			report.measure("week view, whole hub (Appointments.ofHub)", "rows", () -> {
				Instant from = randomWeek(random);
				return appointments.ofHub(from, from.plus(7, ChronoUnit.DAYS)).size();
			});
			report.measure("month view, one person (Appointments.ofPerson, 6 weeks)", "rows", () -> {
				Instant from = randomWeek(random);
				return appointments.ofPerson(coordinator, from, from.plus(42, ChronoUnit.DAYS)).size();
			});
			report.log("plan of the week query:%n%s",
					String.join("\n", jdbc
						.sql("EXPLAIN (ANALYZE, BUFFERS) " + Appointments.COLUMNS
								+ " WHERE (owner_id = ? OR (whole_hub AND hub_id = ?)) AND" + Appointments.OVERLAPS
								+ Appointments.ORDER)
						.params(coordinator, kumamoto, java.sql.Timestamp.from(instant(LocalDate.of(2026, 6, 8))),
								java.sql.Timestamp.from(instant(LocalDate.of(2026, 6, 1))),
								java.sql.Timestamp.from(instant(LocalDate.of(2026, 5, 1))))
						.query(String.class)
						.list()));
		});
		var coordinatorLogin = logins.as(DemoLogins.KUMAMOTO_COORDINATOR);
		report.measure("GET /schedule/events, week, one person (HTTP, JSON)", "chars", () -> {
			LocalDate monday = FIRST_MONDAY.plusWeeks(random.nextInt(WEEKS));
			return mvc
				.perform(get("/schedule/events").param("start", monday + "T00:00:00")
					.param("end", monday.plusDays(7) + "T00:00:00")
					.param("owner", "me")
					.with(coordinatorLogin))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()
				.length();
		});
		report.measure("GET /schedule/events, week, whole hub (HTTP, JSON)", "chars", () -> {
			LocalDate monday = FIRST_MONDAY.plusWeeks(random.nextInt(WEEKS));
			return mvc
				.perform(get("/schedule/events").param("start", monday + "T00:00:00")
					.param("end", monday.plusDays(7) + "T00:00:00")
					.param("owner", "hub")
					.with(coordinatorLogin))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()
				.length();
		});
		report.measure("GET /my-work (HTTP, whole page)", "chars",
				() -> mvc.perform(get("/my-work").with(coordinatorLogin))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString()
					.length());
		report.write();
		assertThat(rows).isGreaterThan(7_000_000);
	}

	/**
	 * Ten coordinators per hub: the hub's existing staff first (the demo coordinator in
	 * Kumamoto), then made up.
	 */
	private List<Long> users(long hubId) {
		List<Long> users = new ArrayList<>(jdbc
			.sql("""
					SELECT id FROM user_account WHERE hub_id = ? AND role IN ('HUB_MANAGER','SUB_MANAGER','COORDINATOR','CLERK')
					 ORDER BY id LIMIT ?""")
			.params(hubId, USERS_PER_HUB)
			.query(Long.class)
			.list());
		for (int i = users.size(); i < USERS_PER_HUB; i++) {
			users.add(jdbc.sql("""
					INSERT INTO user_account (hub_id, email, display_name, password_hash, role)
					VALUES (?, ?, ?, '{noop}x', 'COORDINATOR') RETURNING id""")
				.params(hubId, "bench-" + hubId + "-" + i + "@bench.invalid", "ベンチ " + i)
				.query(Long.class)
				.single());
		}
		return users;
	}

	/**
	 * Six one-hour appointments a day, Monday to Friday, for ten years, and a weekly
	 * whole-hub meeting.
	 */
	private long load(long hubId, List<Long> users) {
		int personal = jdbc
			.sql("""
					INSERT INTO appointment (hub_id, uid, title, kind, starts_at, ends_at, owner_id, whole_hub, location,
					                         created_at, updated_at)
					SELECT ?, gen_random_uuid(), 'ベンチ訪問 ' || w || '-' || s, 'COMPANY_VISIT', t, t + interval '1 hour',
					       u, false, '熊本市', now(), now()
					  FROM unnest(?::bigint[]) AS u
					 CROSS JOIN generate_series(0, ? - 1) AS w
					 CROSS JOIN generate_series(0, ? - 1) AS s
					 CROSS JOIN LATERAL (SELECT timestamptz '2021-01-04 09:00+09' + w * interval '1 week'
					                           + (s / 6) * interval '1 day'
					                           + (s % 6 + CASE WHEN s % 6 >= 3 THEN 1 ELSE 0 END) * interval '1 hour') AS x(t)""")
			.params(hubId, users.toArray(Long[]::new), WEEKS, PER_WEEK)
			.update();
		int wholeHub = jdbc
			.sql("""
					INSERT INTO appointment (hub_id, uid, title, kind, starts_at, ends_at, owner_id, whole_hub, created_at,
					                         updated_at)
					SELECT ?, gen_random_uuid(), '週次定例', 'MEETING', t, t + interval '45 minutes', NULL, true, now(), now()
					  FROM generate_series(timestamptz '2021-01-04 08:15+09', timestamptz '2030-12-31', interval '1 week') AS t""")
			.param(hubId)
			.update();
		return personal + wholeHub;
	}

	/**
	 * Ten fiscal years of consultations (about 10,700 a year, a national hub's pace) over
	 * 2,000 companies, spread over the ten coordinators; one in 33 still waits for its
	 * follow-up, so "my work" has years of open follow-ups to skip.
	 */
	private long loadConsultations(long hubId, List<Long> users) {
		List<Long> companies = jdbc.sql("""
				INSERT INTO company (hub_id, name, name_key, search_text, search_grams)
				SELECT ?, 'ベンチ企業' || g, 'bench' || g, 'bench' || g, '{}' FROM generate_series(1, 2000) AS g
				RETURNING id""").param(hubId).query(Long.class).list();
		return jdbc.sql("""
				INSERT INTO consultation (hub_id, company_id, consulted_on, channel, issues, summary, staff_user_id,
				                          staff_name, follow_up_on)
				SELECT ?, c[1 + g % array_length(c, 1)], date '2017-04-01' + (g % 3650), 'PHONE', '{RECRUITMENT}',
				       'ベンチ相談', u[1 + g % array_length(u, 1)], 'ベンチ',
				       CASE WHEN g % 33 = 0 THEN date '2017-04-01' + (g % 3650) + 14 END
				  FROM generate_series(1, 107000) AS g, (SELECT ?::bigint[] AS c, ?::bigint[] AS u) AS x""")
			.params(hubId, companies.toArray(Long[]::new), users.toArray(Long[]::new))
			.update();
	}

	/**
	 * Fresh statistics, as autovacuum would give them a while after a bulk load; needs
	 * the schema owner.
	 */
	private void analyze() throws Exception {
		try (Connection c = DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
				Statement s = c.createStatement()) {
			s.execute("VACUUM ANALYZE appointment");
			s.execute("VACUUM ANALYZE consultation");
			s.execute("VACUUM ANALYZE company");
		}
	}

	private String size(String expression) {
		return jdbc.sql("SELECT pg_size_pretty(" + expression + ")").query(String.class).single();
	}

	private static Instant randomWeek(Random random) {
		return instant(FIRST_MONDAY.plusWeeks(random.nextInt(WEEKS)));
	}

	private static Instant instant(LocalDate day) {
		return day.atStartOfDay(HubTime.ZONE).toInstant();
	}

}
