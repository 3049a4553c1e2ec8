package jp.kyoten.platform.db;

import java.nio.file.Path;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Nightly backups of the embedded database (an external database is backed up by its
 * operators: README, PITR).
 *
 * @param enabled whether the embedded database is backed up at all
 * @param directory where the backups are kept; best on another disk than the data
 * @param at the Tokyo time from which the night's backup is taken (a node that was down
 * then takes it on its start)
 * @param daily how many of the newest backups are kept
 * @param weekly how many weeks before those keep their week's last backup
 */
@ConfigurationProperties("kyoten.backup")
record BackupSettings(@DefaultValue("true") boolean enabled, @DefaultValue("data/backups") Path directory,
		@DefaultValue("03:00") LocalTime at, @DefaultValue("7") int daily, @DefaultValue("4") int weekly) {

	BackupSettings {
		if (daily < 1 || weekly < 0) {
			throw new IllegalArgumentException("kyoten.backup.daily must be at least 1 and weekly at least 0");
		}
	}

}
