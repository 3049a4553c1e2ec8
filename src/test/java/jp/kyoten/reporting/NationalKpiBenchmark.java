package jp.kyoten.reporting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.BenchmarkLog;
import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.national.NationalBodies;
import jp.kyoten.national.NationalFigures;
import jp.kyoten.national.RefreshNationalFigures;
import jp.kyoten.platform.tenancy.HubScope;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national KPI table over the 47 Pro hubs of the demo, each loaded with ten fiscal
 * years by the KPI dashboard benchmark's loader (≈ 5 M consultations, 500 k placements):
 * the table as the Cabinet Office reads it (API, page, xlsx) from
 * {@code national_hub_month}, beside the same aggregate run directly in PostgreSQL, and
 * beside the live count the table replaces (the reporting module's {@code Kpis.monthly}
 * for every hub), for one and for ten fiscal years. In the reporting test package so that
 * it reuses that loader and times {@code Kpis.monthly} itself. Run by hand
 * (bench/national/README.md).
 */
@Tag("benchmark")
@KyotenSpringTest
class NationalKpiBenchmark {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment env;

	@Autowired
	RefreshNationalFigures refresh;

	@Autowired
	NationalFigures figures;

	@Autowired
	NationalBodies bodies;

	@Autowired
	Kpis kpis;

	final BenchmarkLog report = new BenchmarkLog("national", 3, 20);

	@Test
	void nationalKpiTableOverFortySevenHubsAndTenFiscalYears() throws Exception {
		List<Long> pro = jdbc.sql("SELECT id FROM hub WHERE kind = 'PRO_TALENT' ORDER BY prefecture_code, id LIMIT 47")
			.query(Long.class)
			.list();
		long started = System.nanoTime();
		try (Connection owner = owner()) {
			new KpiDashboardBenchmark().load(owner, pro);
		}
		report.log("loaded 47 Pro hubs × FY2017–FY2026 in %d s", (System.nanoTime() - started) / 1_000_000_000);
		report.log("consultations %,d, placements %,d", ownerCount("SELECT count(*) FROM consultation"),
				ownerCount("SELECT count(*) FROM placement"));

		long t = System.nanoTime();
		for (long hub : pro) {
			refresh.refresh(hub, 2025, 2026);
		}
		report.log("refresh of FY2025–2026, 47 hubs: %d ms (%.1f ms a hub)", (System.nanoTime() - t) / 1_000_000,
				(System.nanoTime() - t) / 1e6 / pro.size());
		measureReads("national_hub_month holding 2 fiscal years");

		t = System.nanoTime();
		for (long hub : pro) {
			refresh.refresh(hub, 2017, 2024);
		}
		report.log("back-fill of FY2017–2024, 47 hubs: %d ms", (System.nanoTime() - t) / 1_000_000);
		report.log("national_hub_month rows %,d", ownerCount("SELECT count(*) FROM national_hub_month"));
		report.log("national_hub_figure rows (funnel with 収入, breakdowns) %,d",
				ownerCount("SELECT count(*) FROM national_hub_figure"));
		measureReads("national_hub_month holding 10 fiscal years");

		// the cluster job's path: every hub's month marked dirty (as 47 hubs' work
		// would), one recount of them all
		report.measure("recountDirty after one month of each of 47 hubs marked (FY2026 + funnel/breakdowns)", "hubs",
				() -> {
					try (Connection c = owner(); PreparedStatement ps = c.prepareStatement("""
							INSERT INTO national_dirty (hub_id, month) VALUES (?, date '2026-11-01')
							ON CONFLICT (hub_id, month) DO UPDATE SET generation = national_dirty.generation + 1""")) {
						for (long hub : pro) {
							ps.setLong(1, hub);
							ps.executeUpdate();
						}
					}
					return refresh.recountDirty();
				});

		// the live count the table replaces: every hub's Kpis.monthly, one fiscal year,
		// then all ten
		report.measure("live Kpis.monthly × 47 hubs, FY2026", "hubs", () -> live(pro, 2026, 2026));
		report.measure("live Kpis.monthly × 47 hubs × 10 fiscal years", "hubs", () -> live(pro, 2017, 2026));
		report.write();
	}

	private void measureReads(String state) {
		var cabinet = bodies.byCode("cabinet-office").orElseThrow();
		report.measure("GET /api/v1/national/kpis?fiscalYear=2026 (" + state + ")", "bytes",
				() -> mvc.perform(get("/api/v1/national/kpis?fiscalYear=2026").with(logins.as("national@kyoten.demo")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray().length);
		report.measure("GET /national/kpis page, month 2026-11 (" + state + ")", "bytes",
				() -> mvc.perform(get("/national/kpis?month=2026-11").with(logins.as("national@kyoten.demo")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray().length);
		report.measure("GET /national/kpis/export xlsx (" + state + ")", "bytes", () -> mvc
			.perform(get("/national/kpis/export?format=xlsx&month=2026-11").with(logins.as("national@kyoten.demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray().length);
		report.measure("NationalFigures.kpiTable in Java (" + state + ")", "hubs",
				() -> HubScope.callAs(null, () -> figures.kpiTable(cabinet, YearMonth.of(2026, 11), null, null))
					.hubs()
					.size());
		report.measure("same aggregate directly in PostgreSQL (" + state + ")", "hubs", this::directAggregate);
		report.measure("GET /api/v1/national/breakdowns month 2026-11 (" + state + ")", "bytes",
				() -> mvc
					.perform(get("/api/v1/national/breakdowns?month=2026-11").with(logins.as("national@kyoten.demo")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray().length);
		report.measure("GET /national/breakdowns page, month 2026-11 (" + state + ")", "bytes",
				() -> mvc.perform(get("/national/breakdowns?month=2026-11").with(logins.as("national@kyoten.demo")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray().length);
	}

	/**
	 * What the table page asks, as one statement run as the owner: month and year to date
	 * per hub.
	 */
	private long directAggregate() throws Exception {
		try (Connection c = owner(); PreparedStatement ps = c.prepareStatement("""
				SELECT hub_id,
				       sum(consultations) FILTER (WHERE month = date '2026-11-01'), sum(consultations),
				       sum(placements) FILTER (WHERE month = date '2026-11-01'), sum(placements),
				       sum(digital_placements), sum(financial_referral_placements),
				       sum(side_job_new_company_placements)
				  FROM national_hub_month
				 WHERE month >= date '2026-04-01' AND month <= date '2026-11-01'
				 GROUP BY hub_id"""); ResultSet rs = ps.executeQuery()) {
			long n = 0;
			while (rs.next()) {
				n++;
			}
			return n;
		}
	}

	private long live(List<Long> hubs, int from, int to) {
		for (long hub : hubs) {
			HubScope.runAs(hub, () -> {
				for (int y = from; y <= to; y++) {
					kpis.monthly(hub, new FiscalYear(y));
				}
			});
		}
		return hubs.size();
	}

	private Connection owner() throws Exception {
		return DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
	}

	private long ownerCount(String sql) throws Exception {
		try (Connection c = owner(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
