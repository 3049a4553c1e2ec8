package jp.kyoten.agency;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
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
import jp.kyoten.hub.Prefectures;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.Roles;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The hub's recruitment agencies: list with filters, detail with strengths, checklist,
 * status history and contacts, create and edit; status changes for managers.
 */
@Controller
@RequestMapping("/agencies")
@PreAuthorize(AgenciesController.READERS)
class AgenciesController {

	static final String READERS = Roles.STAFF;

	static final String STAFF = Roles.CASE_STAFF;

	static final String MANAGERS = Roles.MANAGERS;

	static final String PREFECTURE = "0[1-9]|[1-3][0-9]|4[0-7]";

	record AgencyForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameKana,
			@CorporateNumber String corporateNumber,
			@NotBlank @Pattern(regexp = LicenceNumber.PATTERN) String licenceNumber,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreementDate,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreementEnd,
			@NotEmpty Set<EmploymentForm> employmentForms, @NotEmpty Set<JobCategory> jobCategories,
			Set<@Pattern(regexp = Industries.PATTERN) String> industries,
			@NotEmpty Set<@Pattern(regexp = PREFECTURE) String> prefectureCodes, @Size(max = 4000) String description,
			@Size(max = 500) @Pattern(regexp = "https?://\\S+") String website,
			@Size(max = 30) @Pattern(regexp = "[0-9()+ -]+") String phone, @Email @Size(max = 254) String email,
			@Size(max = 300) String address, @Size(max = 4000) String notes, Integer version) {

		AgencyForm {
			name = FormText.trimmed(name);
			nameKana = FormText.trimmed(nameKana);
			corporateNumber = FormText.halfWidth(corporateNumber);
			licenceNumber = LicenceNumber.normalize(licenceNumber);
			employmentForms = employmentForms == null ? Set.of() : employmentForms;
			jobCategories = jobCategories == null ? Set.of() : jobCategories;
			industries = industries == null ? Set.of() : industries;
			prefectureCodes = prefectureCodes == null ? Set.of() : prefectureCodes;
			description = FormText.trimmed(description);
			website = FormText.trimmed(website);
			phone = FormText.halfWidth(phone);
			email = FormText.halfWidth(email);
			address = FormText.trimmed(address);
			notes = FormText.trimmed(notes);
		}

		static AgencyForm empty() {
			return new AgencyForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null);
		}

		static AgencyForm of(AgencyView a) {
			return new AgencyForm(a.name(), a.nameKana(), a.corporateNumber(), a.licenceNumber(), a.agreementDate(),
					a.agreementEnd(), a.employmentForms(), a.jobCategories(), Set.copyOf(a.industries()),
					Set.copyOf(a.prefectureCodes()), a.description(), a.website(), a.phone(), a.email(), a.address(),
					a.notes(), a.version());
		}

		AgencyDetails details() {
			return new AgencyDetails(name, nameKana, corporateNumber, licenceNumber, agreementDate, agreementEnd,
					employmentForms, jobCategories, industries.stream().toList(), prefectureCodes.stream().toList(),
					description, website, phone, email, address, notes);
		}

	}

	private final Agencies agencies;

	private final ReceiveAgencyApplication receive;

	private final UpdateAgency update;

	private final ChangeAgencyStatus changeStatus;

	private final CheckAgencyRequirement check;

	private final AuditTrail audit;

	private final Feedback feedback;

	private final UserAccounts accounts;

	private final ManageAgencyContacts contacts;

	AgenciesController(Agencies agencies, ReceiveAgencyApplication receive, UpdateAgency update,
			ChangeAgencyStatus changeStatus, CheckAgencyRequirement check, AuditTrail audit, Feedback feedback,
			UserAccounts accounts, ManageAgencyContacts contacts) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.agencies = agencies;
		this.receive = receive;
		this.update = update;
		this.changeStatus = changeStatus;
		this.check = check;
		this.audit = audit;
		this.feedback = feedback;
	}

	/**
	 * The full page, or only the result table for an htmx request from the filter form.
	 */
	@GetMapping
	String list(@RequestParam(required = false) AgencyStatus status,
			@RequestParam(required = false) EmploymentForm employmentForm,
			@RequestParam(required = false) JobCategory jobCategory, @RequestParam(required = false) String prefecture,
			@RequestParam(required = false) String q, ListParams list, HttpServletRequest request,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String region = Prefectures.isValid(prefecture) ? prefecture : null;
		String text = FormText.trimmed(q);
		var filter = new Agencies.Filter(status, employmentForm, jobCategory, region);
		referenceData(model);
		model.addAttribute("status", status);
		model.addAttribute("employmentForm", employmentForm);
		model.addAttribute("jobCategory", jobCategory);
		model.addAttribute("prefecture", region);
		model.addAttribute("q", text);
		model.addAttribute("results",
				agencies.page(filter, text, list.request(Agencies.SORTING), ListParams.baseUrl(request)));
		return htmx != null ? "agency/list :: results" : "agency/list";
	}

	/** Shows the agency; showing its contact persons (personal data) is audited. */
	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		AgencyView agency = agencies.get(id);
		var people = contacts.listOf(id);
		if (!people.isEmpty()) {
			audit.viewed("agency", id, agency.name() + " の担当者 " + people.size() + " 名を表示");
		}
		referenceData(model);
		checklist(agency, model);
		model.addAttribute("history", agencies.history(id));
		model.addAttribute("contacts", people);
		model.addAttribute("transitions", AgencyTransition.availableFrom(agency.status()));
		model.addAttribute("agencyAccounts", accounts.actingFor(HubScope.require(), id));
		return "agency/detail";
	}

	@GetMapping("/new")
	@PreAuthorize(STAFF)
	String newAgency(Model model) {
		referenceData(model);
		model.addAttribute("agencyForm", AgencyForm.empty());
		model.addAttribute("editing", false);
		return "agency/form";
	}

	@PostMapping
	@PreAuthorize(STAFF)
	String create(@Valid @ModelAttribute AgencyForm agencyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkAgreementPeriod(agencyForm, result);
		var id = feedback.saved(result, AgenciesController::fieldOf, () -> receive.receive(agencyForm.details()));
		if (id.isPresent()) {
			feedback.done(redirect, "agency.created", agencyForm.name());
			return "redirect:/agencies/" + id.get();
		}
		referenceData(model);
		model.addAttribute("editing", false);
		return "agency/form";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(STAFF)
	String edit(@PathVariable long id, Model model) {
		AgencyView agency = agencies.get(id);
		referenceData(model);
		model.addAttribute("agency", agency);
		model.addAttribute("agencyForm", AgencyForm.of(agency));
		model.addAttribute("editing", true);
		return "agency/form";
	}

	@PostMapping("/{id}")
	@PreAuthorize(STAFF)
	String save(@PathVariable long id, @Valid @ModelAttribute AgencyForm agencyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AgencyView agency = agencies.get(id);
		checkAgreementPeriod(agencyForm, result);
		int version = agencyForm.version() == null ? -1 : agencyForm.version();
		if (feedback.accepted(result, AgenciesController::fieldOf,
				() -> update.update(id, version, agencyForm.details()))) {
			feedback.done(redirect, "agency.updated");
			return "redirect:/agencies/" + id;
		}
		referenceData(model);
		model.addAttribute("agency", agency);
		model.addAttribute("editing", true);
		return "agency/form";
	}

	/**
	 * 登録・停止・再開・取消 (managers only); a refused change is explained on the agency's page.
	 */
	@PostMapping("/{id}/status")
	@PreAuthorize(MANAGERS)
	String changeStatus(@PathVariable long id, @RequestParam AgencyTransition transition,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (feedback.accepted(redirect, () -> changeStatus.apply(id, transition, reason))) {
			redirect.addFlashAttribute("flash",
					feedback.say("agency.status.changed", feedback.say("agencyStatus." + transition.target())));
		}
		return "redirect:/agencies/" + id;
	}

	/**
	 * Ticks or unticks one requirement; an htmx request gets the checklist back, others
	 * the page.
	 */
	@PostMapping("/{id}/checks/{requirementId}")
	@PreAuthorize(STAFF)
	String check(@PathVariable long id, @PathVariable long requirementId,
			@RequestParam(defaultValue = "false") boolean satisfied, @RequestParam(required = false) String note,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		String error = feedback.refusalOf(() -> check.check(id, requirementId, satisfied, note)).orElse(null);
		if (htmx == null) {
			if (error != null) {
				redirect.addFlashAttribute("flashError", error);
			}
			return "redirect:/agencies/" + id + "#checklist";
		}
		checklist(agencies.get(id), model);
		model.addAttribute("checklistError", error);
		return "agency/detail :: checklist";
	}

	private void checklist(AgencyView agency, Model model) {
		RequirementChecklist checklist = agencies.checklist(agency.id());
		model.addAttribute("agency", agency);
		model.addAttribute("checklist", checklist.items());
		model.addAttribute("missing", checklist.missing());
	}

	private void checkAgreementPeriod(AgencyForm form, BindingResult result) {
		if (form.agreementDate() != null && form.agreementEnd() != null
				&& form.agreementEnd().isBefore(form.agreementDate())) {
			result.rejectValue("agreementEnd", "agency.agreementEnd.beforeStart");
		}
	}

	/** The field a refusal belongs to; others concern the whole form. */
	private static String fieldOf(String code) {
		return switch (code) {
			case "agency.licence.taken" -> "licenceNumber";
			case "agency.agreementEnd.beforeStart" -> "agreementEnd";
			default -> null;
		};
	}

	/**
	 * Codes and labels the pages offer: statuses, strengths, JSIC divisions and
	 * prefectures.
	 */
	static void referenceData(Model model) {
		model.addAttribute("statuses", AgencyStatus.values());
		model.addAttribute("employmentForms", EmploymentForm.values());
		model.addAttribute("jobCategories", JobCategory.values());
		model.addAttribute("industries", Industries.CODES);
		model.addAttribute("prefectures", Prefectures.all());
		Map<String, String> names = new LinkedHashMap<>();
		Prefectures.all().forEach(p -> names.put(p.code(), p.name()));
		model.addAttribute("prefectureNames", names);
	}

}
