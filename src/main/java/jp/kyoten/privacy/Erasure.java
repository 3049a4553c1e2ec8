package jp.kyoten.privacy;

import java.time.Instant;
import java.util.List;

/** A finished erasure (消去) as its certificate shows it. */
public record Erasure(long id, long hubId, String hubName, long handBackId, ErasureScope scope, String erasedBy,
		Instant startedAt, Instant finishedAt, int filesErased, List<Count> counts) {

	/** Rows erased from one table. */
	public record Count(String table, String label, long rows) {
	}

	public long totalRows() {
		return counts.stream().mapToLong(Count::rows).sum();
	}

}
