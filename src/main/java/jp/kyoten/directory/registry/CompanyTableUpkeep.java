package jp.kyoten.directory.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps what makes the company search fast up to date without anyone's hand: after a
 * hub's full registry import, and on a schedule whenever many rows changed since the last
 * analysis, {@code VACUUM (ANALYZE) company}. That brings the planner's statistics to the
 * new rows (a plan made for yesterday's table picks the wrong index for today's), sets
 * the visibility map and hint bits (else the first readers after a load write every page
 * they read), and empties the GIN index's pending list (else every name search scans it).
 * No {@code CLUSTER}: VACUUM takes only a SHARE UPDATE EXCLUSIVE lock, so searches, saves
 * and other imports go on meanwhile (docs/adr/200).
 * <p>
 * Cluster-safe: every node may call it; a session advisory lock lets one run at a time
 * and the others skip. The application role may vacuum the table through the MAINTAIN
 * privilege (V210, PostgreSQL 17); where it lacks it, PostgreSQL skips with a warning,
 * which is logged, and autovacuum alone keeps the table.
 */
@Component
class CompanyTableUpkeep {

	private static final Logger log = LoggerFactory.getLogger(CompanyTableUpkeep.class);

	/**
	 * The advisory lock's key: any number no other job of Kyoten uses ("kyotenDU" in
	 * ASCII).
	 */
	static final long LOCK = 0x6B796F74656E4455L;

	/**
	 * Analyse when more than this share of the table changed since the last analysis
	 * (autovacuum's own default for analysis is 10 % plus 50 rows, but it comes by only
	 * when its worker is free; ours checks on the hour).
	 */
	private static final double CHANGED_SHARE = 0.05;

	private static final long CHANGED_AT_LEAST = 10_000;

	private final DataSource dataSource;

	CompanyTableUpkeep(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * After a full import: the table has changed by up to a prefecture's worth of rows.
	 */
	boolean afterImport() {
		return vacuumAnalyze("after a full registry import");
	}

	@Scheduled(initialDelayString = "${kyoten.directory.upkeep-interval:PT1H}",
			fixedDelayString = "${kyoten.directory.upkeep-interval:PT1H}")
	void onSchedule() {
		if (manyRowsChanged()) {
			vacuumAnalyze("on schedule: many rows changed since the last analysis");
		}
	}

	boolean manyRowsChanged() {
		try (Connection c = dataSource.getConnection();
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("""
						SELECT n_mod_since_analyze, n_ins_since_vacuum, n_live_tup
						  FROM pg_stat_user_tables WHERE relid = 'company'::regclass""")) {
			if (!rs.next()) {
				return false;
			}
			long changed = Math.max(rs.getLong(1), rs.getLong(2));
			return changed >= CHANGED_AT_LEAST && changed >= CHANGED_SHARE * rs.getLong(3);
		}
		catch (SQLException ex) {
			log.warn("Could not read the company table's statistics", ex);
			return false;
		}
	}

	/**
	 * {@code VACUUM (ANALYZE) company} unless another node is at it; answers whether it
	 * ran. Outside any transaction (VACUUM refuses to run inside one), on a connection of
	 * its own.
	 */
	boolean vacuumAnalyze(String why) {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(true);
			try (Statement st = c.createStatement()) {
				if (!locked(st)) {
					log.info("Company table upkeep skipped ({}): another node is at it", why);
					return false;
				}
				try {
					long started = System.nanoTime();
					st.execute("VACUUM (ANALYZE) company");
					for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
						// "permission denied to vacuum": the role lacks MAINTAIN
						// (PostgreSQL before 17)
						log.warn("Company table upkeep ({}): {}", why, w.getMessage());
					}
					log.info("Company table upkeep ({}): VACUUM (ANALYZE) in {} ms", why,
							TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
					return true;
				}
				finally {
					st.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
				}
			}
		}
		catch (SQLException ex) {
			log.warn("Company table upkeep ({}) failed", why, ex);
			return false;
		}
	}

	private static boolean locked(Statement st) throws SQLException {
		try (ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + LOCK + ")")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

}
