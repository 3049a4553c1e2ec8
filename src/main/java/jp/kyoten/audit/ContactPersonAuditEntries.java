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
	public void record(Change change, String table, long id, String summary) {
		audit.record(AuditAction.valueOf(change.name()), table, id, summary);
	}

}
