package jp.kyoten.institution;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Adds, changes and removes the contact persons of an institution of the hub in scope.
 */
@Service
public class ManageInstitutionContacts {

	private final JdbcClient jdbc;

	private final Institutions institutions;

	private final AuditTrail audit;

	ManageInstitutionContacts(JdbcClient jdbc, Institutions institutions, AuditTrail audit) {
		this.jdbc = jdbc;
		this.institutions = institutions;
		this.audit = audit;
	}

	/**
	 * @return the new contact's id
	 */
	@Transactional
	public long add(long institutionId, ContactPerson c) {
		institutions.get(institutionId);
		long id = jdbc
			.sql("""
					INSERT INTO institution_contact (hub_id, institution_id, name, name_kana, department, title, email, phone)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), institutionId, c.name(), c.nameKana(), c.department(), c.title(), c.email(),
					c.phone())
			.query(Long.class)
			.single();
		audit.created("institution_contact", id, "支援機関 " + institutionId + " の担当者");
		return id;
	}

	@Transactional
	void update(long institutionId, long contactId, ContactPerson c) {
		int n = jdbc.sql("""
				UPDATE institution_contact
				   SET name = ?, name_kana = ?, department = ?, title = ?, email = ?, phone = ?, updated_at = now()
				 WHERE id = ? AND institution_id = ?""")
			.params(c.name(), c.nameKana(), c.department(), c.title(), c.email(), c.phone(), contactId, institutionId)
			.update();
		if (n == 0) {
			throw new RecordNotFoundException("institution_contact", contactId);
		}
		audit.updated("institution_contact", contactId, "支援機関 " + institutionId + " の担当者");
	}

	@Transactional
	void remove(long institutionId, long contactId) {
		int n = jdbc.sql("DELETE FROM institution_contact WHERE id = ? AND institution_id = ?")
			.params(contactId, institutionId)
			.update();
		if (n == 0) {
			throw new RecordNotFoundException("institution_contact", contactId);
		}
		audit.deleted("institution_contact", contactId, "支援機関 " + institutionId + " の担当者");
	}

}
