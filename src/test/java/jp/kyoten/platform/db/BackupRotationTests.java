package jp.kyoten.platform.db;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackupRotationTests {

	/** Sixty nights of backups up to Sunday 2026-12-06. */
	static final List<LocalDate> NIGHTS = Stream.iterate(LocalDate.of(2026, 12, 6), d -> d.minusDays(1))
		.limit(60)
		.toList();

	@Test
	void keepsTheSevenNewestAndTheLastBackupOfEachOfTheFourWeeksBefore() {
		assertThat(new BackupRotation(7, 4).keep(NIGHTS)).containsExactlyInAnyOrder(
				// daily: Monday 11-30 to Sunday 12-06
				LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2),
				LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 5),
				LocalDate.of(2026, 12, 6),
				// weekly: the Sundays that end the four weeks before
				LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 15),
				LocalDate.of(2026, 11, 8));
	}

	@Test
	void aWeekWithMissedNightsKeepsTheLastBackupItHas() {
		List<LocalDate> nights = NIGHTS.stream().filter(d -> !d.equals(LocalDate.of(2026, 11, 29))).toList();
		assertThat(new BackupRotation(7, 4).keep(nights)).contains(LocalDate.of(2026, 11, 28))
			.doesNotContain(LocalDate.of(2026, 11, 27))
			.hasSize(11);
	}

	@Test
	void keepsEverythingWhileThereAreFewerBackupsThanTheRotationHolds() {
		assertThat(new BackupRotation(7, 4).keep(NIGHTS.subList(0, 3))).hasSize(3);
	}

}
