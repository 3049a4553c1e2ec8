package jp.kyoten.directory;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * Staff keep the contacts of a company: add, change, remove. Contacts are personal data;
 * all of it is audited.
 */
@Service
@Transactional
class CompanyContacts {

	private final CompanyRepository companies;

	private final ContactRepository contacts;

	private final AuditTrail audit;

	CompanyContacts(CompanyRepository companies, ContactRepository contacts, AuditTrail audit) {
		this.companies = companies;
		this.contacts = contacts;
		this.audit = audit;
	}

	ContactView add(long companyId, ContactData data) {
		Company company = companies.findById(companyId)
			.orElseThrow(() -> new RecordNotFoundException("company", companyId));
		if (company.isMerged()) {
			throw new BusinessRuleException("company.merged.readOnly");
		}
		Contact contact = contacts.saveAndFlush(new Contact(companyId, data));
		audit.created("contact", contact.getId(), contact.getName() + " (" + company.getName() + ")");
		return contact.view();
	}

	/** One contact of the company, to edit; opening it is audited. */
	ContactView open(long companyId, long contactId) {
		Contact contact = find(companyId, contactId);
		audit.viewed("contact", contactId, contact.getName());
		return contact.view();
	}

	ContactView change(long companyId, long contactId, long expectedVersion, ContactData data) {
		Contact contact = find(companyId, contactId);
		if (contact.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Contact.class, contactId);
		}
		contact.apply(data);
		contacts.saveAndFlush(contact);
		audit.updated("contact", contactId, contact.getName());
		return contact.view();
	}

	void remove(long companyId, long contactId) {
		Contact contact = find(companyId, contactId);
		contacts.delete(contact);
		audit.deleted("contact", contactId, contact.getName());
	}

	private Contact find(long companyId, long contactId) {
		return contacts.findById(contactId)
			.filter(c -> c.getCompanyId() == companyId)
			.orElseThrow(() -> new RecordNotFoundException("contact", contactId));
	}

}
