package jp.kyoten.directory;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.Roles;
import jp.kyoten.platform.contact.ContactPersonForm;
import jp.kyoten.platform.contact.ContactPersonPages;
import jp.kyoten.platform.web.Feedback;

/**
 * Adding, changing and removing the contacts of a company (listed on the company's page):
 * the pages of {@link ContactPersonPages}, shared with agencies and institutions, under
 * the directory's own rule — every staff member, clerks too, keeps the companies'
 * contacts, where only case staff keep the agencies' and institutions'. Spring Security
 * reads a rule from the class that declares the handler, so the handlers are declared
 * here again, each calling the shared one (ADR 251).
 */
@Controller
@RequestMapping("/companies/{ownerId}/contacts")
@PreAuthorize(Roles.STAFF)
class CompanyContactsController extends ContactPersonPages {

	CompanyContactsController(CompanyContacts contacts, ViewCompany view, Feedback feedback) {
		super(contacts, feedback, id -> new Owner(id, view.row(id).name(), "/companies/" + id, "company"));
	}

	@Override
	public String newContact(@PathVariable long ownerId, Model model) {
		return super.newContact(ownerId, model);
	}

	@Override
	public String addContact(@PathVariable long ownerId,
			@Valid @ModelAttribute("contactForm") ContactPersonForm contactForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return super.addContact(ownerId, contactForm, result, model, redirect);
	}

	@Override
	public String edit(@PathVariable long ownerId, @PathVariable long contactId, Model model) {
		return super.edit(ownerId, contactId, model);
	}

	@Override
	public String save(@PathVariable long ownerId, @PathVariable long contactId,
			@Valid @ModelAttribute("contactForm") ContactPersonForm contactForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return super.save(ownerId, contactId, contactForm, result, model, redirect);
	}

	@Override
	public String removeContact(@PathVariable long ownerId, @PathVariable long contactId, RedirectAttributes redirect) {
		return super.removeContact(ownerId, contactId, redirect);
	}

}
