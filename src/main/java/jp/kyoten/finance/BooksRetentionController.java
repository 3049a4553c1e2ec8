package jp.kyoten.finance;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.BusinessRuleException;

/**
 * 保存期間と廃棄: the fiscal years whose books are past their retention period, and the
 * manager's confirmed disposal (the year typed again, as on paper one signs the disposal
 * record).
 */
@Controller
@RequestMapping("/finance/retention")
@PreAuthorize(FinanceRoles.READERS)
class BooksRetentionController {

	private final BooksRetention retention;

	private final FinancePages pages;

	private final FinanceSettings settings;

	BooksRetentionController(BooksRetention retention, FinancePages pages, FinanceSettings settings) {
		this.retention = retention;
		this.pages = pages;
		this.settings = settings;
	}

	@GetMapping
	String retention(Model model) {
		int year = pages.fiscalYear(null);
		model.addAttribute("due", retention.dueForDisposal());
		model.addAttribute("disposals", retention.disposals());
		model.addAttribute("retentionYears", settings.retentionYears());
		model.addAttribute("currentYear", year);
		model.addAttribute("currentUntil", Ledger.retainedUntil(year, settings.retentionYears()));
		return "finance/retention";
	}

	@PostMapping("/{fiscalYear:\\d{4}}/dispose")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String dispose(@PathVariable int fiscalYear, @RequestParam(required = false) String confirm,
			RedirectAttributes redirect) {
		return pages.act(redirect, "/finance/retention", () -> {
			if (confirm == null || !confirm.strip().equals(String.valueOf(fiscalYear))) {
				throw new BusinessRuleException("finance.retention.confirm", fiscalYear);
			}
			BooksRetention.Disposal done = retention.dispose(fiscalYear);
			return pages.message("finance.retention.disposed", fiscalYear, done.entries(), done.evidenceFiles(),
					done.workDays());
		});
	}

}
