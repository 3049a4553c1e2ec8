package jp.kyoten.finance;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;

/** 予算と実績: the budget by 経費項目, actual by month, the ratio checks, and the 確定検査 package. */
@Controller
@RequestMapping("/finance")
@PreAuthorize(FinanceRoles.READERS)
class BudgetController {

	private final BudgetAgainstActual report;

	private final SetBudget setBudget;

	private final InspectionPackage inspection;

	private final FinancePages pages;

	private final AuditTrail audit;

	BudgetController(BudgetAgainstActual report, SetBudget setBudget, InspectionPackage inspection, FinancePages pages,
			AuditTrail audit) {
		this.report = report;
		this.setBudget = setBudget;
		this.inspection = inspection;
		this.pages = pages;
		this.audit = audit;
	}

	@GetMapping("/budget")
	String budget(@RequestParam(required = false) Integer fiscalYear, Model model) {
		int year = pages.fiscalYear(fiscalYear);
		BudgetReport shown = report.of(year);
		BudgetForm form = new BudgetForm();
		shown.lines().forEach(l -> form.getAmounts().put(l.category(), l.budget()));
		model.addAttribute("fiscalYear", year);
		model.addAttribute("report", shown);
		model.addAttribute("budgetForm", form);
		return "finance/budget";
	}

	@PostMapping("/budget")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String saveBudget(@RequestParam int fiscalYear, @ModelAttribute BudgetForm budgetForm, BindingResult errors,
			RedirectAttributes redirect) {
		int year = pages.fiscalYear(fiscalYear);
		if (errors.hasErrors()) {
			// what was typed stays in the database as it was: nothing is saved from a
			// form with an unreadable amount
			redirect.addFlashAttribute("flashError", pages.message("finance.budget.invalid"));
			return "redirect:/finance/budget?fiscalYear=" + year;
		}
		return pages.act(redirect, "/finance/budget?fiscalYear=" + year, () -> {
			setBudget.set(year, budgetForm.given());
			return pages.message("finance.budget.saved");
		});
	}

	/**
	 * Written straight to the response: nothing of the package is held in memory beyond
	 * one file.
	 */
	@GetMapping("/inspection/{fiscalYear:\\d{4}}.zip")
	void inspection(@PathVariable int fiscalYear, HttpServletResponse response) throws IOException {
		int year = pages.fiscalYear(fiscalYear);
		audit.record(AuditAction.EXPORT, "finance_inspection", year, "確定検査パッケージ " + year);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(InspectionPackage.filename(year)).build().toString());
		inspection.write(year, response.getOutputStream(), LocaleContextHolder.getLocale());
	}

}
