package jp.kyoten.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.contact.ContactPersonRow;
import jp.kyoten.schedule.AppointmentLink;
import jp.kyoten.schedule.AppointmentLinkTarget;

/**
 * The directory's API for other modules: register companies in bulk (demo data, registry
 * imports) and look a company up by id. Everything works on the hub in scope
 * ({@code HubScope}).
 */
@Service
@Transactional
public class Companies {

	private final CompanyBulkInsert bulk;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final DuplicateCompanies duplicates;

	private final CompanyRepository companies;

	private final CompanyContacts contacts;

	Companies(CompanyBulkInsert bulk, JdbcClient jdbc, AuditTrail audit, DuplicateCompanies duplicates,
			CompanyRepository companies, CompanyContacts contacts) {
		this.bulk = bulk;
		this.jdbc = jdbc;
		this.audit = audit;
		this.duplicates = duplicates;
		this.companies = companies;
		this.contacts = contacts;
	}

	/**
	 * The company and contact a person names (an event registration, a portal form),
	 * found by the duplicate rules of the ledger — the same corporate number, else the
	 * same normalised name (株式会社熊本精機 = ㈱熊本精機) — and registered only when there is none
	 * (concurrent calls for the same name take turns); the contact is the company's one
	 * with the same e-mail address (or, when the person gives none, the same name), added
	 * when missing. Nothing already recorded is overwritten.
	 */
	public CompanyMatch matchOrRegister(CompanyData company, ContactPerson contact) {
		// two people of the same new company registering at once: the second waits for
		// the first, then finds it
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('company-match:' || ? || ':' || ?, 0))")
			.params(jp.kyoten.platform.tenancy.HubScope.require(), JapaneseText.normalize(company.name()))
			.query((rs, n) -> 1)
			.list();
		List<CompanyRow> found = duplicates.withCorporateNumber(company.corporateNumber(), null);
		if (found.isEmpty()) {
			found = duplicates.withSameName(company, null);
		}
		long companyId;
		boolean companyCreated = found.isEmpty();
		if (companyCreated) {
			Company created = companies.saveAndFlush(new Company(company));
			companyId = created.getId();
			audit.created("company", companyId, created.getName());
		}
		else {
			companyId = found.getFirst().id();
		}
		List<Long> sameContact = jdbc.sql("""
				SELECT id FROM contact WHERE company_id = ?
				   AND (CASE WHEN ?::text IS NOT NULL THEN lower(email) = lower(?) ELSE email IS NULL AND name = ? END)
				 ORDER BY id LIMIT 1""")
			.params(companyId, contact.email(), contact.email(), contact.name())
			.query(Long.class)
			.list();
		if (!sameContact.isEmpty()) {
			return new CompanyMatch(companyId, sameContact.getFirst(), companyCreated, false);
		}
		long created = contacts.add(companyId, contact);
		return new CompanyMatch(companyId, created, companyCreated, true);
	}

	/**
	 * Registers the companies and their contacts as given, without looking for
	 * duplicates: for data that has been checked before (demo data, a registry import
	 * that matched on corporate numbers). Fields are not marked as edited by hand.
	 * Answers the new ids in the order given.
	 */
	public List<Long> registerAll(List<NewCompany> companies) {
		List<Long> ids = bulk.insert(companies);
		if (!ids.isEmpty()) {
			audit.record(AuditAction.IMPORT, "company", null, "企業 " + ids.size() + " 社を一括登録");
		}
		return ids;
	}

	/** Appointments may visit the hub's companies. */
	@Bean
	AppointmentLinkTarget companyAppointmentLinks() {
		return new AppointmentLinkTarget(AppointmentLink.COMPANY, id -> find(id).isPresent());
	}

	/**
	 * A company of the hub in scope, merged or not (follow {@link #survivorOf} to the
	 * living record).
	 */
	@Transactional(readOnly = true)
	public Optional<CompanyRow> find(long id) {
		return jdbc.sql("SELECT " + CompanySearch.COLUMNS + " FROM company WHERE id = ?")
			.param(id)
			.query(CompanySearch::row)
			.optional();
	}

	/**
	 * The company's contact of that name (spaces ignored, 「阿蘇 花子」 = 「阿蘇花子」), if the
	 * ledger has one: for what a hand-off tells the agency, the department, phone and
	 * e-mail the ledger already holds.
	 */
	@Transactional(readOnly = true)
	public Optional<ContactPerson> contactNamed(long companyId, String name) {
		String wanted = name == null ? "" : name.replaceAll("[\\s　]", "");
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		return contacts.listOf(companyId)
			.stream()
			.map(ContactPersonRow::person)
			.filter(c -> c.name().replaceAll("[\\s　]", "").equals(wanted))
			.findFirst();
	}

	/**
	 * The id of the living record for a company id: itself, or the record it was merged
	 * into.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> survivorOf(long id) {
		return jdbc.sql("SELECT coalesce(merged_into_id, id) FROM company WHERE id = ?")
			.param(id)
			.query(Long.class)
			.optional();
	}

}
