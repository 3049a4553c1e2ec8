package jp.kyoten.reporting;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.kyoten.BenchmarkHubs;
import jp.kyoten.BenchmarkLog;
import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.obligations.Obligations;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monthly report, the METI 実績報告 and the obligations panel of one hub at national
 * scale: 48 hubs (47 Pro hubs and one METI programme), each with ten fiscal years of
 * events (8 a month), 30 registrations an event, 70 % checked in, 40 % answering the
 * questionnaire, offers at the matching events, 10,000 consultations and 2,000 visits,
 * loaded in SQL. See bench/contract-reports/README.md. Tagged {@code benchmark}: not part
 * of {@code ./mvnw verify}.
 */
@Tag("benchmark")
@KyotenSpringTest
class ContractReportsBenchmark {

	static final int COMPANIES = 2_000;

	static final int EVENTS = 960;

	static final int SEATS = 30;

	static final int CONSULTATIONS = 10_000;

	static final int VISITS = 2_000;

	static final int DAYS = 3_652;

	static final int WARM_UP = 10;

	static final int RUNS = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Autowired
	MonthlyReports reports;

	@Autowired
	MetiReports meti;

	@Autowired
	IndicatorSets indicators;

	@Autowired
	Obligations obligations;

	@Autowired
	Environment env;

	final BenchmarkLog report = new BenchmarkLog("contract-reports", WARM_UP, RUNS);

	@Test
	void monthlyReportMetiReportAndObligationsOfOneHubAtNationalScale() throws Exception {
		long started = System.nanoTime();
		List<Long> hubIds = new ArrayList<>(BenchmarkHubs.national(hubs, jdbc));
		long programme = hubs.bySlug("bench-meti")
			.orElseGet(() -> hubs.create("bench-meti", "ベンチマーク 人材確保支援事業", HubKind.TALENT_PROGRAMME, "40"))
			.getId();
		hubIds.add(programme);
		accounts.createIfAbsent(programme, "manager@bench-meti.test", "ベンチ マネージャー", Role.HUB_MANAGER,
				DemoLogins.PASSWORD);
		try (Connection owner = DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"))) {
			load(owner, hubIds);
		}
		report.log("loaded %d hubs in %d s", hubIds.size(), (System.nanoTime() - started) / 1_000_000_000);
		for (String table : List.of("event", "event_registration", "event_attendance", "event_survey_response",
				"event_offer", "consultation", "company_visit")) {
			report.log("%-24s %,12d rows  table %8s  indexes %8s", table,
					jdbc.sql("SELECT reltuples::bigint FROM pg_class WHERE relname = ?")
						.param(table)
						.query(Long.class)
						.single(),
					size("pg_table_size('" + table + "')"), size("pg_indexes_size('" + table + "')"));
		}
		long kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		Random random = new Random(42);
		HubScope.runAs(programme, () -> {
			report.measure("MetiReports.compute, a random month of FY2026 (METI hub)", "events",
					() -> meti.compute(YearMonth.of(2026, 4 + random.nextInt(8)), 1, "", null, null).events().size());
			report.measure("IndicatorSets.of, FY2026 (METI hub: the year's events)", "indicators",
					() -> indicators.of(programme, new FiscalYear(2026), LocalDate.of(2026, 12, 6))
						.indicators()
						.size());
			report.measure("Obligations.of, FY2026 (METI hub: the panel)", "obligations",
					() -> obligations.of(2026, LocalDate.of(2026, 12, 6)).size());
			explainAll(YearMonth.of(2026, 10));
		});
		HubScope.runAs(kumamoto, () -> {
			report.measure("MonthlyReports.compute, a random month of FY2026 (Kumamoto, with events)", "events",
					() -> reports.compute(YearMonth.of(2026, 4 + random.nextInt(8)), 1, "", "", null, null)
						.events()
						.size());
			report.measure("Obligations.of, FY2026 (Kumamoto: the panel)", "obligations",
					() -> obligations.of(2026, LocalDate.of(2026, 12, 6)).size());
		});
		RequestPostProcessor metiManager = logins.as("manager@bench-meti.test");
		RequestPostProcessor manager = logins.as(DemoLogins.KUMAMOTO_MANAGER);
		http("GET / (home page, no report query: the machine's yardstick)", "/", manager);
		for (String path : List.of("/reports/meti/2026-10", "/api/v1/reports/meti/2026-10",
				"/reports/meti/2026-10/export.xlsx", "/reports/meti/2026-10/export.pdf", "/obligations/panel",
				"/api/v1/obligations", "/api/v1/kpis?fiscalYear=2026", "/dashboard")) {
			http("GET " + path + " (METI hub)", path, metiManager);
		}
		for (String path : List.of("/reports/monthly/2026-10", "/api/v1/reports/monthly/2026-10",
				"/reports/monthly/2026-10/export.xlsx", "/reports/monthly/2026-10/export.pdf", "/obligations/panel",
				"/api/v1/obligations")) {
			http("GET " + path + " (Kumamoto)", path, manager);
		}
		report.write();
		assertThat(jdbc.sql("SELECT reltuples::bigint FROM pg_class WHERE relname = 'event_registration'")
			.query(Long.class)
			.single()).isGreaterThan(1_000_000);
	}

