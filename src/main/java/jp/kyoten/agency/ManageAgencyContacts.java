package jp.kyoten.agency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import jp.kyoten.platform.contact.ContactPersonLog;
import jp.kyoten.platform.contact.ContactPersonTable;

/**
 * Adds, changes and removes the contact persons of an agency of the hub in scope: the one
 * contact-person capability of {@code platform.contact} over {@code agency_contact}.
 */
@Service
class ManageAgencyContacts extends ContactPersonTable {

	ManageAgencyContacts(JdbcClient jdbc, Agencies agencies, ContactPersonLog log) {
		super(new Kind("agency_contact", "agency_id", "人材事業者"), jdbc, log, agencies::get);
	}

}
