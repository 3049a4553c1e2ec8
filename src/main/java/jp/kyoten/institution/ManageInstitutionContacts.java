package jp.kyoten.institution;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import jp.kyoten.platform.contact.ContactPersonLog;
import jp.kyoten.platform.contact.ContactPersonTable;

/**
 * Adds, changes and removes the contact persons of an institution of the hub in scope:
 * the one contact-person capability of {@code platform.contact} over
 * {@code institution_contact}.
 */
@Service
class ManageInstitutionContacts extends ContactPersonTable {

	ManageInstitutionContacts(JdbcClient jdbc, Institutions institutions, ContactPersonLog log) {
		super(new Kind("institution_contact", "institution_id", "支援機関"), jdbc, log, institutions::get);
	}

}
