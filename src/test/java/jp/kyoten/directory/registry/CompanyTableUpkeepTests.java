package jp.kyoten.directory.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company table's upkeep (docs/adr/200): the application role itself vacuums and
 * analyses the table (MAINTAIN, V210), and a node that finds another node at it skips
 * instead of queueing a second VACUUM.
 */
@KyotenSpringTest
class CompanyTableUpkeepTests {

	@Autowired
	CompanyTableUpkeep upkeep;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApplicationRoleVacuumsAndAnalysesTheCompanyTable() throws Exception {
		Timestamp before = jdbc.sql("SELECT now()").query(Timestamp.class).single();
		assertThat(upkeep.vacuumAnalyze("test")).isTrue();
		// the statistics collector reports the run to every session once it is flushed
		long deadline = System.nanoTime() + 10_000_000_000L;
		boolean seen = false;
		while (!seen && System.nanoTime() < deadline) {
			jdbc.sql("SELECT pg_stat_clear_snapshot()").query(Object.class).list();
			seen = Boolean.TRUE.equals(jdbc.sql("""
					SELECT last_vacuum >= ? AND last_analyze >= ?
					  FROM pg_stat_user_tables WHERE relid = 'company'::regclass""")
				.params(before, before)
				.query(Boolean.class)
				.single());
			if (!seen) {
				Thread.sleep(200);
			}
		}
		assertThat(seen).as("VACUUM and ANALYZE recorded for company").isTrue();
	}

	@Test
	void skipsWhileAnotherNodeHoldsTheUpkeepLock() throws Exception {
		try (Connection other = dataSource.getConnection(); Statement st = other.createStatement()) {
			try (ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + CompanyTableUpkeep.LOCK + ")")) {
				rs.next();
				assertThat(rs.getBoolean(1)).isTrue();
			}
			try {
				assertThat(upkeep.vacuumAnalyze("test while locked")).isFalse();
			}
			finally {
				st.execute("SELECT pg_advisory_unlock(" + CompanyTableUpkeep.LOCK + ")");
			}
		}
		assertThat(upkeep.vacuumAnalyze("test after unlock")).isTrue();
	}

}
