package jp.kyoten.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by capabilities that put work on a person's "my work" page (consultations,
 * hand-offs, portal inquiries), so that the schedule knows none of them. Called with the
 * person's hub in scope.
 */
public interface WorkItemSource {

	/**
	 * What falls due for the person on or before {@code horizon} (overdue items
	 * included), oldest first.
	 */
	List<WorkItem> dueFor(long userId, LocalDate today, LocalDate horizon);

}
