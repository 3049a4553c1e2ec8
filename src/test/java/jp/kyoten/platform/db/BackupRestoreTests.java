package jp.kyoten.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore drill: a backup taken while writes go on, restored with the one line of the
 * README into an empty folder and started, holds every table exactly as the original held
 * it when the backup stopped.
 */
@KyotenSpringTest
class BackupRestoreTests {

	/**
	 * The restore line of README.md ("Backup and restore"), with this test's paths as
	 * $PGDATA and $BACKUP.
	 */
	static String restoreLine() throws java.io.IOException {
		String line = Files.readAllLines(Path.of("README.md"))
			.stream()
			.filter(l -> l.startsWith("mv data/pgdata "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("README.md has no restore line"));
		return line.replaceAll("data/backups/kyoten-[0-9-]+\\.tar\\.gz", "\"\\$BACKUP\"")
			.replace("data/pgdata", "\"$PGDATA\"")
			.replace("\"$PGDATA\".old", "\"$PGDATA.old\"");
	}

	@Autowired
	NightlyBackup backups;

	@Value("${spring.flyway.url}")
	String url;

	@TempDir
	Path dir;

	EmbeddedPostgres restored;

	@AfterEach
	void stop() {
		backups.listen(null);
		if (restored != null) {
			restored.close();
		}
	}

	@Test
	void aBackupTakenWhileWritesGoOnRestoresEveryTableAsItWas() throws Exception {
		try (Connection c = superuser(url)) {
			c.createStatement().execute("""
					CREATE TABLE IF NOT EXISTS backup_probe (id bigserial PRIMARY KEY, payload text NOT NULL,
					                                         version int NOT NULL DEFAULT 0)""");
		}
		Writer writer = new Writer();
		Thread writing = Thread.ofPlatform().name("backup-probe-writer").start(writer);
		AtomicReference<Map<String, String>> original = new AtomicReference<>();
		AtomicLong writtenBeforeStop = new AtomicLong();
		backups.listen(() -> {
			// the copy ran while the writer wrote; now hold it still, so that the state
			// at the stop is known
			writer.pause.lock();
			writtenBeforeStop.set(writer.committed.get());
			original.set(checksums(url));
		});
		try {
			awaitWrites(writer, 200);
			Path backup = backups.backUp(LocalDate.of(2099, 1, 1).plusDays(System.nanoTime() % 10_000)).orElseThrow();
			writer.pause.unlock();
			awaitWrites(writer, writtenBeforeStop.get() + 50);
			writer.stop.set(true);
			writing.join(TimeUnit.SECONDS.toMillis(30));
			assertThat(writer.failure.get()).isNull();
			assertThat(writtenBeforeStop.get()).as("rows written before the backup stopped").isGreaterThan(200);

			Path pgdata = Files.createDirectories(dir.resolve("pgdata"));
			Files.writeString(pgdata.resolve("PG_VERSION"), "the folder that the restore moves aside");
			ProcessBuilder line = new ProcessBuilder("sh", "-c", restoreLine()).inheritIO();
			line.environment().put("PGDATA", pgdata.toString());
			line.environment().put("BACKUP", backup.toString());
			assertThat(line.start().waitFor()).as("restore line %s", restoreLine()).isZero();
			assertThat(dir.resolve("pgdata.old/PG_VERSION")).exists();

			restored = EmbeddedPostgres.start(pgdata, false);
			Map<String, String> back = checksums("jdbc:postgresql://localhost:" + restored.port() + "/postgres");
			assertThat(back).containsKey("backup_probe").containsKey("company").containsKey("flyway_schema_history");
			assertThat(back).isEqualTo(original.get());
			long rows = back.values().stream().mapToLong(v -> Long.parseLong(v.substring(0, v.indexOf(':')))).sum();
			// the drill's figures for the restore story in README and the notes: what was
			// compared, and how big
			System.out.printf(
					"[restore drill] %d tables, %,d rows compared by count and checksum, equal; %,d probe rows"
							+ " written before the backup stopped; backup %s (%,d kB)%n",
					back.size(), rows, writtenBeforeStop.get(), backup.getFileName(), size(backup) / 1024);
		}
		finally {
			writer.stop.set(true);
			if (writer.pause.isHeldByCurrentThread()) {
				writer.pause.unlock();
			}
			writing.join(TimeUnit.SECONDS.toMillis(30));
		}
	}

	void awaitWrites(Writer writer, long atLeast) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (writer.committed.get() < atLeast && System.nanoTime() < deadline && writer.failure.get() == null) {
			Thread.sleep(20);
		}
	}

	/**
	 * Inserts, updates and deletes in small transactions, as the hub's staff would, until
	 * told to stop.
	 */
	final class Writer implements Runnable {

		final AtomicBoolean stop = new AtomicBoolean();

		final ReentrantLock pause = new ReentrantLock();

		final AtomicLong committed = new AtomicLong();

		final AtomicReference<Throwable> failure = new AtomicReference<>();

		@Override
		public void run() {
			try (Connection c = superuser(url)) {
				c.setAutoCommit(false);
				String payload = "拠点".repeat(300);
				while (!stop.get()) {
					pause.lock();
					try (Statement st = c.createStatement()) {
						st.execute("INSERT INTO backup_probe (payload) SELECT '" + payload
								+ "' || g FROM generate_series(1, 20) g");
						st.execute(
								"UPDATE backup_probe SET version = version + 1 WHERE id % 7 = " + committed.get() % 7);
						st.execute("DELETE FROM backup_probe WHERE id % 101 = " + committed.get() % 101);
						c.commit();
						committed.incrementAndGet();
					}
					finally {
						pause.unlock();
					}
				}
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		}

	}

	/** Row count and a checksum of the rows of every table, all read in one snapshot. */
	static long size(Path path) throws java.io.IOException {
		try (var files = Files.walk(path)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}

	static Map<String, String> checksums(String url) {
		try (Connection c = superuser(url)) {
			c.setAutoCommit(false);
			c.createStatement().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
			List<String> tables = new java.util.ArrayList<>();
			try (ResultSet rs = c.createStatement()
				.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			Map<String, String> sums = new TreeMap<>();
			for (String table : tables) {
				try (ResultSet rs = c.createStatement()
					.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg("
							+ "md5(t::text), '' ORDER BY md5(t::text))), '') FROM public.\"" + table + "\" t")) {
					rs.next();
					sums.put(table, rs.getString(1));
				}
			}
			c.rollback();
			return sums;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Connection superuser(String url) throws SQLException {
		return DriverManager.getConnection(url, "postgres", "postgres");
	}

}
