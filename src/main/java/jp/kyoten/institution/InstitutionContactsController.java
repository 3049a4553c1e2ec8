package jp.kyoten.institution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.Feedback;

/**
 * Contact persons of an institution: add, edit, remove (staff who may change
 * institutions).
 */
@Controller
@RequestMapping("/institutions/{institutionId}/contacts")
@PreAuthorize(InstitutionsController.WRITERS)
class InstitutionContactsController {

	record ContactForm(@NotBlank @Size(max = 100) String name, @Size(max = 100) String nameKana,
			@Size(max = 100) String department, @Size(max = 100) String title, @Email @Size(max = 254) String email,
			@Size(max = 30) @Pattern(regexp = "[0-9()+ -]+") String phone) {

		ContactForm {
			name = FormText.trimmed(name);
			nameKana = FormText.trimmed(nameKana);
			department = FormText.trimmed(department);
			title = FormText.trimmed(title);
			email = FormText.halfWidth(email);
			phone = FormText.halfWidth(phone);
		}

		static ContactForm of(InstitutionContactView c) {
			return new ContactForm(c.name(), c.nameKana(), c.department(), c.title(), c.email(), c.phone());
		}

		InstitutionContactDetails details() {
			return new InstitutionContactDetails(name, nameKana, department, title, email, phone);
		}

	}

	private final Institutions institutions;

	private final ManageInstitutionContacts contacts;

	private final AuditTrail audit;

	private final Feedback feedback;

	InstitutionContactsController(Institutions institutions, ManageInstitutionContacts contacts, AuditTrail audit,
			Feedback feedback) {
		this.institutions = institutions;
		this.contacts = contacts;
		this.audit = audit;
		this.feedback = feedback;
	}

	@GetMapping("/new")
	String newContact(@PathVariable long institutionId, Model model) {
		model.addAttribute("institution", institutions.get(institutionId));
		model.addAttribute("contactForm", new ContactForm(null, null, null, null, null, null));
		return "institution/contact-form";
	}

	@PostMapping
	String add(@PathVariable long institutionId, @Valid @ModelAttribute ContactForm contactForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		InstitutionView institution = institutions.get(institutionId);
		if (result.hasErrors()) {
			model.addAttribute("institution", institution);
			return "institution/contact-form";
		}
		contacts.add(institutionId, contactForm.details());
		feedback.done(redirect, "institution.contact.added", contactForm.name());
		return "redirect:/institutions/" + institutionId;
	}

	@GetMapping("/{contactId}/edit")
	String edit(@PathVariable long institutionId, @PathVariable long contactId, Model model) {
		InstitutionView institution = institutions.get(institutionId);
		InstitutionContactView contact = institutions.contact(institutionId, contactId);
		audit.viewed("institution_contact", contactId, institution.displayName() + " の担当者を編集のため表示");
		model.addAttribute("institution", institution);
		model.addAttribute("contactId", contactId);
		model.addAttribute("contactForm", ContactForm.of(contact));
		return "institution/contact-form";
	}

	@PostMapping("/{contactId}")
	String save(@PathVariable long institutionId, @PathVariable long contactId,
			@Valid @ModelAttribute ContactForm contactForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		InstitutionView institution = institutions.get(institutionId);
		institutions.contact(institutionId, contactId);
		if (result.hasErrors()) {
			model.addAttribute("institution", institution);
			model.addAttribute("contactId", contactId);
			return "institution/contact-form";
		}
		contacts.update(institutionId, contactId, contactForm.details());
		feedback.done(redirect, "institution.contact.updated", contactForm.name());
		return "redirect:/institutions/" + institutionId;
	}

	@PostMapping("/{contactId}/delete")
	String remove(@PathVariable long institutionId, @PathVariable long contactId, RedirectAttributes redirect) {
		contacts.remove(institutionId, contactId);
		feedback.done(redirect, "institution.contact.removed");
		return "redirect:/institutions/" + institutionId;
	}

}
