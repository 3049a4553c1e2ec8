package jp.kyoten.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

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

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.Companies;
import jp.kyoten.directory.CompanyRow;
import jp.kyoten.directory.CompanySearch;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.StaffMember;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.institution.Institutions;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.Feedback;

/**
 * Consultation pages: the hub's list, the phone desk's quick entry, a consultation and
 * its revision.
 */
@Controller
@RequestMapping("/consultations")
@PreAuthorize(ActivityRoles.STAFF)
class ConsultationsController {

	private final Clock clock;

	private final Consultations consultations;

	private final RecordConsultation record;

	private final Companies companies;

	private final CompanySearch companySearch;

	private final Institutions institutions;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	private final Feedback feedback;

	private final InstitutionReferrals referrals;

	private final jp.kyoten.hub.Hubs hubs;

	private final ConsultationRecords karte;

	private final ConsultationListRows listRows;

	ConsultationsController(Consultations consultations, RecordConsultation record, Companies companies,
			CompanySearch companySearch, Institutions institutions, UserAccounts accounts, AuditTrail audit,
			Feedback feedback, InstitutionReferrals referrals, jp.kyoten.hub.Hubs hubs, ConsultationRecords karte,
			ConsultationListRows listRows, Clock clock) {
		this.listRows = listRows;
		this.clock = clock;
		this.referrals = referrals;
		this.hubs = hubs;
		this.karte = karte;
		this.consultations = consultations;
		this.record = record;
		this.companies = companies;
		this.companySearch = companySearch;
		this.institutions = institutions;
		this.accounts = accounts;
		this.audit = audit;
		this.feedback = feedback;
	}

	@ModelAttribute("channels")
	Channel[] channels() {
		return Channel.values();
	}

	@ModelAttribute("allIssues")
	ManagementIssue[] issues() {
		return ManagementIssue.values();
	}

	@ModelAttribute("referralSources")
	ReferralSource[] referralSources() {
		return ReferralSource.values();
	}

