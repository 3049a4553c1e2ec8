package jp.kyoten.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.contact.ContactPersonLog;
import jp.kyoten.platform.contact.ContactPersonTable;

/**
 * Staff keep the contacts of a company of the hub in scope: the one contact-person
 * capability of {@code platform.contact} over {@code contact} (SQL, ADR 251). A company
 * merged into another takes no new contact; the audit log names the contact, and on
 * adding one the company too, as it always has.
 */
@Service
class CompanyContacts extends ContactPersonTable {

	private final JdbcClient jdbc;

	CompanyContacts(JdbcClient jdbc, ContactPersonLog log) {
		super(new Kind("contact", "company_id", "企業"), jdbc, log, id -> nameOf(jdbc, id));
		this.jdbc = jdbc;
	}

	@Override
	protected void checkNewContact(long companyId) {
		boolean merged = jdbc.sql("SELECT merged_into_id IS NOT NULL FROM company WHERE id = ?")
			.param(companyId)
			.query(Boolean.class)
			.single();
		if (merged) {
			throw new BusinessRuleException("company.merged.readOnly");
		}
	}

	@Override
	protected String summary(ContactPersonLog.Change change, long companyId, String companyName, String personName) {
		return change == ContactPersonLog.Change.CREATE ? personName + " (" + nameOf(jdbc, companyId) + ")"
				: personName;
	}

	/**
	 * The company's name, or a not-found refusal for one the hub in scope does not have.
	 */
	private static String nameOf(JdbcClient jdbc, long companyId) {
		return jdbc.sql("SELECT name FROM company WHERE id = ?")
			.param(companyId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("company", companyId));
	}

}
