package jp.kyoten.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The primary's pool, or the read replica's for work inside {@link ReplicaReads#call} (a
 * {@link ReadsReplica} read model's transaction). It sits below
 * {@link HubScopedDataSource}, so a connection of either pool gets the hub's scope set
 * the same way before anyone uses it: row-level security holds on the replica as on the
 * primary.
 */
final class ReplicaRoutingDataSource extends AbstractRoutingDataSource {

	private static final String PRIMARY = "primary";

	private static final String REPLICA = "replica";

	private final DataSource primary;

	private final LongAdder replicaBorrows = new LongAdder();

	ReplicaRoutingDataSource(DataSource primary, DataSource replica) {
		this.primary = primary;
		setTargetDataSources(Map.of(PRIMARY, primary, REPLICA, replica));
		setDefaultTargetDataSource(primary);
		setLenientFallback(false);
		afterPropertiesSet();
	}

	@Override
	protected Object determineCurrentLookupKey() {
		return ReplicaReads.active() ? REPLICA : PRIMARY;
	}

	@Override
	public Connection getConnection() throws SQLException {
		boolean replica = ReplicaReads.active();
		Connection c = super.getConnection();
		if (replica) {
			replicaBorrows.increment();
		}
		return c;
	}

	/**
	 * The primary's pool: the session store writes there whatever the thread is reading.
	 */
	DataSource primary() {
		return primary;
	}

	/**
	 * Connections borrowed from the replica's pool since start (how a test sees where
	 * reads went).
	 */
	long replicaBorrows() {
		return replicaBorrows.sum();
	}

}
