package jp.kyoten.platform.contact;

import jakarta.validation.Valid;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.web.Feedback;

/**
 * The pages of an organisation's contact persons — add, edit, remove — written once for
 * every module that keeps them. A module's controller extends it under
 * {@code @RequestMapping("/…/{ownerId}/contacts")} with its own access rule, and answers
 * the few questions only it can: who the owner is, and its use case's add, update and
 * remove. The form is one template, {@code fragments/contact-person-form}; its words come
 * from the module's messages ({@code <messages>.contact.add}, {@code .name}, …).
 */
public abstract class ContactPersonPages {

	/** The organisation whose contact persons these are, as the form shows it. */
	public record Owner(long id, String name, String path, String messages) {
	}

	private static final String FORM = "fragments/contact-person-form";

	private final Feedback feedback;

	protected ContactPersonPages(Feedback feedback) {
		this.feedback = feedback;
	}

	/** The owner in scope, or a not-found refusal. */
	protected abstract Owner owner(long ownerId);

	/**
	 * The contact person to edit (a not-found refusal if the owner has none of this id);
	 * the module records that it was shown.
	 */
	protected abstract ContactPerson contactToEdit(Owner owner, long contactId);

	/** Refuses (not found) a contact person the owner does not have. */
	protected abstract void requireContact(long ownerId, long contactId);

	protected abstract void add(long ownerId, ContactPerson contact);

	protected abstract void update(long ownerId, long contactId, ContactPerson contact);

	protected abstract void remove(long ownerId, long contactId);

	@GetMapping("/new")
	public String newContact(@PathVariable long ownerId, Model model) {
		model.addAttribute("owner", owner(ownerId));
		model.addAttribute("contactForm", ContactPersonForm.empty());
		return FORM;
	}

	@PostMapping
	public String addContact(@PathVariable long ownerId,
			@Valid @ModelAttribute("contactForm") ContactPersonForm contactForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Owner owner = owner(ownerId);
		if (result.hasErrors()) {
			model.addAttribute("owner", owner);
			return FORM;
		}
		add(ownerId, contactForm.details());
		feedback.done(redirect, owner.messages() + ".contact.added", contactForm.name());
		return "redirect:" + owner.path();
	}

	@GetMapping("/{contactId}/edit")
	public String edit(@PathVariable long ownerId, @PathVariable long contactId, Model model) {
		Owner owner = owner(ownerId);
		ContactPerson contact = contactToEdit(owner, contactId);
		model.addAttribute("owner", owner);
		model.addAttribute("contactId", contactId);
		model.addAttribute("contactForm", ContactPersonForm.of(contact));
		return FORM;
	}

	@PostMapping("/{contactId}")
	public String save(@PathVariable long ownerId, @PathVariable long contactId,
			@Valid @ModelAttribute("contactForm") ContactPersonForm contactForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Owner owner = owner(ownerId);
		requireContact(ownerId, contactId);
		if (result.hasErrors()) {
			model.addAttribute("owner", owner);
			model.addAttribute("contactId", contactId);
			return FORM;
		}
		update(ownerId, contactId, contactForm.details());
		feedback.done(redirect, owner.messages() + ".contact.updated", contactForm.name());
		return "redirect:" + owner.path();
	}

	@PostMapping("/{contactId}/delete")
	public String removeContact(@PathVariable long ownerId, @PathVariable long contactId, RedirectAttributes redirect) {
		Owner owner = owner(ownerId);
		remove(ownerId, contactId);
		feedback.done(redirect, owner.messages() + ".contact.removed");
		return "redirect:" + owner.path();
	}

}