	/**
	 * The full page, or only the result table for an htmx request from the filter form.
	 */
	@GetMapping
	String list(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) ManagementIssue issue,
			@RequestParam(required = false) Boolean followUp, @RequestParam(required = false) Long staff,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
			HttpServletRequest request, Model model) {
		ConsultationFilter filter = new ConsultationFilter(from, to, null, staff, channel, issue, followUp);
		String text = FormText.trimmed(q);
		model.addAttribute("filter", filter);
		model.addAttribute("q", text);
		if (htmx == null) {
			// the filter form is not part of the htmx answer, only the results
			model.addAttribute("staffMembers", staff());
		}
		model.addAttribute("results",
				listRows
					.of(consultations.page(filter, text, ListRequest.of(page, size, sort, dir, Consultations.SORTING),
							UriComponentsBuilder.fromPath("/consultations")
								.queryParamIfPresent("from", Optional.ofNullable(from))
								.queryParamIfPresent("to", Optional.ofNullable(to))
								.queryParamIfPresent("channel", Optional.ofNullable(channel))
								.queryParamIfPresent("issue", Optional.ofNullable(issue))
								.queryParamIfPresent("followUp", Optional.ofNullable(followUp))
								.queryParamIfPresent("staff", Optional.ofNullable(staff))
								.queryParamIfPresent("q", Optional.ofNullable(text))
								.encode()
								.toUriString()),
							locale, request.getContextPath()));
		return htmx != null ? "activity/list :: results" : "activity/list";
	}

	/**
	 * METI's rule that every consulted company is followed up at least once in the year,
	 * as a to-do list.
	 */
	@GetMapping("/not-followed-up")
	String notFollowedUp(@RequestParam(required = false) Integer fiscalYear, Model model) {
		int year = fiscalYear != null ? fiscalYear : jp.kyoten.hub.Hubs.fiscalYearOf(today());
		model.addAttribute("fiscalYear", year);
		model.addAttribute("rows",
				consultations.notFollowedUp(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), 1000));
		return "activity/not-followed-up";
	}

	/**
	 * Quick entry: today, by phone, by the signed-in user; the company picked by search
	 * when not given.
	 */
	@GetMapping("/new")
	String newConsultation(@RequestParam(required = false) Long companyId,
			@RequestParam(required = false) Long followUpOf, Model model) {
		if (followUpOf != null) {
			companyId = consultations.get(followUpOf).companyId();
		}
		Long me = CurrentUser.get().map(KyotenUser::userId).orElse(null);
		model.addAttribute("consultationForm", ConsultationForm.quick(companyId, followUpOf, today(), me));
		return form(model, null, companyId);
	}

	/** Companies matching what the desk typed, as choices for the form (htmx). */
	@GetMapping("/company-options")
	String companyOptions(@RequestParam(required = false) String q, Model model) {
		String query = FormText.trimmed(q);
		model.addAttribute("options",
				query == null ? List.of() : companySearch.search(CompanySearch.Criteria.query(query), 0, 10).rows());
		return "activity/form :: companyOptions";
	}

	@PostMapping
	String create(@Valid @ModelAttribute ConsultationForm consultationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var id = feedback.saved(result, () -> knownReferences(() -> record.record(consultationForm.toNew())));
		if (id.isPresent()) {
			feedback.done(redirect, "consultation.created");
			return "redirect:/consultations/" + id.get();
		}
		return form(model, null, consultationForm.companyId());
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		ConsultationView consultation = consultations.get(id);
		audit.viewed("consultation", id, consultation.companyName() + " " + consultation.date());
		model.addAttribute("consultation", consultation);
		model.addAttribute("history", consultations.ofCompany(consultation.companyId()));
		model.addAttribute("referrals", referrals.ofConsultation(id));
		model.addAttribute("institutions", institutions.active());
		model.addAttribute("consentForms", ConsentForm.values());
		model.addAttribute("referralStatuses", ReferralStatus.values());
		model.addAttribute("today", today());
		boolean yorozu = hubs.kindOf(HubScope.require()) == jp.kyoten.hub.HubKind.YOROZU;
		model.addAttribute("yorozu", yorozu);
		if (yorozu) {
			model.addAttribute("karte", karte.karte(id));
			model.addAttribute("policyAreas", PolicyArea.values());
		}
		return "activity/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ConsultationView consultation = consultations.get(id);
		model.addAttribute("consultationForm", ConsultationForm.of(consultation));
		return form(model, consultation, consultation.companyId());
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute ConsultationForm consultationForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ConsultationView consultation = consultations.get(id);
		if (feedback.saved(result, () -> knownReferences(() -> {
			record.revise(id, consultationForm.toNew());
			return id;
		})).isPresent()) {
			feedback.done(redirect, "consultation.updated");
			return "redirect:/consultations/" + id;
		}
		return form(model, consultation, consultation.companyId());
	}

	@PostMapping("/{id}/followed-up")
	String followedUp(@PathVariable long id, RedirectAttributes redirect) {
		record.markFollowedUp(id);
		feedback.done(redirect, "consultation.followedUp");
		return "redirect:/consultations/" + id;
	}

	/**
	 * A company or contact the hub does not have (any more) is refused like a business
	 * rule: the form says so.
	 */
	private static <T> T knownReferences(java.util.function.Supplier<T> action) {
		try {
			return action.get();
		}
		catch (RecordNotFoundException | IllegalArgumentException ex) {
			throw new BusinessRuleException("consultation.reference.unknown");
		}
	}

	private String form(Model model, ConsultationView editing, Long companyId) {
		model.addAttribute("editing", editing);
		CompanyRow company = companyId == null ? null : companies.find(companyId).orElse(null);
		model.addAttribute("company", company);
		model.addAttribute("earlier",
				company == null ? List.of()
						: consultations.ofCompany(company.id())
							.stream()
							.filter(c -> editing == null || c.id() != editing.id())
							.toList());
		model.addAttribute("institutions", institutions.active());
		model.addAttribute("staffMembers", staff());
		return "activity/form";
	}

	private List<StaffMember> staff() {
		return accounts.membersOf(HubScope.require()).stream().filter(m -> m.enabled() && m.isStaff()).toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
