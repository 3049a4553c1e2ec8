package jp.kyoten.directory;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.Roles;
import jp.kyoten.platform.web.Feedback;

/**
 * Adding, changing and removing the contacts of a company; they are listed on the
 * company's page.
 */
@Controller
@RequestMapping("/companies/{companyId}/contacts")
@PreAuthorize(Roles.STAFF)
class ContactsController {

	record ContactForm(@Valid ContactData data, Long version) {

		ContactForm {
			data = data == null ? new ContactData(null, null, null, null, null, null, null) : data;
		}

	}

	private final CompanyContacts contacts;

	private final ViewCompany view;

	private final Feedback feedback;

	ContactsController(CompanyContacts contacts, ViewCompany view, Feedback feedback) {
		this.contacts = contacts;
		this.view = view;
		this.feedback = feedback;
	}

	@GetMapping("/new")
	String newContact(@PathVariable long companyId, Model model) {
		model.addAttribute("company", view.row(companyId));
		model.addAttribute("contactForm", new ContactForm(null, null));
		return "companies/contact-form";
	}

	@PostMapping
	String add(@PathVariable long companyId, @Valid @ModelAttribute ContactForm contactForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("company", view.row(companyId));
		var added = feedback.saved(result, () -> contacts.add(companyId, contactForm.data()));
		if (added.isEmpty()) {
			return "companies/contact-form";
		}
		feedback.done(redirect, "contact.created", added.get().name());
		return "redirect:/companies/" + companyId;
	}

	@GetMapping("/{contactId}/edit")
	String edit(@PathVariable long companyId, @PathVariable long contactId, Model model) {
		model.addAttribute("company", view.row(companyId));
		ContactView contact = contacts.open(companyId, contactId);
		model.addAttribute("contact", contact);
		model.addAttribute("contactForm",
				new ContactForm(new ContactData(contact.name(), contact.nameKana(), contact.department(),
						contact.title(), contact.email(), contact.phone(), contact.notes()), contact.version()));
		return "companies/contact-form";
	}

	@PostMapping("/{contactId}")
	String change(@PathVariable long companyId, @PathVariable long contactId,
			@Valid @ModelAttribute ContactForm contactForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("company", view.row(companyId));
		model.addAttribute("contact", new ContactView(contactId, companyId, contactForm.data().name(), null, null, null,
				null, null, null, contactForm.version() == null ? 0 : contactForm.version(), null, null));
		if (result.hasErrors()) {
			return "companies/contact-form";
		}
		try {
			contacts.change(companyId, contactId, contactForm.version() == null ? -1 : contactForm.version(),
					contactForm.data());
			feedback.done(redirect, "contact.updated", contactForm.data().name());
			return "redirect:/companies/" + companyId;
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("error.optimisticLock");
			return "companies/contact-form";
		}
	}

	@PostMapping("/{contactId}/delete")
	String remove(@PathVariable long companyId, @PathVariable long contactId, RedirectAttributes redirect) {
		contacts.remove(companyId, contactId);
		feedback.done(redirect, "contact.deleted");
		return "redirect:/companies/" + companyId;
	}

}
