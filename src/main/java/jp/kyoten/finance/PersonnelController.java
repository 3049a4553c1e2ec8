package jp.kyoten.finance;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.finance.PersonnelForms.StaffForm;
import jp.kyoten.finance.PersonnelForms.WorkDayForm;

/**
 * 人件費: the staff on the books, their work days of a month, and booking the month's cost
 * into the ledger.
 */
@Controller
@RequestMapping("/finance/personnel")
@PreAuthorize(FinanceRoles.READERS)
class PersonnelController {

	private final Personnel personnel;

	private final RecordWorkTime record;

	private final BookPersonnelCost book;

	private final FinancePages pages;

	PersonnelController(Personnel personnel, RecordWorkTime record, BookPersonnelCost book, FinancePages pages) {
		this.personnel = personnel;
		this.record = record;
		this.book = book;
		this.pages = pages;
	}

	@GetMapping
	String month(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		return show(month != null ? month : YearMonth.from(pages.today()), model);
	}

	@PostMapping("/staff")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String addStaff(@Valid @ModelAttribute StaffForm staffForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		YearMonth month = YearMonth.from(pages.today());
		if (pages.accepted(errors,
				() -> record.addStaff(staffForm.name(), staffForm.post(), staffForm.payBasis(), staffForm.rate()))) {
			redirect.addFlashAttribute("flash", pages.message("finance.staff.saved"));
			return "redirect:/finance/personnel";
		}
		return show(month, model);
	}

	@PostMapping("/work-days")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String recordDay(@Valid @ModelAttribute WorkDayForm workDayForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		YearMonth month = workDayForm.workDate() != null ? YearMonth.from(workDayForm.workDate())
				: YearMonth.from(pages.today());
		if (pages.accepted(errors, () -> {
			record.recordDay(workDayForm.staffId(), workDayForm.workDate(), workDayForm.hours(), workDayForm.half(),
					workDayForm.note());
		})) {
			redirect.addFlashAttribute("flash", pages.message("finance.work.saved"));
			return "redirect:/finance/personnel?month=" + month;
		}
		return show(month, model);
	}

	@PostMapping("/work-days/remove")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String removeDay(@RequestParam long staffId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate workDate,
			RedirectAttributes redirect) {
		return pages.act(redirect, "/finance/personnel?month=" + YearMonth.from(workDate), () -> {
			record.removeDay(staffId, workDate);
			return pages.message("finance.work.removed");
		});
	}

	@PostMapping("/book")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String book(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, RedirectAttributes redirect) {
		return pages.act(redirect, "/finance/personnel?month=" + month, () -> pages.message("finance.personnel.booked",
				book.book(month), month.getYear(), month.getMonthValue()));
	}

	private String show(YearMonth month, Model model) {
		if (!model.containsAttribute("staffForm")) {
			model.addAttribute("staffForm", StaffForm.blank());
		}
		if (!model.containsAttribute("workDayForm")) {
			LocalDate today = pages.today();
			LocalDate day = YearMonth.from(today).equals(month) ? today : month.atDay(1);
			model.addAttribute("workDayForm", WorkDayForm.blank(day));
		}
		PersonnelMonth report = personnel.month(month);
		model.addAttribute("month", month);
		model.addAttribute("fiscalYear", jp.kyoten.hub.Hubs.fiscalYearOf(month.atDay(1)));
		model.addAttribute("previous", month.minusMonths(1));
		model.addAttribute("next", month.plusMonths(1));
		model.addAttribute("report", report);
		model.addAttribute("staff", personnel.staff());
		model.addAttribute("posts", StaffPost.values());
		model.addAttribute("bases", PayBasis.values());
		model.addAttribute("bookable", !month.atEndOfMonth().isAfter(pages.today()) && report.notBooked() > 0);
		return "finance/personnel";
	}

}
