package jp.kyoten.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.util.UriComponentsBuilder;

import jp.kyoten.activity.ConsultationView;
import jp.kyoten.activity.Consultations;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.agency.Agencies;
import jp.kyoten.directory.Companies;
import jp.kyoten.institution.InstitutionView;
import jp.kyoten.institution.Institutions;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * Talent needs: the list with filters, the form (from a consultation: 「ニーズを登録」), the
 * need's page with its status, history, selection sheets and hand-offs, the printable
 * sheet (HTML and PDF) and the form recording the company's choice on a sheet.
 */
@Controller
@RequestMapping("/needs")
@PreAuthorize(MatchingRoles.STAFF)
class NeedsController {

	private final Clock clock;

	/**
	 * The need form; {@code referralInstitutionId} and {@code referralSource} are
	 * exclusive.
	 */
	record NeedForm(@NotBlank @Size(max = NeedDetails.TITLE_MAX) String title, @NotNull JobCategory jobCategory,
			@NotNull EmploymentForm employmentForm, Boolean digital, Boolean cxo, @Size(max = 10000) String description,
			@Size(max = 10000) String conditions, Long referralInstitutionId, ReferralSource referralSource,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn) {

		NeedForm {
			title = FormText.trimmed(title);
			description = FormText.trimmed(description);
			conditions = FormText.trimmed(conditions);
		}

		static NeedForm from(Referral referral) {
			return new NeedForm(null, null, null, false, false, null, null, referral.institutionId(), referral.source(),
					null);
		}

		static NeedForm of(NeedView n) {
			return new NeedForm(n.title(), n.jobCategory(), n.employmentForm(), n.digital(), n.cxo(), n.description(),
					n.conditions(), n.referral().institutionId(), n.referral().source(), n.followUpOn());
		}

		NeedDetails details() {
			Referral referral = referralInstitutionId != null ? Referral.institution(referralInstitutionId)
					: referralSource != null ? Referral.source(referralSource) : Referral.NONE;
			return new NeedDetails(title, jobCategory, employmentForm, Boolean.TRUE.equals(digital),
					Boolean.TRUE.equals(cxo), description, conditions, referral, followUpOn);
		}

	}

	/** The company's choice on a sheet. */
	record ChoiceForm(List<Long> agencyIds, @NotBlank @Size(max = 100) String chosenBy, @NotNull ChoiceMethod method,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate chosenOn,
			@Size(max = 100) String contactName, @Size(max = 100) String contactDepartment,
			@Size(max = 254) String contactEmail, @Size(max = 30) String contactPhone) {

		ChoiceForm {
			agencyIds = agencyIds == null ? List.of() : agencyIds;
			chosenBy = FormText.trimmed(chosenBy);
			contactName = FormText.trimmed(contactName);
			contactDepartment = FormText.trimmed(contactDepartment);
			contactEmail = FormText.halfWidth(contactEmail);
			contactPhone = FormText.halfWidth(contactPhone);
		}

		static ChoiceForm empty(LocalDate today) {
			return new ChoiceForm(List.of(), null, null, today, null, null, null, null);
		}

		CompanyChoice choice(long sheetId) {
			return new CompanyChoice(sheetId, java.util.Set.copyOf(agencyIds), chosenBy, method, chosenOn, contactName,
					contactDepartment, contactEmail, contactPhone);
		}

	}

	private final Needs needs;

	private final HandOffs handOffs;

	private final RegisterNeed register;

	private final PrepareSelectionSheet prepare;

	private final HandOffNeed handOff;

	private final Consultations consultations;

	private final Institutions institutions;

	private final Agencies agencies;

	private final Companies companies;

	private final SelectionSheetPdf pdf;

	private final Feedback feedback;

	private final AuditedViews audited;

	private final NeedListRows listRows;

	NeedsController(Needs needs, HandOffs handOffs, RegisterNeed register, PrepareSelectionSheet prepare,
			HandOffNeed handOff, Consultations consultations, Institutions institutions, Agencies agencies,
			Companies companies, SelectionSheetPdf pdf, Feedback feedback, Clock clock, AuditedViews audited,
			NeedListRows listRows) {
		this.listRows = listRows;
		this.audited = audited;
		this.clock = clock;
		this.needs = needs;
		this.handOffs = handOffs;
		this.register = register;
		this.prepare = prepare;
		this.handOff = handOff;
		this.consultations = consultations;
		this.institutions = institutions;
		this.agencies = agencies;
		this.companies = companies;
		this.pdf = pdf;
		this.feedback = feedback;
	}

