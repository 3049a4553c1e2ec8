package jp.kyoten.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells PostgreSQL, on every borrowed connection, which hub is in scope. Row-level security policies on every
 * hub-owned table compare against this setting (and, for an agency user, against kyoten.agency_id), so a query for another hub's row finds nothing whichever module,
 * repository or hand-written SQL asked. This is the one place hub isolation is enforced.
 */
class HubScopedDataSource extends DelegatingDataSource {

	private static final String SET_HUB = "SELECT set_config('kyoten.hub_id', ?, false), set_config('kyoten.agency_id', ?, false)";

	HubScopedDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return scoped(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return scoped(super.getConnection(username, password));
	}

	private static Connection scoped(Connection connection) throws SQLException {
		String hub = HubScope.current().map(String::valueOf).orElse("");
		String agency = HubScope.currentAgency().map(String::valueOf).orElse("");
		try (PreparedStatement ps = connection.prepareStatement(SET_HUB)) {
			ps.setString(1, hub);
			ps.setString(2, agency);
			ps.execute();
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}

}
