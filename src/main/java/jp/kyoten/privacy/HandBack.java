package jp.kyoten.privacy;

import java.time.Instant;

/**
 * A hand-back (返還) of one hub as the pages show it: where it stands, and whether the
 * prefecture confirmed it.
 */
public record HandBack(long id, long hubId, String hubName, String status, String requestedBy, Instant requestedAt,
		Instant finishedAt, int tablesTotal, int tablesDone, long rowsEstimate, long rowsDone, String fileName,
		Long zipBytes, String zipSha256, String error, Instant confirmedAt, String confirmedBy,
		String confirmationNote) {

	public boolean finished() {
		return "DONE".equals(status) || "FAILED".equals(status) || "ERASED".equals(status);
	}

	public boolean done() {
		return "DONE".equals(status);
	}

	public boolean failed() {
		return "FAILED".equals(status);
	}

	public boolean confirmed() {
		return confirmedAt != null;
	}

	/**
	 * Rows are read twice (CSV and JSON); a finished hand-back is 100 %, a running one
	 * never more than 99 %.
	 */
	public int percent() {
		if (done() || "ERASED".equals(status)) {
			return 100;
		}
		if (rowsEstimate <= 0) {
			return tablesTotal == 0 ? 0 : Math.min(99, tablesDone * 100 / tablesTotal);
		}
		return (int) Math.min(99, rowsDone * 100 / (2 * rowsEstimate));
	}

}
