package jp.kyoten.directory.registry;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportJobTimeTests {

	static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

	static ImportJobs.Job job(ImportJobs.Status status, long bytesRead, Instant finishedAt) {
		return new ImportJobs.Job(1, 1L, "13_tokyo_all.zip", ImportJobs.Kind.FULL, null,
				RegistryFileReader.Encoding.AUTO, "/tmp/x", status, 1_000, bytesRead, 0, 0, null, null, "a@b",
				START.minusSeconds(5), START, finishedAt, 0, 0, 0, 0, 0, 0, 0, null, null);
	}

	@Test
	void aRunningImportEstimatesWhatIsLeftFromItsPaceSoFar() {
		ImportJobs.Job quarter = job(ImportJobs.Status.RUNNING, 250, null);
		Instant now = START.plusSeconds(60);
		assertThat(quarter.elapsed(now)).isEqualTo(Duration.ofSeconds(60));
		assertThat(quarter.remaining(now)).isEqualTo(Duration.ofSeconds(180));
	}

	@Test
	void nothingIsEstimatedBeforeTheFirstBatchOrOnceFinished() {
		Instant now = START.plusSeconds(60);
		assertThat(job(ImportJobs.Status.RUNNING, 0, null).remaining(now)).isNull();
		ImportJobs.Job done = job(ImportJobs.Status.DONE, 1_000, START.plusSeconds(70));
		assertThat(done.remaining(now.plusSeconds(600))).isNull();
		assertThat(done.elapsed(now.plusSeconds(600))).as("the time it took, not the time since")
			.isEqualTo(Duration.ofSeconds(70));
	}

}
