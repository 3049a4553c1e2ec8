package jp.kyoten.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The retention of the hub's books, for the hub in scope: a fiscal year's ledger,
 * evidence and work days are kept five years from the fiscal year after it (seed 000
 * §5(3), seed 001 §10: 「事業終了の翌年度から5年間」; a contract runs one fiscal year), then offered
 * for disposal, which a hub manager confirms. This is the whole of what a general
 * retention job (the personal-data issue's) needs to list what the books hold past its
 * period and to dispose of it: it can call these two methods per hub, or finance can
 * implement that job's own interface with them, without either module reading the other's
 * tables.
 */
public interface BooksRetention {

	/**
	 * A fiscal year past its retention period, with what disposing of it would delete.
	 */
	record DueYear(int fiscalYear, LocalDate retainedUntil, long entries, long evidenceFiles, long evidenceBytes) {
	}

	/** What a disposal deleted (counts and sums only: nothing of the content is kept). */
	record Disposal(int fiscalYear, LocalDate retainedUntil, int entries, int evidenceFiles, long evidenceBytes,
			int workDays, long totalAmount, Instant disposedAt) {
	}

	/**
	 * The years due for disposal today, oldest first; a year once disposed of is not due
	 * again.
	 */
	List<DueYear> dueForDisposal();

	/**
	 * Deletes the year's entries with their evidence files and the staff's work days of
	 * the year, keeps a {@link Disposal} record and audits it. Budgets and closed months
	 * stay (no content, and the year stays closed).
	 * @throws jp.kyoten.platform.BusinessRuleException {@code finance.retention.notDue}
	 * or {@code finance.retention.nothing}
	 */
	Disposal dispose(int fiscalYear);

	/** The disposals done, latest first. */
	List<Disposal> disposals();

}
