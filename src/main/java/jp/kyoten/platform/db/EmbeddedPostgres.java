package jp.kyoten.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.util.FileSystemUtils;

/**
 * One embedded PostgreSQL server per data directory and JVM. Tests start several Spring
 * contexts; they all share the server, so the database starts once per test run, not once
 * per context.
 */
final class EmbeddedPostgres {

	static final String APP_ROLE = "kyoten_app";

	private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

	private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private final String appPassword;

	/**
	 * Application contexts still using the server: it stops only after the last one has
	 * closed.
	 */
	private final java.util.concurrent.atomic.AtomicInteger users = new java.util.concurrent.atomic.AtomicInteger();

	private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, String appPassword) {
		this.server = server;
		this.appPassword = appPassword;
	}

	static EmbeddedPostgres start(Path dataDirectory, boolean fresh) {
		return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), dir -> launch(dir, fresh));
	}

	private static EmbeddedPostgres launch(Path dir, boolean fresh) {
		try {
			if (fresh) {
				FileSystemUtils.deleteRecursively(dir);
			}
			Files.createDirectories(dir.getParent());
			// a server that a killed Kyoten left running holds the folder: stop it rather
			// than wait for it to notice
			OrphanedPostgres.stopIfOrphaned(dir);
			Files.deleteIfExists(dir.resolve("postmaster.pid"));
			var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(false)
				// our own hook stops the server, after the contexts using it have closed
				// their pools
				.setRegisterShutdownHook(false)
				.setLocaleConfig("locale", "C.UTF-8")
				.setLocaleConfig("encoding", "UTF8")
				// one embedded server serves every context of the test suite (each with
				// its pools) or a node and its
				// benchmarks: 100 ran out when the suite's cached contexts grew
				// (TwoNodesTests refused a connection)
				.setServerConfig("max_connections", "200")
				// room for the indexes of a million-company directory; production servers
				// are tuned by their operators
				.setServerConfig("shared_buffers", "512MB")
				.start();
			OrphanedPostgres.Owner.current().write(dir);
			var embedded = new EmbeddedPostgres(server, ensureAppRole(server, dir));
			Runtime.getRuntime().addShutdownHook(new Thread(embedded::closeWhenUnused, "embedded-postgres-shutdown"));
			return embedded;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, ex);
		}
	}

	/**
	 * The application must not connect as a superuser: superusers bypass row-level
	 * security, which is what keeps hubs apart. The password is kept beside the data so
	 * that the role survives restarts.
	 */
	private static String ensureAppRole(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dir)
			throws IOException {
		Path secret = dir.resolveSibling(dir.getFileName() + ".app-password");
		String password;
		if (Files.exists(secret)) {
			password = Files.readString(secret).trim();
		}
		else {
			password = java.util.UUID.randomUUID().toString();
			Files.writeString(secret, password);
		}
		try (Connection c = server.getPostgresDatabase().getConnection()) {
			boolean exists;
			try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
				ps.setString(1, APP_ROLE);
				try (ResultSet rs = ps.executeQuery()) {
					exists = rs.next();
				}
			}
			try (Statement st = c.createStatement()) {
				// the password is a UUID we generated, so it is safe inside the literal
				String verb = exists ? "ALTER" : "CREATE";
				st.execute(verb + " ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + password + "'");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the application role", ex);
		}
		return password;
	}

	String jdbcUrl() {
		return server.getJdbcUrl("postgres", "postgres");
	}

	int port() {
		return server.getPort();
	}

	String appPassword() {
		return appPassword;
	}

	void acquire() {
		users.incrementAndGet();
	}

	void release() {
		synchronized (users) {
			users.decrementAndGet();
			users.notifyAll();
		}
	}

	/**
	 * Shutdown hooks run in parallel: wait (a little) for the application contexts to
	 * close their connection pools, or they would spend their shutdown reconnecting to a
	 * server that is already gone.
	 */
	private void closeWhenUnused() {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
		synchronized (users) {
			while (users.get() > 0 && System.nanoTime() < deadline) {
				try {
					users.wait(200);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		close();
	}

	/** Stops the server now; a later {@link #start} launches a new one. */
	void close() {
		RUNNING.values().remove(this);
		try {
			server.close();
		}
		catch (IOException ex) {
			// the JVM is going away; nothing more we can do
		}
	}

}
