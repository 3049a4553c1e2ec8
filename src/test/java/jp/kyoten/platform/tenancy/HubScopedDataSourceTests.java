package jp.kyoten.platform.tenancy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.RecordingConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub scope costs one statement when a connection is borrowed with another scope than
 * it last had, none when it already has it, and is never taken on trust where a rollback
 * could have undone it.
 */
@KyotenSpringTest
class HubScopedDataSourceTests {

	@Autowired
	Environment env;

	final List<String> statements = new CopyOnWriteArrayList<>();

	Connection physical;

	SingleConnectionDataSource single;

	HubScopedDataSource scoped;

	@BeforeEach
	void oneConnection() throws SQLException {
		// a connection of its own: the application's pool remembers the scope of its
		// connections, which this test
		// changes behind its back
		physical = DriverManager.getConnection(env.getRequiredProperty("spring.datasource.url"),
				env.getRequiredProperty("spring.datasource.username"),
				env.getRequiredProperty("spring.datasource.password"));
		single = new SingleConnectionDataSource(RecordingConnection.of(physical, statements), true);
		scoped = new HubScopedDataSource(single);
	}

	@AfterEach
	void close() throws SQLException {
		physical.close();
	}

	@Test
	void setsTheScopeOnlyWhenTheConnectionHasAnother() throws Exception {
		assertThat(hubOn(1L, null)).isEqualTo("1");
		assertThat(hubOn(1L, null)).isEqualTo("1");
		assertThat(setConfigs()).isEqualTo(1);

		assertThat(hubOn(2L, null)).isEqualTo("2");
		assertThat(hubOn(null, null)).isEmpty();
		assertThat(hubOn(2L, 7L)).isEqualTo("2");
		assertThat(setConfigs()).isEqualTo(4);
		try (HubScope.Entered e = HubScope.enter(2L, 7L); Connection c = scoped.getConnection()) {
			assertThat(setting(c, "kyoten.agency_id")).isEqualTo("7");
		}
		assertThat(setConfigs()).isEqualTo(4);
	}

	@Test
	void setsTheScopeEveryTimeOnAConnectionBorrowedInsideATransaction() throws Exception {
		assertThat(hubOn(1L, null)).isEqualTo("1");
		physical.setAutoCommit(false);
		// set inside the transaction, then rolled back: PostgreSQL restores the hub the
		// connection had before
		try (HubScope.Entered e = HubScope.enter(2L); Connection c = scoped.getConnection()) {
			assertThat(setting(c, "kyoten.hub_id")).isEqualTo("2");
			c.rollback();
		}
		physical.setAutoCommit(true);
		assertThat(hubOn(2L, null)).as("the rolled-back scope is not remembered").isEqualTo("2");
		assertThat(setConfigs()).isEqualTo(3);
	}

	private String hubOn(Long hub, Long agency) throws SQLException {
		try (HubScope.Entered e = HubScope.enter(hub, agency); Connection c = scoped.getConnection()) {
			return setting(c, "kyoten.hub_id");
		}
	}

	private long setConfigs() {
		return statements.stream().filter(sql -> sql.contains("set_config")).count();
	}

	private static String setting(Connection c, String name) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "', true)")) {
			rs.next();
			return rs.getString(1);
		}
	}

}
