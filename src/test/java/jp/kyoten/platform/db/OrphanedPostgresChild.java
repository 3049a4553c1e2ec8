package jp.kyoten.platform.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The process {@link OrphanedPostgresTests} kills: starts the embedded database, commits
 * a row, waits.
 */
final class OrphanedPostgresChild {

	static final String READY = "embedded database ready";

	private OrphanedPostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres db = EmbeddedPostgres.start(Path.of(args[0]), false);
		try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres")) {
			c.createStatement().execute("CREATE TABLE IF NOT EXISTS orphan_probe (id int)");
			c.createStatement().execute("DELETE FROM orphan_probe");
			c.createStatement().execute("INSERT INTO orphan_probe VALUES (1)");
		}
		System.out.println(READY);
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
