package jp.kyoten.platform.tenancy;

import java.time.YearMonth;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;
import jp.kyoten.national.NationalBodies;
import jp.kyoten.national.NationalBody;
import jp.kyoten.national.NationalFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A read replica configured (ADR 244): here a second pool on the same embedded database,
 * told apart by its {@code application_name}. National and report reads borrow from it;
 * the hub's scope is set on its connections as on the primary's, so a hub reading through
 * it still sees only its own rows; and it refuses writes.
 */
@KyotenSpringTest
// small pools, and the context closed after the class: a context of its own beside the
// suite's shared ones, all on
// one embedded server with a bounded number of connections
@TestPropertySource(properties = { "kyoten.datasource.replica.url=${spring.datasource.url}",
		"spring.datasource.hikari.maximum-pool-size=4", "kyoten.datasource.replica.pool-size=2" })
@DirtiesContext
class ReadReplicaTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	Hubs hubs;

	@Autowired
	NationalBodies bodies;

	@Autowired
	NationalFigures figures;

	@Autowired
	TransactionTemplate tx;

	private ReplicaRoutingDataSource routing() {
		assertThat(dataSource).isInstanceOf(HubScopedDataSource.class);
		DataSource unscoped = ((HubScopedDataSource) dataSource).unscoped();
		assertThat(unscoped).isInstanceOf(ReplicaRoutingDataSource.class);
		return (ReplicaRoutingDataSource) unscoped;
	}

	@Test
	void nationalPagesAndApiReadThroughTheReplicaPool() throws Exception {
		ReplicaRoutingDataSource routing = routing();
		long before = routing.replicaBorrows();
		mvc.perform(get("/national/kpis").with(logins.as("national@kyoten.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("熊本県プロフェッショナル人材戦略拠点")));
		long afterPage = routing.replicaBorrows();
		assertThat(afterPage).isGreaterThan(before);
		mvc.perform(get("/api/v1/national/kpis").with(logins.as("national@kyoten.demo"))).andExpect(status().isOk());
		assertThat(routing.replicaBorrows()).isGreaterThan(afterPage);
	}

	@Test
	void aHubsDashboardReadsThroughTheReplicaPool() throws Exception {
		ReplicaRoutingDataSource routing = routing();
		long before = routing.replicaBorrows();
		mvc.perform(get("/api/v1/kpis").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isOk());
		assertThat(routing.replicaBorrows()).isGreaterThan(before);
	}

	@Test
	void theNationalTableReadOnTheReplicaEqualsTheOneReadOnThePrimary() {
		NationalBody cabinet = bodies.byCode("cabinet-office").orElseThrow();
		YearMonth month = YearMonth.now(jp.kyoten.platform.time.HubTime.ZONE);
		ReplicaRoutingDataSource routing = routing();
		long before = routing.replicaBorrows();
		NationalFigures.KpiTable onReplica = figures.kpiTable(cabinet, month, null, null);
		long afterReplica = routing.replicaBorrows();
		// inside a transaction already open on the primary, the read model keeps that
		// transaction's connection
		NationalFigures.KpiTable onPrimary = tx.execute(s -> figures.kpiTable(cabinet, month, null, null));
		assertThat(afterReplica).isGreaterThan(before);
		assertThat(routing.replicaBorrows()).isEqualTo(afterReplica);
		assertThat(onReplica.hubs()).hasSizeGreaterThanOrEqualTo(47);
		assertThat(onReplica.hubs()).isEqualTo(onPrimary.hubs());
		assertThat(onReplica.nation()).isEqualTo(onPrimary.nation());
	}

	@Test
	void aHubReadingThroughTheReplicaSeesOnlyItsOwnRows() {
		long kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		String sql = "SELECT current_setting('application_name') AS app, count(*) AS mine,"
				+ " count(*) FILTER (WHERE hub_id <> ?) AS others FROM company";
		Object[] onReplica = ReplicaReads.call(() -> HubScope.callAs(kumamoto,
				() -> jdbc.sql(sql)
					.param(kumamoto)
					.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getLong(3) })
					.single()));
		Object[] onPrimary = HubScope.callAs(kumamoto,
				() -> jdbc.sql(sql)
					.param(kumamoto)
					.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getLong(3) })
					.single());
		assertThat(onReplica[0]).isEqualTo("kyoten-replica");
		assertThat(onPrimary[0]).isNotEqualTo("kyoten-replica");
		assertThat((Long) onReplica[1]).isPositive().isEqualTo(onPrimary[1]);
		assertThat(onReplica[2]).isEqualTo(0L);
		// no hub in scope (a national request): the replica shows it no hub's companies
		// at all
		long unscoped = ReplicaReads.call(
				() -> HubScope.callAs(null, () -> jdbc.sql("SELECT count(*) FROM company").query(Long.class).single()));
		assertThat(unscoped).isZero();
	}

	@Test
	void theReplicasConnectionsRefuseWrites() {
		long kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		assertThatThrownBy(() -> ReplicaReads.call(
				() -> HubScope.callAs(kumamoto, () -> jdbc.sql("UPDATE company SET name = name WHERE false").update())))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("read-only");
	}

}