	/** The full page, or only the results for an htmx request from the filter form. */
	@GetMapping
	String list(@RequestParam(required = false) NeedStatus status, @RequestParam(required = false) Boolean open,
			@RequestParam(required = false) JobCategory jobCategory,
			@RequestParam(required = false) EmploymentForm employmentForm,
			@RequestParam(required = false) Boolean digital, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
			HttpServletRequest request, Model model) {
		String text = FormText.trimmed(q);
		NeedFilter filter = new NeedFilter(status, open, jobCategory, employmentForm, digital, null, null, text);
		referenceData(model);
		model.addAttribute("filter", filter);
		model.addAttribute("results",
				listRows.of(needs.page(filter, ListRequest.of(page, size, sort, dir, Needs.SORTING),
						UriComponentsBuilder.fromPath("/needs")
							.queryParamIfPresent("status", Optional.ofNullable(status))
							.queryParamIfPresent("open", Optional.ofNullable(open))
							.queryParamIfPresent("jobCategory", Optional.ofNullable(jobCategory))
							.queryParamIfPresent("employmentForm", Optional.ofNullable(employmentForm))
							.queryParamIfPresent("digital", Optional.ofNullable(digital))
							.queryParamIfPresent("q", Optional.ofNullable(text))
							.encode()
							.toUriString()),
						locale, request.getContextPath()));
		return htmx != null ? "matching/needs :: results" : "matching/needs";
	}

	/**
	 * 「ニーズを登録」 from a consultation: the referral route is the consultation's, editable.
	 */
	@GetMapping("/new")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	String newNeed(@RequestParam long consultationId, Model model) {
		ConsultationView consultation = consultations.get(consultationId);
		formData(model, consultation, consultation.referral().institutionId());
		model.addAttribute("needForm", NeedForm.from(consultation.referral()));
		return "matching/need-form";
	}

	@PostMapping
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	String create(@RequestParam long consultationId, @Valid @ModelAttribute NeedForm needForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ConsultationView consultation = consultations.get(consultationId);
		checkReferral(needForm, result);
		var id = feedback.saved(result, () -> register.register(consultationId, needForm.details()));
		if (id.isPresent()) {
			feedback.done(redirect, "need.created", needForm.title());
			return "redirect:/needs/" + id.get();
		}
		formData(model, consultation, needForm.referralInstitutionId());
		return "matching/need-form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		NeedView need = audited.need(needs.get(id));
		model.addAttribute("need", need);
		model.addAttribute("history", needs.history(id));
		model.addAttribute("sheets", needs.sheets(id));
		model.addAttribute("handOffs", handOffs.ofNeed(id));
		model.addAttribute("manualStatuses",
				NeedStatus.manual().stream().filter(s -> need.status().next().contains(s)).toList());
		String prefecture = companies.find(need.companyId()).map(c -> c.prefectureCode()).orElse(null);
		model.addAttribute("eligibleCount",
				agencies.eligible(need.employmentForm(), need.jobCategory(), prefecture).size());
		return "matching/need";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	String edit(@PathVariable long id, Model model) {
		NeedView need = needs.get(id);
		formData(model, consultations.get(need.consultationId()), need.referral().institutionId());
		model.addAttribute("need", need);
		model.addAttribute("needForm", NeedForm.of(need));
		return "matching/need-form";
	}

	@PostMapping("/{id}")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	String save(@PathVariable long id, @Valid @ModelAttribute NeedForm needForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NeedView need = needs.get(id);
		checkReferral(needForm, result);
		if (feedback.accepted(result, () -> register.revise(id, needForm.details()))) {
			feedback.done(redirect, "need.updated");
			return "redirect:/needs/" + id;
		}
		formData(model, consultations.get(need.consultationId()), needForm.referralInstitutionId());
		model.addAttribute("need", need);
		return "matching/need-form";
	}

	/** A status change by hand; a refused one is explained on the need's page. */
	@PostMapping("/{id}/status")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	String changeStatus(@PathVariable long id, @RequestParam NeedStatus status,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (feedback.accepted(redirect, () -> register.changeStatus(id, status, FormText.trimmed(reason)))) {
			feedback.done(redirect, "need.status.changed", feedback.say("needStatus." + status));
		}
		return "redirect:/needs/" + id;
	}

	/**
	 * Makes a sheet and opens its print view; with no eligible agency the need's page
	 * says so.
	 */
	@PostMapping("/{id}/sheets")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	String makeSheet(@PathVariable long id, RedirectAttributes redirect) {
		return feedback.obtain(redirect, () -> prepare.prepare(id)).map(sheetId -> {
			feedback.done(redirect, "sheet.created");
			return "redirect:/needs/" + id + "/sheets/" + sheetId;
		}).orElse("redirect:/needs/" + id);
	}

	/**
	 * The printable sheet (HTML; the browser prints it) with the form recording the
	 * company's choice.
	 */
	@GetMapping("/{id}/sheets/{sheetId}")
	String sheet(@PathVariable long id, @PathVariable long sheetId, Model model) {
		sheetPage(id, sheetId, model);
		model.addAttribute("choiceForm", ChoiceForm.empty(LocalDate.now(clock)));
		return "matching/sheet";
	}

	@GetMapping("/{id}/sheets/{sheetId}/pdf")
	ResponseEntity<byte[]> sheetPdf(@PathVariable long id, @PathVariable long sheetId) {
		NeedView need = needs.get(id);
		SheetView sheet = needs.sheet(id, sheetId);
		byte[] body = pdf.render(HubScope.require(), need, sheet);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(SelectionSheetPdf.fileName(need, LocalDate.now(clock)))
						.build()
						.toString())
			.body(body);
	}