	private void http(String label, String path, RequestPostProcessor user) {
		report.measure(label, "bytes",
				() -> mvc.perform(get(path).with(user))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray().length);
	}

	/**
	 * The report's queries run directly in PostgreSQL, as the application role in the
	 * hub's scope.
	 */
	private void explainAll(YearMonth month) {
		try {
			Class<?> reports = Class.forName("jp.kyoten.events.EventReports");
			// the month's figures as EventReports.ofMonth asks for them: with the 新規企業
			// column
			String perEvent = constant(reports, "PER_EVENT").formatted("e.starts_at >= ? AND e.starts_at < ?",
					constant(reports, "NEW_COMPANIES"));
			Timestamp from = Timestamp
				.from(month.atDay(1).atStartOfDay(jp.kyoten.platform.time.HubTime.ZONE).toInstant());
			Timestamp to = Timestamp
				.from(month.plusMonths(1).atDay(1).atStartOfDay(jp.kyoten.platform.time.HubTime.ZONE).toInstant());
			explain("per-event figures of a month (EventReports)", perEvent, from, to);
			explain("distinct participant companies of a month (EventCounts.totals)", """
					SELECT count(DISTINCT r.company_id) FROM event e JOIN event_registration r ON r.event_id = e.id
					 WHERE e.starts_at >= ? AND e.starts_at < ? AND r.participant_type = 'COMPANY'
					   AND EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id)""", from, to);
			Timestamp yearFrom = Timestamp
				.from(LocalDate.of(2026, 4, 1).atStartOfDay(jp.kyoten.platform.time.HubTime.ZONE).toInstant());
			Timestamp yearTo = Timestamp
				.from(LocalDate.of(2027, 4, 1).atStartOfDay(jp.kyoten.platform.time.HubTime.ZONE).toInstant());
			explain("events by kind of the year (EventCounts.byKind, the obligations)", """
					SELECT kind, count(*) FILTER (WHERE state IN ('HELD', 'REPORTED')),
					       count(*) FILTER (WHERE state NOT IN ('HELD', 'REPORTED'))
					  FROM event WHERE starts_at >= ? AND starts_at < ? GROUP BY kind""", yearFrom, yearTo);
			explain("visits and needs learned of a month (ActivityCounts.outreach)", """
					SELECT (SELECT count(DISTINCT company_id) FROM company_visit
					         WHERE hub_id = ? AND visited_on >= ? AND visited_on < ?),
					       (SELECT count(DISTINCT company_id) FROM consultation
					         WHERE hub_id = ? AND consulted_on >= ? AND consulted_on < ?
					           AND issues && ARRAY['RECRUITMENT', 'ORGANISATION']::text[])""", HubScope.require(),
					java.sql.Date.valueOf(month.atDay(1)), java.sql.Date.valueOf(month.plusMonths(1).atDay(1)),
					HubScope.require(), java.sql.Date.valueOf(month.atDay(1)),
					java.sql.Date.valueOf(month.plusMonths(1).atDay(1)));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String constant(Class<?> type, String name) throws ReflectiveOperationException {
		Field field = type.getDeclaredField(name);
		field.setAccessible(true);
		return (String) field.get(null);
	}

	private void explain(String name, String sql, Object... params) {
		List<String> plan = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).params(params).query(String.class).list();
		report.log("EXPLAIN ANALYZE %s: %s", name, plan.get(plan.size() - 1).strip());
		for (String line : plan) {
			report.log("    %s", line);
		}
	}

	private String size(String expression) {
		return jdbc.sql("SELECT pg_size_pretty(" + expression + ")").query(String.class).single();
	}

	private void load(Connection owner, List<Long> hubIds) throws Exception {
		try (Statement s = owner.createStatement()) {
			s.execute("SET session_replication_role = replica");
			s.execute("SET maintenance_work_mem = '256MB'");
			s.execute("CREATE TEMP TABLE bench_hub (i int PRIMARY KEY, hub_id bigint, pref char(2))");
		}
		try (PreparedStatement ps = owner
			.prepareStatement("INSERT INTO bench_hub SELECT ?, id, prefecture_code FROM hub WHERE id = ?")) {
			for (int i = 0; i < hubIds.size(); i++) {
				ps.setInt(1, i);
				ps.setLong(2, hubIds.get(i));
				ps.executeUpdate();
			}
		}
		String kinds = "ARRAY['COUNCIL','SEMINAR','MINI_SEMINAR','NETWORKING','WORKSHOP','MATCHING','SYMPOSIUM','SEMINAR']";
		// event e of hub i: id, Japan day; registration r of the event: id, company
		String event = "(700000000 + b.i * %d + e)".formatted(EVENTS);
		String day = "(date '2017-04-01' + (e::bigint * %d / %d)::int)".formatted(DAYS, EVENTS);
		String registration = "(710000000 + (b.i * %d + e) * %d + r)".formatted(EVENTS, SEATS);
		String company = "(60000000 + b.i * %d + (e * 13 + r * 7919) %% %d)".formatted(COMPANIES, COMPANIES);
		List<String> statements = List.of("""
				INSERT INTO company (id, hub_id, name, prefecture_code, industry, employees, name_key, search_text,
				                     search_grams, sme)
				SELECT 60000000 + b.i * %1$d + k, b.hub_id, 'ベンチ企業 ' || b.i || '-' || k, b.pref,
				       chr(65 + k %% 20), (k * 37) %% 1500, 'ベンチ企業' || b.i || '-' || k, '', '{}', true
				  FROM bench_hub b, generate_series(0, %1$d - 1) k""".formatted(COMPANIES), """
				INSERT INTO event (id, hub_id, uid, title, kind, state, starts_at, ends_at, venue, theme)
				OVERRIDING SYSTEM VALUE
				SELECT %1$s, b.hub_id, gen_random_uuid(), 'ベンチイベント ' || e, (%2$s)[e %% 8 + 1],
				       CASE WHEN %3$s < date '2026-12-01' THEN 'HELD' ELSE 'PLANNED' END,
				       (%3$s + time '14:00') AT TIME ZONE 'Asia/Tokyo', (%3$s + time '16:00') AT TIME ZONE 'Asia/Tokyo',
				       'ベンチ会場', 'ベンチのテーマ'
				  FROM bench_hub b, generate_series(0, %4$d - 1) e""".formatted(event, kinds, day, EVENTS), """
				INSERT INTO event_session (id, hub_id, event_id, number, starts_at, ends_at)
				OVERRIDING SYSTEM VALUE
				SELECT id, hub_id, id, 1, starts_at, ends_at FROM event WHERE id >= 700000000""",
				"""
						INSERT INTO event_registration (id, hub_id, event_id, status, source, participant_type, name, email,
						                                organisation, company_id, consent_data, token)
						OVERRIDING SYSTEM VALUE
						SELECT %1$s, b.hub_id, %2$s, 'CONFIRMED', 'STAFF',
						       CASE WHEN r %% 20 < 16 THEN 'COMPANY' WHEN r %% 20 < 19 THEN 'INSTITUTION' ELSE 'TALENT' END,
						       'ベンチ 参加者', 'b' || r || '@example.jp', 'ベンチ所属 ' || r %% 7,
						       CASE WHEN r %% 20 < 16 THEN %3$s END, true, 't' || %1$s
						  FROM bench_hub b, generate_series(0, %4$d - 1) e, generate_series(0, %5$d - 1) r"""
					.formatted(registration, event, company, EVENTS, SEATS),
				"""
						INSERT INTO event_attendance (hub_id, registration_id, session_id, method)
						SELECT hub_id, id, event_id, 'LIST' FROM event_registration
						 WHERE id >= 710000000 AND (id % 10) < 7""",
				"""
						INSERT INTO event_survey_response (hub_id, event_id, registration_id, satisfaction, next_action, source)
						SELECT hub_id, event_id, id, CASE WHEN id % 10 < 2 THEN 5 WHEN id % 10 < 3 THEN 4 ELSE 3 END, 'INFO',
						       'PAPER'
						  FROM event_registration WHERE id >= 710000000 AND (id % 10) < 4""",
				"""
						INSERT INTO event_offer (hub_id, company_id, event_id, offered_on, source)
						SELECT r.hub_id, r.company_id, r.event_id, (e.starts_at AT TIME ZONE 'Asia/Tokyo')::date + 14,
						       'INTERVIEW_SET'
						  FROM event_registration r JOIN event e ON e.id = r.event_id
						 WHERE r.id >= 710000000 AND e.kind = 'MATCHING' AND r.company_id IS NOT NULL AND r.id % 5 = 0""",
				"""
						INSERT INTO consultation (id, hub_id, company_id, consulted_on, channel, referral_source, issues, summary)
						OVERRIDING SYSTEM VALUE
						SELECT 800000000 + b.i * %1$d + n, b.hub_id, 60000000 + b.i * %2$d + (n * 7919) %% %2$d,
						       date '2017-04-01' + (n::bigint * %3$d / %1$d)::int, 'VISIT_OUT', 'SELF',
						       CASE WHEN n %% 3 = 0 THEN ARRAY['RECRUITMENT'] ELSE ARRAY['DX'] END, 'ベンチ相談'
						  FROM bench_hub b, generate_series(0, %1$d - 1) n"""
					.formatted(CONSULTATIONS, COMPANIES, DAYS),
				"""
						INSERT INTO company_visit (id, hub_id, company_id, visited_on, discussed)
						OVERRIDING SYSTEM VALUE
						SELECT 900000000 + b.i * %1$d + v, b.hub_id, 60000000 + b.i * %2$d + (v * 613) %% %2$d,
						       date '2017-04-01' + (v::bigint * %3$d / %1$d)::int, 'ベンチ訪問'
						  FROM bench_hub b, generate_series(0, %1$d - 1) v""".formatted(VISITS, COMPANIES, DAYS));
		try (Statement s = owner.createStatement()) {
			for (String sql : statements) {
				long t = System.nanoTime();
				int rows = s.executeUpdate(sql);
				report.log("loaded %,d rows in %.1f s: %s", rows, (System.nanoTime() - t) / 1e9,
						sql.strip().lines().findFirst().orElse(""));
			}
			for (String table : List.of("company", "event", "event_session", "event_registration", "event_attendance",
					"event_survey_response", "event_offer", "consultation", "company_visit")) {
				s.execute("VACUUM ANALYZE " + table);
			}
		}
	}

}
