package jp.kyoten.agency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.Feedback;

/** The hub's registration requirements, edited by its managers. */
@Controller
@RequestMapping("/agencies/requirements")
@PreAuthorize(AgenciesController.MANAGERS)
class AgencyRequirementsController {

	record RequirementForm(@NotBlank @Size(max = 200) String label, @Size(max = 1000) String description,
			@NotNull @Min(0) @Max(100000) Integer sortOrder, Boolean active) {

		RequirementForm {
			label = FormText.trimmed(label);
			description = FormText.trimmed(description);
		}

		static RequirementForm of(RequirementView r) {
			return new RequirementForm(r.label(), r.description(), r.sortOrder(), r.active());
		}

	}

	private final AgencyRequirements requirements;

	private final Feedback feedback;

	AgencyRequirementsController(AgencyRequirements requirements, Feedback feedback) {
		this.requirements = requirements;
		this.feedback = feedback;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("requirements", requirements.all());
		if (!model.containsAttribute("requirementForm")) {
			model.addAttribute("requirementForm", new RequirementForm(null, null, requirements.nextSortOrder(), true));
		}
		return "agency/requirements";
	}

	@PostMapping
	String add(@Valid @ModelAttribute RequirementForm requirementForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(model);
		}
		requirements.add(requirementForm.label(), requirementForm.description(), requirementForm.sortOrder());
		feedback.done(redirect, "agency.requirement.added", requirementForm.label());
		return "redirect:/agencies/requirements";
	}

	@PostMapping("/defaults")
	String addDefaults(RedirectAttributes redirect) {
		requirements.addDefaultsIfNone();
		feedback.done(redirect, "agency.requirement.defaultsAdded");
		return "redirect:/agencies/requirements";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("requirement", requirements.get(id));
		model.addAttribute("requirementForm", RequirementForm.of(requirements.get(id)));
		return "agency/requirement-form";
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute RequirementForm requirementForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		RequirementView requirement = requirements.get(id);
		if (result.hasErrors()) {
			model.addAttribute("requirement", requirement);
			return "agency/requirement-form";
		}
		requirements.update(id, requirementForm.label(), requirementForm.description(), requirementForm.sortOrder(),
				Boolean.TRUE.equals(requirementForm.active()));
		feedback.done(redirect, "agency.requirement.updated", requirementForm.label());
		return "redirect:/agencies/requirements";
	}

}
