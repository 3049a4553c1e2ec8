package jp.kyoten.audit;

import org.springframework.stereotype.Component;

import jp.kyoten.platform.contact.ContactPersonLog;

/**
 * The changes and displays of contact persons ({@code platform.contact}) in the audit
 * log, through {@link AuditTrail} like every other entry.
 */
@Component
class ContactPersonAuditEntries implements ContactPersonLog {

	private final AuditTrail audit;

	ContactPersonAuditEntries(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public void created(String table, long id, String summary) {
		audit.created(table, id, summary);
	}

	@Override
	public void updated(String table, long id, String summary) {
		audit.updated(table, id, summary);
	}

	@Override
	public void deleted(String table, long id, String summary) {
		audit.deleted(table, id, summary);
	}

	@Override
	public void viewed(String table, long id, String summary) {
		audit.viewed(table, id, summary);
	}

}
