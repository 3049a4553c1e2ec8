package jp.kyoten.institution;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jp.kyoten.platform.contact.ContactPersonPages;
import jp.kyoten.platform.web.Feedback;

/**
 * Contact persons of an institution: add, edit, remove (staff who may change
 * institutions). The pages are {@link ContactPersonPages}', shared with every module that
 * keeps contact persons.
 */
@Controller
@RequestMapping("/institutions/{ownerId}/contacts")
class InstitutionContactsController extends ContactPersonPages {

	InstitutionContactsController(Institutions institutions, ManageInstitutionContacts contacts, Feedback feedback) {
		super(contacts, feedback,
				id -> new Owner(id, institutions.get(id).displayName(), "/institutions/" + id, "institution"));
	}

}
