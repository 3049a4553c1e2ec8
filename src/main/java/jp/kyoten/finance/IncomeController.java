package jp.kyoten.finance;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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

import jp.kyoten.agency.Agencies;
import jp.kyoten.finance.IncomeForms.AgreementForm;
import jp.kyoten.finance.IncomeForms.InvoiceForm;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.BusinessRuleException;

/**
 * 拠点の収入: fee agreements with agencies, the income due from confirmed placements, invoices
 * and payments.
 */
@Controller
@RequestMapping("/finance/income")
@PreAuthorize(FinanceRoles.READERS)
class IncomeController {

	private final HubIncome income;

	private final RecordIncome record;

	private final Agencies agencies;

	private final FinancePages pages;

	IncomeController(HubIncome income, RecordIncome record, Agencies agencies, FinancePages pages) {
		this.income = income;
		this.record = record;
		this.agencies = agencies;
		this.pages = pages;
	}

	@GetMapping
	String income(@RequestParam(required = false) Integer fiscalYear, Model model) {
		if (!model.containsAttribute("agreementForm")) {
			model.addAttribute("agreementForm", AgreementForm.blank(pages.today()));
		}
		if (!model.containsAttribute("invoiceForm")) {
			model.addAttribute("invoiceForm", InvoiceForm.blank(pages.today()));
		}
		return show(pages.fiscalYear(fiscalYear), model);
	}

	@PostMapping("/agreements")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String agree(@Valid @ModelAttribute AgreementForm agreementForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("invoiceForm", InvoiceForm.blank(pages.today()));
		int year = pages.fiscalYear(null);
		if (!pages.accepted(errors, () -> record.agree(agreementForm.agencyId(), agreementForm.feeRate(),
				agreementForm.fixedFee(), agreementForm.validFrom(), agreementForm.validTo(), agreementForm.note()))) {
			return show(year, model);
		}
		redirect.addFlashAttribute("flash", pages.message("finance.agreement.saved"));
		return "redirect:/finance/income";
	}

	@PostMapping("/invoices")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String invoice(@Valid @ModelAttribute InvoiceForm invoiceForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("agreementForm", AgreementForm.blank(pages.today()));
		int year = invoiceForm.issuedOn() != null ? Hubs.fiscalYearOf(invoiceForm.issuedOn()) : pages.fiscalYear(null);
		if (!pages.accepted(errors, () -> record.invoice(invoiceForm.agencyId(), invoiceForm.number(),
				invoiceForm.issuedOn(), invoiceForm.amount(), invoiceForm.note()))) {
			return show(year, model);
		}
		redirect.addFlashAttribute("flash", pages.message("finance.invoice.saved"));
		return "redirect:/finance/income?fiscalYear=" + year;
	}

	@PostMapping("/invoices/{id}/payments")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String pay(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			@RequestParam(required = false) Long amount, @RequestParam(required = false) Integer fiscalYear,
			RedirectAttributes redirect) {
		return pages.act(redirect, "/finance/income?fiscalYear=" + pages.fiscalYear(fiscalYear), () -> {
			if (amount == null || amount <= 0 || paidOn == null) {
				throw new BusinessRuleException("finance.payment.invalid");
			}
			record.pay(id, paidOn, amount);
			return pages.message("finance.payment.saved");
		});
	}

	private String show(int year, Model model) {
		model.addAttribute("fiscalYear", year);
		model.addAttribute("report", income.of(year));
		model.addAttribute("agencies", agencies.eligible(null, null, null));
		model.addAttribute("today", pages.today());
		return "finance/income";
	}

}
