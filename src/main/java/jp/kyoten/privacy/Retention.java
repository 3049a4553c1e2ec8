package jp.kyoten.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the retention page shows: per kind its period and what the next run erases; and
 * the runs so far.
 */
public record Retention(List<Line> lines, List<Run> runs) {

	/**
	 * One kind: its period (null: until the contract ends), the cutoff, and the records
	 * the next run erases.
	 */
	public record Line(String kind, Integer years, Integer defaultYears, boolean erasedHere, LocalDate cutoff,
			long due) {
	}

	public record Run(LocalDate runDate, String status, Instant startedAt, Instant finishedAt,
			Map<String, Long> erased) {

		public long total() {
			return erased == null ? 0 : erased.values().stream().mapToLong(Long::longValue).sum();
		}

	}

}
