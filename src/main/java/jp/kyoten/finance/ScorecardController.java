package jp.kyoten.finance;

import java.math.BigDecimal;
import java.util.Arrays;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.BusinessRuleException;

/**
 * バランストスコアカード: the KPIs of the four perspectives over the roadmap's three years, targets
 * and actuals side by side; a seed 003 template to start from, KPIs added and removed,
 * manual actuals entered.
 */
@Controller
@RequestMapping("/finance/scorecard")
@PreAuthorize(FinanceRoles.READERS)
class ScorecardController {

	/**
	 * A KPI to add: a computed measure, or MANUAL with its unit; the three years'
	 * targets, each optional.
	 */
	record KpiForm(@NotNull Integer firstYear, @NotNull Perspective perspective, @NotBlank @Size(max = 200) String name,
			@NotNull KpiMeasure measure, KpiUnit unit, @DecimalMin("0") @DecimalMax("1e13") BigDecimal target1,
			@DecimalMin("0") @DecimalMax("1e13") BigDecimal target2,
			@DecimalMin("0") @DecimalMax("1e13") BigDecimal target3) {

		KeepScorecard.NewKpi toNewKpi() {
			return new KeepScorecard.NewKpi(firstYear, perspective, name, measure, unit,
					Arrays.asList(target1, target2, target3));
		}

	}

	private final Scorecards scorecards;

	private final KeepScorecard keep;

	private final FinancePages pages;

	ScorecardController(Scorecards scorecards, KeepScorecard keep, FinancePages pages) {
		this.scorecards = scorecards;
		this.keep = keep;
		this.pages = pages;
	}

	/**
	 * {@code fiscalYear} is the roadmap's first year; without it, the roadmap the current
	 * year belongs to.
	 */
	@GetMapping
	String scorecard(@RequestParam(required = false) Integer fiscalYear, Model model) {
		int first = fiscalYear != null ? pages.fiscalYear(fiscalYear) : scorecards.roadmapOf(pages.fiscalYear(null));
		if (!model.containsAttribute("kpiForm")) {
			model.addAttribute("kpiForm", new KpiForm(first, null, "", KpiMeasure.MANUAL, null, null, null, null));
		}
		return show(first, model);
	}

	@PostMapping("/template")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String template(@RequestParam int fiscalYear, @RequestParam(required = false) ScorecardTemplate template,
			RedirectAttributes redirect) {
		int first = pages.fiscalYear(fiscalYear);
		return pages.act(redirect, "/finance/scorecard?fiscalYear=" + first, () -> {
			if (template == null) {
				throw new BusinessRuleException("finance.kpi.templateMissing");
			}
			return pages.message("finance.kpi.templateApplied", keep.apply(first, template));
		});
	}

	@PostMapping("/kpis")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String add(@Valid @ModelAttribute KpiForm kpiForm, BindingResult errors, Model model, RedirectAttributes redirect) {
		int first = pages.fiscalYear(kpiForm.firstYear());
		if (pages.accepted(errors, () -> keep.add(kpiForm.toNewKpi()))) {
			redirect.addFlashAttribute("flash", pages.message("finance.kpi.saved"));
			return "redirect:/finance/scorecard?fiscalYear=" + first;
		}
		return show(first, model);
	}

	@PostMapping("/kpis/{id}/actuals")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String enter(@PathVariable long id, @RequestParam int fiscalYear, @RequestParam(required = false) BigDecimal value,
			RedirectAttributes redirect) {
		Scorecards.Stored kpi = scorecards.get(id);
		return pages.act(redirect, "/finance/scorecard?fiscalYear=" + kpi.firstYear(), () -> {
			keep.enter(id, fiscalYear, value);
			return pages.message("finance.kpi.entered", kpi.name(), fiscalYear);
		});
	}

	@PostMapping("/kpis/{id}/remove")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		Scorecards.Stored kpi = scorecards.get(id);
		return pages.act(redirect, "/finance/scorecard?fiscalYear=" + kpi.firstYear(), () -> {
			keep.remove(id);
			return pages.message("finance.kpi.removed", kpi.name());
		});
	}

	private String show(int first, Model model) {
		model.addAttribute("fiscalYear", first);
		model.addAttribute("scorecard", scorecards.of(first));
		model.addAttribute("templates", ScorecardTemplate.values());
		model.addAttribute("perspectives", Perspective.values());
		model.addAttribute("measures", KpiMeasure.values());
		model.addAttribute("units", KpiUnit.values());
		return "finance/scorecard";
	}

}
