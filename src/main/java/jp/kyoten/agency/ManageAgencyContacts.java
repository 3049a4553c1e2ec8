package jp.kyoten.agency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.tenancy.HubScope;

/** Adds, changes and removes the contact persons of an agency of the hub in scope. */
@Service
public class ManageAgencyContacts {

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final AuditTrail audit;

	ManageAgencyContacts(JdbcClient jdbc, Agencies agencies, AuditTrail audit) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
	}

	/**
	 * @return the new contact's id
	 */
	@Transactional
	public long add(long agencyId, ContactPerson c) {
		agencies.get(agencyId);
		long id = jdbc.sql("""
				INSERT INTO agency_contact (hub_id, agency_id, name, name_kana, department, title, email, phone)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), agencyId, c.name(), c.nameKana(), c.department(), c.title(), c.email(),
					c.phone())
			.query(Long.class)
			.single();
		audit.created("agency_contact", id, "人材事業者 " + agencyId + " の担当者");
		return id;
	}

	@Transactional
	void update(long agencyId, long contactId, ContactPerson c) {
		int n = jdbc.sql("""
				UPDATE agency_contact
				   SET name = ?, name_kana = ?, department = ?, title = ?, email = ?, phone = ?, updated_at = now()
				 WHERE id = ? AND agency_id = ?""")
			.params(c.name(), c.nameKana(), c.department(), c.title(), c.email(), c.phone(), contactId, agencyId)
			.update();
		if (n == 0) {
			throw new RecordNotFoundException("agency_contact", contactId);
		}
		audit.updated("agency_contact", contactId, "人材事業者 " + agencyId + " の担当者");
	}

	@Transactional
	void remove(long agencyId, long contactId) {
		int n = jdbc.sql("DELETE FROM agency_contact WHERE id = ? AND agency_id = ?")
			.params(contactId, agencyId)
			.update();
		if (n == 0) {
			throw new RecordNotFoundException("agency_contact", contactId);
		}
		audit.deleted("agency_contact", contactId, "人材事業者 " + agencyId + " の担当者");
	}

}
