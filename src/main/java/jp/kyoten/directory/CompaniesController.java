package jp.kyoten.directory;

import java.util.Optional;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.Actor;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.Roles;
import jp.kyoten.platform.web.Feedback;

/**
 * The company pages: list and search (the same URL answers the results fragment to htmx),
 * the detail page, one form for registering and editing, and merging duplicates.
 */
@Controller
@RequestMapping("/companies")
@PreAuthorize(Roles.STAFF)
class CompaniesController {

	static final int PAGE_SIZE = 20;

	/**
	 * The form: the company's fields, the version the user edits, and whether a possible
	 * duplicate is confirmed.
	 */
	record CompanyForm(@Valid CompanyData data, Long version, Boolean confirmDuplicate) {

		CompanyForm {
			data = data == null ? CompanyData.named(null) : data;
			confirmDuplicate = Boolean.TRUE.equals(confirmDuplicate);
		}

	}

	private final CompanySearch search;

	private final RegisterCompany register;

	private final EditCompany edit;

	private final ViewCompany view;

	private final MergeCompanies merge;

	private final Hubs hubs;

	private final Feedback feedback;

	CompaniesController(CompanySearch search, RegisterCompany register, EditCompany edit, ViewCompany view,
			MergeCompanies merge, Hubs hubs, Feedback feedback) {
		this.search = search;
		this.register = register;
		this.edit = edit;
		this.view = view;
		this.merge = merge;
		this.hubs = hubs;
		this.feedback = feedback;
	}

	@ModelAttribute
	void choices(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("industries", Industry.values());
		model.addAttribute("sizeBands", SizeBand.values());
		model.addAttribute("legalForms", LegalForm.values());
		model.addAttribute("statuses", CompanySearch.Status.values());
		String prefecture = actor == null || actor.hubId() == null ? null : hubs.get(actor.hubId()).getPrefectureCode();
		model.addAttribute("municipalities", Municipalities.of(prefecture));
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String municipalityCode,
			@RequestParam(required = false) String industry, @RequestParam(required = false) SizeBand sizeBand,
			@RequestParam(required = false) Boolean sme, @RequestParam(required = false) String mainBank,
			@RequestParam(required = false) CompanySearch.Status status, ListParams list, HttpServletRequest request,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model) {
		var criteria = new CompanySearch.Criteria(q, municipalityCode, industry, sizeBand, sme, mainBank, status);
		// the directory opens at 20 rows: a name typed answers as one types, and a short
		// page answers soonest
		ListRequest asked = new ListParams(list.page(), list.size() == null ? String.valueOf(PAGE_SIZE) : list.size(),
				list.sort(), list.dir())
			.request(CompanySearch.SORTING);
		CompanySearch.Result result = search.search(criteria, asked);
		model.addAttribute("criteria", criteria);
		model.addAttribute("result",
				new ListPage<>(result.rows(), result.total(),
						new ListRequest(result.page(), result.size(), asked.sort(), asked.descending()),
						ListParams.baseUrl(request), result.capped()));
		return htmx != null && historyRestore == null ? "companies/list :: rows" : "companies/list";
	}

	/**
	 * The form, with the municipality shown by name (the field holds the code, or the
	 * text typed when it matched no municipality) and the prefectures to choose from.
	 */
	private String form(Model model, CompanyForm companyForm) {
		model.addAttribute("companyForm", companyForm);
		model.addAttribute("municipalityName", companyForm == null || companyForm.data() == null ? ""
				: Places.municipalityName(companyForm.data().municipalityCode()));
		model.addAttribute("prefectures", jp.kyoten.hub.Prefectures.all());
		return "companies/form";
	}

	@GetMapping("/new")
	String newCompany(Model model) {
		return form(model, new CompanyForm(CompanyData.named(""), null, false));
	}

	@PostMapping
	String create(@Valid @ModelAttribute CompanyForm companyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, companyForm);
		}
		var created = feedback.saved(result, Feedback.field("data.corporateNumber"), () -> {
			try {
				return Optional.of(register.register(companyForm.data(), companyForm.confirmDuplicate()));
			}
			catch (PossibleDuplicateException ex) {
				// not a refusal but a question: the same form again, the candidates
				// shown, "register anyway" offered
				model.addAttribute("duplicates", ex.candidates());
				return Optional.<CompanyView>empty();
			}
		}).flatMap(view -> view);
		if (created.isPresent()) {
			feedback.done(redirect, "company.created", created.get().name());
			return "redirect:/companies/" + created.get().id();
		}
		if (model.containsAttribute("duplicates")) {
			return form(model, new CompanyForm(companyForm.data(), null, true));
		}
		return form(model, companyForm);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("details", view.details(id));
		return "companies/detail";
	}

	/** The company's own answer on side-job talent used before (KPI 5's override). */
	@PostMapping("/{id}/prior-side-job-use")
	String answerPriorSideJobUse(@PathVariable long id, @RequestParam(required = false) Boolean answer,
			RedirectAttributes redirect) {
		edit.answerPriorSideJobUse(id, answer);
		feedback.done(redirect, "company.priorSideJobUse.saved");
		return "redirect:/companies/" + id;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		CompanyView company = view.company(id);
		if (company.merged()) {
			return "redirect:/companies/" + id;
		}
		model.addAttribute("company", company);
		return form(model, new CompanyForm(company.data(), company.version(), false));
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute CompanyForm companyForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		CompanyView current = edit.current(id);
		model.addAttribute("company", current);
		if (result.hasErrors()) {
			return form(model, companyForm);
		}
		var saved = feedback.saved(result,
				code -> code.startsWith("company.corporateNumber") ? "data.corporateNumber" : null,
				() -> edit.edit(id, companyForm.version(), companyForm.data()));
		if (saved.isPresent()) {
			feedback.done(redirect, "company.updated", saved.get().name());
			return "redirect:/companies/" + id;
		}
		if (Feedback.stale(result)) {
			// Keep what the user typed; show what is saved now; a second save (knowingly)
			// overwrites it.
			CompanyView now = edit.current(id);
			model.addAttribute("company", now);
			model.addAttribute("conflict", companyForm.data().changedColumns(now.data()));
			model.addAttribute("currentVersion", now.version());
		}
		return form(model, companyForm);
	}

	@GetMapping("/{id}/merge")
	String mergeForm(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long other, Model model) {
		CompanyRow company = view.row(id);
		model.addAttribute("company", company);
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			List<CompanyRow> candidates = search.search(CompanySearch.Criteria.query(q), 0, PAGE_SIZE)
				.rows()
				.stream()
				.filter(r -> r.id() != id)
				.toList();
			model.addAttribute("candidates", candidates);
		}
		if (other != null && other != id) {
			model.addAttribute("left", view.company(id));
			model.addAttribute("right", view.company(other));
		}
		return "companies/merge";
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable long id, @RequestParam long other, @RequestParam long keep,
			RedirectAttributes redirect) {
		long mergedId = keep == id ? other : id;
		if (keep != id && keep != other) {
			feedback.refuse(redirect, "company.merge.same");
			return "redirect:/companies/" + id + "/merge";
		}
		if (!feedback.accepted(redirect, () -> merge.merge(keep, mergedId))) {
			return "redirect:/companies/" + id + "/merge";
		}
		feedback.done(redirect, "company.merged.done");
		return "redirect:/companies/" + keep;
	}

}
