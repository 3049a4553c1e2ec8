package jp.kyoten.agency;

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

/** Contact persons of an agency: add, edit, remove (staff). */
@Controller
@RequestMapping("/agencies/{agencyId}/contacts")
@PreAuthorize(AgenciesController.STAFF)
class AgencyContactsController {

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

		static ContactForm of(AgencyContactView c) {
			return new ContactForm(c.name(), c.nameKana(), c.department(), c.title(), c.email(), c.phone());
		}

		AgencyContactDetails details() {
			return new AgencyContactDetails(name, nameKana, department, title, email, phone);
		}

	}

	private final Agencies agencies;

	private final ManageAgencyContacts contacts;

	private final AuditTrail audit;

	private final Feedback feedback;

	AgencyContactsController(Agencies agencies, ManageAgencyContacts contacts, AuditTrail audit, Feedback feedback) {
		this.agencies = agencies;
		this.contacts = contacts;
		this.audit = audit;
		this.feedback = feedback;
	}

	@GetMapping("/new")
	String newContact(@PathVariable long agencyId, Model model) {
		model.addAttribute("agency", agencies.get(agencyId));
		model.addAttribute("contactForm", new ContactForm(null, null, null, null, null, null));
		return "agency/contact-form";
	}

	@PostMapping
	String add(@PathVariable long agencyId, @Valid @ModelAttribute ContactForm contactForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AgencyView agency = agencies.get(agencyId);
		if (result.hasErrors()) {
			model.addAttribute("agency", agency);
			return "agency/contact-form";
		}
		contacts.add(agencyId, contactForm.details());
		feedback.done(redirect, "agency.contact.added", contactForm.name());
		return "redirect:/agencies/" + agencyId;
	}

	@GetMapping("/{contactId}/edit")
	String edit(@PathVariable long agencyId, @PathVariable long contactId, Model model) {
		AgencyView agency = agencies.get(agencyId);
		AgencyContactView contact = agencies.contact(agencyId, contactId);
		audit.viewed("agency_contact", contactId, agency.name() + " の担当者を編集のため表示");
		model.addAttribute("agency", agency);
		model.addAttribute("contactId", contactId);
		model.addAttribute("contactForm", ContactForm.of(contact));
		return "agency/contact-form";
	}

	@PostMapping("/{contactId}")
	String save(@PathVariable long agencyId, @PathVariable long contactId,
			@Valid @ModelAttribute ContactForm contactForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AgencyView agency = agencies.get(agencyId);
		agencies.contact(agencyId, contactId);
		if (result.hasErrors()) {
			model.addAttribute("agency", agency);
			model.addAttribute("contactId", contactId);
			return "agency/contact-form";
		}
		contacts.update(agencyId, contactId, contactForm.details());
		feedback.done(redirect, "agency.contact.updated", contactForm.name());
		return "redirect:/agencies/" + agencyId;
	}

	@PostMapping("/{contactId}/delete")
	String remove(@PathVariable long agencyId, @PathVariable long contactId, RedirectAttributes redirect) {
		contacts.remove(agencyId, contactId);
		feedback.done(redirect, "agency.contact.removed");
		return "redirect:/agencies/" + agencyId;
	}

}
