package jp.kyoten.events;

import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoten.audit.AuditTrail;

/**
 * An event's registrants as staff see them (the event's page, the check-in list and its
 * search, the API): names, organisations, e-mail addresses and phone numbers of people,
 * so each showing is written to the audit log like a company's contacts. Outside the
 * read-only transaction of {@link Events}, since the entry is an insert.
 */
@Component
class RegistrantLists {

	private final Events events;

	private final AuditTrail audit;

	RegistrantLists(Events events, AuditTrail audit) {
		this.events = events;
		this.audit = audit;
	}

	/**
	 * Every registration, cancelled ones too: the confirmed first, then the waiting list
	 * in order.
	 */
	List<RegistrationView> of(EventView event) {
		return audited(event, events.registrations(event.id()), "の申込者一覧");
	}

	/** Staff's search on the check-in list. */
	List<RegistrationView> search(EventView event, String text) {
		return audited(event, events.search(event.id(), text), "の申込者を検索");
	}

	private List<RegistrationView> audited(EventView event, List<RegistrationView> shown, String what) {
		audit.viewed("event", event.id(), "「" + event.title() + "」" + what + "（" + shown.size() + " 名）を表示");
		return shown;
	}

}
