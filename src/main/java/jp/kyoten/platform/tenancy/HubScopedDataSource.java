package jp.kyoten.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells PostgreSQL, on every borrowed connection, which hub is in scope. Row-level
 * security policies on every hub-owned table compare against this setting (and, for an
 * agency user, against kyoten.agency_id; a view across hubs against kyoten.across_hubs),
 * so a query for another hub's row finds nothing whichever module, repository or
 * hand-written SQL asked. This is the one place hub isolation is enforced.
 * <p>
 * A request borrows a connection for each transaction it runs, and the pool mostly hands
 * the same thread the same connection back, whose setting already is the one wanted: the
 * setting each physical connection was last given is remembered, and the statement is
 * sent only when the scope differs. That memory is exact because nothing else sets these
 * settings and they are only ever set here with the connection in auto-commit, where the
 * statement commits at once and no later rollback can undo it; a connection borrowed
 * inside a transaction is set every time.
 */
class HubScopedDataSource extends DelegatingDataSource {

	private static final String SET_HUB = "SELECT set_config('kyoten.hub_id', ?, false), set_config('kyoten.agency_id', ?, false),"
			+ " set_config('kyoten.across_hubs', ?, false)";

	/**
	 * The scope each physical connection was last given, forgotten with the connection.
	 */
	private final Map<Connection, String> scopes = Collections.synchronizedMap(new WeakHashMap<>());

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

	/**
	 * The pool's own connection, unwrapped from the proxy it hands out for each
	 * borrowing.
	 */
	DataSource unscoped() {
		return obtainTargetDataSource();
	}

	private Connection scoped(Connection connection) throws SQLException {
		String hub = HubScope.current().map(String::valueOf).orElse("");
		String agency = HubScope.currentAgency().map(String::valueOf).orElse("");
		String across = HubScope.acrossHubs().orElse("");
		String scope = hub + "/" + agency + "/" + across;
		Connection physical = null;
		try {
			physical = connection.unwrap(Connection.class);
			boolean committedAtOnce = connection.getAutoCommit();
			if (committedAtOnce && scope.equals(scopes.get(physical))) {
				return connection;
			}
			scopes.remove(physical);
			try (PreparedStatement ps = connection.prepareStatement(SET_HUB)) {
				ps.setString(1, hub);
				ps.setString(2, agency);
				ps.setString(3, across);
				ps.execute();
			}
			if (committedAtOnce) {
				scopes.put(physical, scope);
			}
		}
		catch (SQLException ex) {
			if (physical != null) {
				scopes.remove(physical);
			}
			connection.close();
			throw ex;
		}
		return connection;
	}

}
