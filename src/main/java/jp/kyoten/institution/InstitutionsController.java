package jp.kyoten.institution;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.Roles;
import jp.kyoten.platform.contact.ContactPersonRow;
import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * The hub's support institutions: list with filters, detail with contacts, create and
 * edit.
 */
@Controller
@RequestMapping("/institutions")
@PreAuthorize(InstitutionsController.READERS)
class InstitutionsController {

	static final String READERS = Roles.STAFF;

	static final String WRITERS = Roles.CASE_STAFF;

	record InstitutionForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameKana,
			@NotNull InstitutionKind kind, @Size(max = 100) String branch,
			@Pattern(regexp = "[0-9]{3}-[0-9]{4}") String postalCode, @Size(max = 300) String address,
			@Size(max = 30) @Pattern(regexp = "[0-9()+ -]+") String phone,
			@Size(max = 500) @Pattern(regexp = "https?://\\S+") String url, @Size(max = 4000) String notes,
			Boolean active, Integer version) {

		InstitutionForm {
			name = FormText.trimmed(name);
			nameKana = FormText.trimmed(nameKana);
			branch = FormText.trimmed(branch);
			postalCode = InstitutionDetails.postalCode(postalCode);
			address = FormText.trimmed(address);
			phone = FormText.halfWidth(phone);
			url = FormText.trimmed(url);
			notes = FormText.trimmed(notes);
		}

		static InstitutionForm empty() {
			return new InstitutionForm(null, null, null, null, null, null, null, null, null, true, null);
		}

		static InstitutionForm of(InstitutionView v) {
			return new InstitutionForm(v.name(), v.nameKana(), v.kind(), v.branch(), v.postalCode(), v.address(),
					v.phone(), v.url(), v.notes(), v.active(), v.version());
		}

		InstitutionDetails details() {
			return new InstitutionDetails(name, nameKana, kind, branch, postalCode, address, phone, url, notes);
		}

	}

	private final Institutions institutions;

	private final RegisterInstitution register;

	private final UpdateInstitution update;

	private final AuditTrail audit;

	private final Feedback feedback;

	private final ManageInstitutionContacts contacts;

	InstitutionsController(Institutions institutions, RegisterInstitution register, UpdateInstitution update,
			AuditTrail audit, Feedback feedback, ManageInstitutionContacts contacts) {
		this.institutions = institutions;
		this.contacts = contacts;
		this.register = register;
		this.update = update;
		this.audit = audit;
		this.feedback = feedback;
	}

	@ModelAttribute("kinds")
	InstitutionKind[] kinds() {
		return InstitutionKind.values();
	}

	/**
	 * The full page, or only the result table for an htmx request from the filter form.
	 */
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) InstitutionKind kind,
			@RequestParam(defaultValue = "false") boolean financial,
			@RequestParam(defaultValue = "false") boolean inactive, ListParams list, HttpServletRequest request,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var filter = new Institutions.Filter(FormText.trimmed(q), kind, financial, inactive);
		model.addAttribute("q", filter.q());
		model.addAttribute("kind", kind);
		model.addAttribute("financial", financial);
		model.addAttribute("inactive", inactive);
		model.addAttribute("results",
				institutions.page(filter, list.request(Institutions.SORTING), ListParams.baseUrl(request)));
		return htmx != null ? "institution/list :: results" : "institution/list";
	}

	/**
	 * Shows the institution with its contact persons; showing contacts (personal data) is
	 * audited.
	 */
	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		InstitutionView institution = institutions.get(id);
		List<ContactPersonRow> people = contacts.listOf(id);
		if (!people.isEmpty()) {
			audit.viewed("institution", id, institution.displayName() + " の担当者 " + people.size() + " 名を表示");
		}
		model.addAttribute("institution", institution);
		model.addAttribute("contacts", people);
		return "institution/detail";
	}

	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String newInstitution(Model model) {
		model.addAttribute("institutionForm", InstitutionForm.empty());
		model.addAttribute("editing", false);
		return "institution/form";
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	String create(@Valid @ModelAttribute InstitutionForm institutionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var id = feedback.saved(result, Feedback.field("name"), () -> register.register(institutionForm.details()));
		if (id.isPresent()) {
			feedback.done(redirect, "institution.created", institutionForm.name());
			return "redirect:/institutions/" + id.get();
		}
		model.addAttribute("editing", false);
		return "institution/form";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(WRITERS)
	String edit(@PathVariable long id, Model model) {
		InstitutionView institution = institutions.get(id);
		model.addAttribute("institution", institution);
		model.addAttribute("institutionForm", InstitutionForm.of(institution));
		model.addAttribute("editing", true);
		return "institution/form";
	}

	@PostMapping("/{id}")
	@PreAuthorize(WRITERS)
	String save(@PathVariable long id, @Valid @ModelAttribute InstitutionForm institutionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		InstitutionView institution = institutions.get(id);
		int version = institutionForm.version() == null ? -1 : institutionForm.version();
		boolean active = Boolean.TRUE.equals(institutionForm.active());
		if (feedback.accepted(result, Feedback.field("name"),
				() -> update.update(id, version, institutionForm.details(), active))) {
			feedback.done(redirect, "institution.updated");
			return "redirect:/institutions/" + id;
		}
		model.addAttribute("institution", institution);
		model.addAttribute("editing", true);
		return "institution/form";
	}

}
