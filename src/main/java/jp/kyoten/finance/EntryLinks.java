package jp.kyoten.finance;

import org.springframework.stereotype.Component;

import jp.kyoten.activity.Consultations;
import jp.kyoten.activity.ConsultationView;
import jp.kyoten.activity.VisitView;
import jp.kyoten.activity.Visits;
import jp.kyoten.events.EventPlans;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.time.HubTime;

/**
 * Finds the event or activity an entry is linked to through the modules' published types
 * (an event's plan, a visit, a consultation), each of the hub in scope only, and labels
 * it for the books.
 */
@Component
class EntryLinks {

	private static final int MAX_LABEL = 300;

	private final EventPlans events;

	private final Visits visits;

	private final Consultations consultations;

	EntryLinks(EventPlans events, Visits visits, Consultations consultations) {
		this.events = events;
		this.visits = visits;
		this.consultations = consultations;
	}

	/**
	 * @throws BusinessRuleException {@code finance.link.notFound} when there is no such
	 * record in the hub
	 */
	EntryLink resolve(LinkKind kind, Long id) {
		if (id == null) {
			throw new BusinessRuleException("finance.link.notFound");
		}
		try {
			String label = switch (kind) {
				case EVENT -> {
					EventPlans.Plan plan = events.plan(id);
					yield HubTime.date(plan.startsAt()) + " " + plan.title();
				}
				case VISIT -> {
					VisitView visit = visits.get(id);
					yield HubTime.date(visit.visitedOn()) + " " + visit.companyName();
				}
				case CONSULTATION -> {
					ConsultationView consultation = consultations.get(id);
					yield HubTime.date(consultation.date()) + " " + consultation.companyName();
				}
			};
			return new EntryLink(kind, id, label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL) : label);
		}
		catch (RecordNotFoundException ex) {
			throw new BusinessRuleException("finance.link.notFound");
		}
	}

}
