package jp.kyoten.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backs the embedded database up once a night into {@code data/backups}
 * ({@link BaseBackup}) and keeps 7 daily and 4 weekly backups ({@link BackupRotation}).
 * Each Tokyo date is claimed in {@code database_backup} with one atomic statement, so
 * that of the app contexts sharing the database exactly one takes the night's backup; a
 * node that was down at the hour takes it when it next looks.
 */
@Component
@ConditionalOnProperty(name = "kyoten.embedded-database.active", havingValue = "true")
class NightlyBackup {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final Pattern NAME = Pattern.compile("kyoten-(\\d{4}-\\d{2}-\\d{2})\\.tar\\.gz");

	private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

	private final BackupSettings settings;

	private final JdbcClient jdbc;

	private final Path dataDirectory;

	private final String url;

	private final String user;

	private final String password;

	private volatile BaseBackup.Listener listener = () -> {
	};

	NightlyBackup(BackupSettings settings, JdbcClient jdbc,
			@Value("${kyoten.embedded-database.data-dir:data/pgdata}") Path dataDirectory,
			@Value("${spring.flyway.url}") String url, @Value("${spring.flyway.user}") String user,
			@Value("${spring.flyway.password}") String password) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.dataDirectory = dataDirectory;
		this.url = url;
		this.user = user;
		this.password = password;
	}

	void listen(BaseBackup.Listener listener) {
		this.listener = listener == null ? () -> {
		} : listener;
	}

	@Scheduled(fixedDelayString = "${kyoten.backup.check-interval:PT15M}",
			initialDelayString = "${kyoten.backup.initial-delay:PT2M}")
	void run() {
		ZonedDateTime now = ZonedDateTime.now(TOKYO);
		if (!settings.enabled() || now.toLocalTime().isBefore(settings.at())) {
			return;
		}
		backUp(now.toLocalDate());
	}

	/**
	 * Takes the backup of the given date unless another node has (or is taking) it;
	 * returns the file taken.
	 */
	Optional<Path> backUp(LocalDate date) {
		if (!claim(date)) {
			return Optional.empty();
		}
		Path target = settings.directory().resolve("kyoten-" + date + ".tar.gz");
		long started = System.nanoTime();
		try (Connection superuser = DriverManager.getConnection(url, user, password)) {
			BaseBackup.Result result = new BaseBackup(dataDirectory).take(superuser, target, listener);
			jdbc.sql(
					"""
							UPDATE database_backup SET status = 'DONE', finished_at = now(), file_name = ?, bytes = ?, error = NULL
							 WHERE backup_date = ?""")
				.params(target.getFileName().toString(), result.bytes(), date)
				.update();
			log.info("Embedded database backed up to {} ({} MB in {} s, WAL {} to {})", target, result.bytes() >> 20,
					(System.nanoTime() - started) / 1_000_000_000, result.startLsn(), result.stopLsn());
			rotate();
			return Optional.of(target);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			log.error("Embedded database backup of {} failed", date, ex);
			jdbc.sql(
					"UPDATE database_backup SET status = 'FAILED', finished_at = now(), error = ? WHERE backup_date = ?")
				.params(String.valueOf(ex.getMessage())
					.substring(0, Math.min(1000, String.valueOf(ex.getMessage()).length())), date)
				.update();
			return Optional.empty();
		}
	}

	/**
	 * A date nobody has backed up, or whose backup failed or was abandoned by a node that
	 * died taking it.
	 */
	boolean claim(LocalDate date) {
		return jdbc.sql("""
				INSERT INTO database_backup (backup_date, status) VALUES (?, 'RUNNING')
				ON CONFLICT (backup_date) DO UPDATE SET status = 'RUNNING', started_at = now(), finished_at = NULL,
				       error = NULL
				 WHERE database_backup.status = 'FAILED'
				    OR (database_backup.status = 'RUNNING' AND database_backup.started_at < now() - interval '2 hours')
				RETURNING backup_date""").param(date).query(LocalDate.class).optional().isPresent();
	}

	/**
	 * Deletes the backups the rotation no longer keeps; files of other names are never
	 * touched.
	 */
	void rotate() throws IOException {
		if (!Files.isDirectory(settings.directory())) {
			return;
		}
		List<Path> backups;
		try (Stream<Path> files = Files.list(settings.directory())) {
			backups = files.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).toList();
		}
		Set<LocalDate> keep = new BackupRotation(settings.daily(), settings.weekly())
			.keep(backups.stream().map(NightlyBackup::dateOf).toList());
		for (Path backup : backups) {
			if (!keep.contains(dateOf(backup))) {
				Files.deleteIfExists(backup);
				log.info("Backup {} rotated out", backup.getFileName());
			}
		}
	}

	private static LocalDate dateOf(Path backup) {
		Matcher m = NAME.matcher(backup.getFileName().toString());
		m.matches();
		return LocalDate.parse(m.group(1));
	}

}
