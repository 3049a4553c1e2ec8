package jp.kyoten.institution;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.contact.ContactPersonPages;
import jp.kyoten.platform.web.Feedback;

/**
 * Contact persons of an institution: add, edit, remove (staff who may change
 * institutions). The pages are {@link ContactPersonPages}', shared with every module that
 * keeps contact persons; this controller names the owner and its use case.
 */
@Controller
@RequestMapping("/institutions/{ownerId}/contacts")
@PreAuthorize(InstitutionsController.WRITERS)
class InstitutionContactsController extends ContactPersonPages {

	private final Institutions institutions;

	private final ManageInstitutionContacts contacts;

	private final AuditTrail audit;

	InstitutionContactsController(Institutions institutions, ManageInstitutionContacts contacts, AuditTrail audit,
			Feedback feedback) {
		super(feedback);
		this.institutions = institutions;
		this.contacts = contacts;
		this.audit = audit;
	}

	@Override
	protected Owner owner(long ownerId) {
		InstitutionView institution = institutions.get(ownerId);
		return new Owner(ownerId, institution.displayName(), "/institutions/" + ownerId, "institution");
	}

	@Override
	protected ContactPerson contactToEdit(Owner owner, long contactId) {
		InstitutionContactView c = institutions.contact(owner.id(), contactId);
		audit.viewed("institution_contact", contactId, owner.name() + " の担当者を編集のため表示");
		return new ContactPerson(c.name(), c.nameKana(), c.department(), c.title(), c.email(), c.phone());
	}

	@Override
	protected void requireContact(long ownerId, long contactId) {
		institutions.contact(ownerId, contactId);
	}

	@Override
	protected void add(long ownerId, ContactPerson contact) {
		contacts.add(ownerId, contact);
	}

	@Override
	protected void update(long ownerId, long contactId, ContactPerson contact) {
		contacts.update(ownerId, contactId, contact);
	}

	@Override
	protected void remove(long ownerId, long contactId) {
		contacts.remove(ownerId, contactId);
	}

}
