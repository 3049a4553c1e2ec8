package jp.kyoten.obligations;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoten.schedule.WorkItem;
import jp.kyoten.schedule.WorkItemSource;

/**
 * Puts the obligations whose deadline is near or past (or a document the prefecture sent
 * back) on "my work" and in the morning digest of the hub's staff. An event count that
 * merely falls short shows on the dashboard, not every morning.
 */
@Component
class ObligationWork implements WorkItemSource {

	private final Obligations obligations;

	ObligationWork(Obligations obligations) {
		this.obligations = obligations;
	}

	@Override
	public List<WorkItem> dueFor(long userId, LocalDate today, LocalDate horizon) {
		return obligations.of(Obligations.fiscalYearOf(today), today)
			.stream()
			.filter(o -> o.status() == ObligationView.Status.DUE_SOON || o.status() == ObligationView.Status.OVERDUE
					|| o.status() == ObligationView.Status.SENT_BACK)
			.map(o -> new WorkItem(WorkItem.Section.FOLLOW_UP, "obligation.work." + o.status(), o.title(),
					o.nextDue() != null ? o.nextDue() : o.dueOn(), "/obligations"))
			.toList();
	}

}
