package jp.kyoten.directory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.contact.ContactPersonRow;

/**
 * Staff open a company's record. It names its representative and its contacts, who are
 * people: every opening is written to the audit log, one entry for the company and one
 * for each contact shown.
 */
@Service
@Transactional
class ViewCompany {

	/**
	 * A company's page: the record, its contacts, where it went if merged, and which
	 * records were merged into it.
	 */
	record Details(CompanyView company, List<ContactPersonRow> contacts, CompanyRow survivor,
			List<CompanyRow> mergedFrom) {
	}

	private final CompanyRepository companies;

	private final CompanyContacts contacts;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ViewCompany(CompanyRepository companies, CompanyContacts contacts, JdbcClient jdbc, AuditTrail audit) {
		this.companies = companies;
		this.contacts = contacts;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The company alone (the API's detail); audited. */
	CompanyView company(long id) {
		Company company = companies.findById(id).orElseThrow(() -> new RecordNotFoundException("company", id));
		audit.viewed("company", id, company.getName());
		return company.view();
	}

	/** Everything the detail page shows; audited. */
	Details details(long id) {
		CompanyView company = company(id);
		List<ContactPersonRow> people = contacts.listOf(id);
		for (ContactPersonRow c : people) {
			audit.viewed("contact", c.id(), c.person().name() + " (" + company.name() + ")");
		}
		CompanyRow survivor = company.mergedIntoId() == null ? null : row(company.mergedIntoId());
		List<CompanyRow> mergedFrom = jdbc
			.sql("SELECT " + CompanySearch.COLUMNS + " FROM company WHERE merged_into_id = ? ORDER BY id")
			.param(id)
			.query(CompanySearch::row)
			.list();
		return new Details(company, people, survivor, mergedFrom);
	}

	/** A one-line summary, without personal data, so not audited. */
	@Transactional(readOnly = true)
	CompanyRow row(long id) {
		return jdbc.sql("SELECT " + CompanySearch.COLUMNS + " FROM company WHERE id = ?")
			.param(id)
			.query(CompanySearch::row)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("company", id));
	}

}
