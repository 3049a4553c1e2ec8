package jp.kyoten.platform.db;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Kyoten killed with {@code kill -9} leaves its PostgreSQL running on the data folder.
 * The next start must stop that server and start at once, instead of giving up after
 * waiting for it.
 */
class OrphanedPostgresTests {

	/**
	 * Beside the suite's own database, in the build folder, so that {@code mvn clean}
	 * removes it.
	 */
	final Path dir = Path.of("target", "orphan-pgdata-" + ProcessHandle.current().pid()).toAbsolutePath();

	Process child;

	@AfterEach
	void cleanUp() throws Exception {
		if (child != null && child.isAlive()) {
			child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		EmbeddedPostgres running = EmbeddedPostgres.start(dir, false);
		running.close();
		org.springframework.util.FileSystemUtils.deleteRecursively(dir.getParent().resolve(dir.getFileName()));
		Files.deleteIfExists(dir.resolveSibling(dir.getFileName() + ".owner"));
		Files.deleteIfExists(dir.resolveSibling(dir.getFileName() + ".app-password"));
	}

	@Test
	void aStartRightAfterKillMinus9StopsTheOrphanedServerAndStarts() throws Exception {
		child = startChild();
		long orphan = OrphanedPostgres.Postmaster.of(dir).orElseThrow().pid();
		assertThat(ProcessHandle.of(orphan)).isPresent();

		child.destroyForcibly(); // SIGKILL: no shutdown hook runs, the server stays
		assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

		long started = System.nanoTime();
		EmbeddedPostgres db = EmbeddedPostgres.start(dir, false);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).as("start after kill -9").isLessThan(Duration.ofSeconds(20));
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres");
				ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM orphan_probe")) {
			rs.next();
			assertThat(rs.getInt(1)).as("what the killed process committed").isEqualTo(1);
		}
	}

	@Test
	void leavesAServerAloneWhoseKyotenIsStillRunning() throws Exception {
		child = startChild();
		long server = OrphanedPostgres.Postmaster.of(dir).orElseThrow().pid();
		assertThatThrownBy(() -> OrphanedPostgres.stopIfOrphaned(dir)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("still running");
		assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive)).contains(true);
	}

	/**
	 * Another JVM that starts the embedded database on {@link #dir}, commits a row, and
	 * waits to be killed.
	 */
	Process startChild() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				OrphanedPostgresChild.class.getName(), dir.toString()))
			.redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		String line;
		StringBuilder seen = new StringBuilder();
		while ((line = out.readLine()) != null) {
			seen.append(line).append('\n');
			if (line.equals(OrphanedPostgresChild.READY)) {
				Thread.ofVirtual().start(() -> out.lines().forEach(l -> {
				}));
				return p;
			}
			assertThat(System.nanoTime()).as("child started: %s", seen).isLessThan(deadline);
		}
		throw new AssertionError("child ended before it was ready:\n" + seen);
	}

}
