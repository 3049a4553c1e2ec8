package jp.kyoten.obligations;

import java.time.LocalDate;
import java.util.List;

/**
 * An obligation of the hub's year with its progress as of a day. {@code done} and
 * {@code target} say how far it is (events held of the minimum; months reported of the
 * months due so far; a document 1 of 1), {@code planned} the events still planned.
 * {@code warning} is set when it needs attention: its deadline is near or past, or the
 * events held and planned fall short of the minimum.
 */
public record ObligationView(long id, int fiscalYear, ObligationKind kind, String title, String eventKind,
		Integer minimum, LocalDate dueOn, String reportKind, Integer dueDay, boolean needsApproval, int warnDays,
		LocalDate submittedOn, String fileName, String approval, String note, int version, int done, int planned,
		int target, Status status, LocalDate nextDue, List<MonthStatus> months) {

	/** Where an obligation stands. */
	public enum Status {

		/** fulfilled */
		DONE,
		/** enough held and planned / reported so far */
		ON_TRACK,
		/** not yet due, nothing to worry about */
		OPEN,
		/** handed in, waiting for the prefecture's approval */
		SUBMITTED,
		/** the prefecture sent it back */
		SENT_BACK,
		/** held and planned events fall short of the minimum */
		SHORT,
		/** the deadline is within the warning days */
		DUE_SOON,
		/** the deadline passed */
		OVERDUE;

		public boolean warning() {
			return this == SENT_BACK || this == SHORT || this == DUE_SOON || this == OVERDUE;
		}

	}

	/** One month of a monthly report obligation: its deadline and how it was met. */
	public record MonthStatus(String month, LocalDate dueOn, LocalDate submittedOn, String state) {
	}

	public boolean warning() {
		return status.warning();
	}

}
