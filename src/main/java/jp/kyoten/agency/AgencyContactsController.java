package jp.kyoten.agency;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jp.kyoten.platform.contact.ContactPersonPages;
import jp.kyoten.platform.web.Feedback;

/**
 * Contact persons of an agency: add, edit, remove (staff). The pages are
 * {@link ContactPersonPages}', shared with every module that keeps contact persons, and
 * so is their access rule (case staff).
 */
@Controller
@RequestMapping("/agencies/{ownerId}/contacts")
class AgencyContactsController extends ContactPersonPages {

	AgencyContactsController(Agencies agencies, ManageAgencyContacts contacts, Feedback feedback) {
		super(contacts, feedback, id -> new Owner(id, agencies.get(id).name(), "/agencies/" + id, "agency"));
	}

}