	/** Records the company's choice and hands the need to each chosen agency. */
	@PostMapping("/{id}/sheets/{sheetId}/choice")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	String choose(@PathVariable long id, @PathVariable long sheetId, @Valid @ModelAttribute ChoiceForm choiceForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (choiceForm.agencyIds().isEmpty()) {
			result.rejectValue("agencyIds", "handOff.choice.required");
		}
		var count = feedback.saved(result, NeedsController::choiceFieldOf,
				() -> handOff.handOff(id, choiceForm.choice(sheetId)).size());
		if (count.isPresent()) {
			feedback.done(redirect, "handOff.created", count.get());
			return "redirect:/needs/" + id;
		}
		sheetPage(id, sheetId, model);
		return "matching/sheet";
	}

	private void sheetPage(long id, long sheetId, Model model) {
		NeedView need = needs.get(id);
		model.addAttribute("need", need);
		model.addAttribute("sheet", needs.sheet(id, sheetId));
		model.addAttribute("methods", ChoiceMethod.values());
		model.addAttribute("alreadyHandedOff", handOffs.ofNeed(id).stream().map(HandOffView::agencyId).toList());
	}

	private void formData(Model model, ConsultationView consultation, Long currentInstitution) {
		referenceData(model);
		model.addAttribute("consultation", consultation);
		List<InstitutionView> referrers = new ArrayList<>(institutions.financial());
		if (currentInstitution != null && referrers.stream().noneMatch(i -> i.id() == currentInstitution)) {
			institutions.find(currentInstitution).ifPresent(referrers::add);
		}
		model.addAttribute("institutions", referrers);
		model.addAttribute("referralSources", ReferralSource.values());
	}

	private static void checkReferral(NeedForm form, BindingResult result) {
		if (form.referralInstitutionId() != null && form.referralSource() != null) {
			result.rejectValue("referralSource", "need.referral.both");
		}
	}

	static void referenceData(Model model) {
		model.addAttribute("statuses", NeedStatus.values());
		model.addAttribute("jobCategories", JobCategory.values());
		model.addAttribute("employmentForms", EmploymentForm.values());
	}

	/**
	 * The field of the choice form a refused hand-off's message stands by; {@code null}:
	 * the form's own.
	 */
	private static String choiceFieldOf(String code) {
		return switch (code) {
			case "handOff.chosenOn.future" -> "chosenOn";
			case "handOff.chosenBy.required" -> "chosenBy";
			case "handOff.choice.required", "handOff.agency.notOnSheet" -> "agencyIds";
			default -> null;
		};
	}

}
