package jp.kyoten.agency;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.contact.ContactPersonPages;
import jp.kyoten.platform.web.Feedback;

/**
 * Contact persons of an agency: add, edit, remove (staff). The pages are
 * {@link ContactPersonPages}', shared with every module that keeps contact persons; this
 * controller names the owner and its use case.
 */
@Controller
@RequestMapping("/agencies/{ownerId}/contacts")
@PreAuthorize(AgenciesController.STAFF)
class AgencyContactsController extends ContactPersonPages {

	private final Agencies agencies;

	private final ManageAgencyContacts contacts;

	private final AuditTrail audit;

	AgencyContactsController(Agencies agencies, ManageAgencyContacts contacts, AuditTrail audit, Feedback feedback) {
		super(feedback);
		this.agencies = agencies;
		this.contacts = contacts;
		this.audit = audit;
	}

	@Override
	protected Owner owner(long ownerId) {
		AgencyView agency = agencies.get(ownerId);
		return new Owner(ownerId, agency.name(), "/agencies/" + ownerId, "agency");
	}

	@Override
	protected ContactPerson contactToEdit(Owner owner, long contactId) {
		AgencyContactView c = agencies.contact(owner.id(), contactId);
		audit.viewed("agency_contact", contactId, owner.name() + " の担当者を編集のため表示");
		return new ContactPerson(c.name(), c.nameKana(), c.department(), c.title(), c.email(), c.phone());
	}

	@Override
	protected void requireContact(long ownerId, long contactId) {
		agencies.contact(ownerId, contactId);
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
