package jp.kyoten.platform.contact;

import java.util.function.LongFunction;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.Roles;
import jp.kyoten.platform.web.Feedback;

/**
 * The pages of an organisation's contact persons — add, edit, remove — written once for
 * every module that keeps them. A module's controller extends it under
 * {@code @RequestMapping("/…/{ownerId}/contacts")} with its own access rule, and hands it
 * its {@link ContactPersonTable} and who the owner of an id is. The form is one template,
 * {@code fragments/contact-person-form}; its words come from the module's messages
 * ({@code <messages>.contact.add}, {@code .name}, …).
 * <p>
 * The access rule stands here, on the class that declares the handlers: Spring Security
 * reads {@code @PreAuthorize} from the class that declares the method it calls, so a
 * subclass's annotation alone would not guard these methods
 * ({@code InstitutionRegistryTests} proves a clerk is refused). Case staff change the
 * contact persons of agencies and institutions. An owner whose rule differs (the
 * directory's companies: all staff, clerks too) says so on its controller and declares
 * the handlers there again, each calling this one, so that its rule is the one read (ADR
 * 251); a handler added here and not declared again there falls back to this narrower
 * rule, never to a wider one.
 */
@PreAuthorize(Roles.CASE_STAFF)
public abstract class ContactPersonPages {

	/** The organisation whose contact persons these are, as the form shows it. */
	public record Owner(long id, String name, String path, String messages) {
	}

	private static final String FORM = "fragments/contact-person-form";

	private final ContactPersonTable contacts;

	private final Feedback feedback;

	private final LongFunction<Owner> owners;

	/**
	 * @param owners the owner of an id in the hub in scope, or a not-found refusal
	 */
	protected ContactPersonPages(ContactPersonTable contacts, Feedback feedback, LongFunction<Owner> owners) {
		this.contacts = contacts;
		this.feedback = feedback;
		this.owners = owners;
	}

	private Owner owner(long ownerId) {
		return owners.apply(ownerId);
	}

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
		if (feedback.saved(result, () -> contacts.add(ownerId, contactForm.details())).isEmpty()) {
			model.addAttribute("owner", owner);
			return FORM;
		}
		feedback.done(redirect, owner.messages() + ".contact.added", contactForm.name());
		return "redirect:" + owner.path();
	}

	@GetMapping("/{contactId}/edit")
	public String edit(@PathVariable long ownerId, @PathVariable long contactId, Model model) {
		Owner owner = owner(ownerId);
		ContactPersonRow contact = contacts.find(ownerId, contactId);
		contacts.shownForEdit(ownerId, contact, owner.name());
		model.addAttribute("owner", owner);
		model.addAttribute("contactId", contactId);
		model.addAttribute("contactForm", ContactPersonForm.of(contact));
		return FORM;
	}

	/**
	 * Saves the form over the version it was opened at; someone else's save in between is
	 * refused on the form ({@code error.optimisticLock}) with what was typed.
	 */
	@PostMapping("/{contactId}")
	public String save(@PathVariable long ownerId, @PathVariable long contactId,
			@Valid @ModelAttribute("contactForm") ContactPersonForm contactForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Owner owner = owner(ownerId);
		contacts.find(ownerId, contactId);
		long version = contactForm.version() == null ? -1 : contactForm.version();
		if (!feedback.accepted(result, () -> contacts.update(ownerId, contactId, version, contactForm.details()))) {
			model.addAttribute("owner", owner);
			model.addAttribute("contactId", contactId);
			return FORM;
		}
		feedback.done(redirect, owner.messages() + ".contact.updated", contactForm.name());
		return "redirect:" + owner.path();
	}

	@PostMapping("/{contactId}/delete")
	public String removeContact(@PathVariable long ownerId, @PathVariable long contactId, RedirectAttributes redirect) {
		Owner owner = owner(ownerId);
		contacts.remove(ownerId, contactId);
		feedback.done(redirect, owner.messages() + ".contact.removed");
		return "redirect:" + owner.path();
	}

}
