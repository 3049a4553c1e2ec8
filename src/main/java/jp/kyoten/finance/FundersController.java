package jp.kyoten.finance;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.BusinessRuleException;

/**
 * 外部資金: the board of prospective funders by stage, putting one on the list, moving it on,
 * recording money.
 */
@Controller
@RequestMapping("/finance/funders")
@PreAuthorize(FinanceRoles.READERS)
class FundersController {

	/** A funder to put on the visit list. */
	record FunderForm(@NotNull FunderKind kind, @NotBlank @Size(max = 200) String name, @Size(max = 200) String contact,
			@NotNull Integer fiscalYear, @NotNull @PositiveOrZero @Max(100_000_000_000L) Long expected,
			@Size(max = 300) String nextAction, @Size(max = 1000) String note) {

		RecordFunder.NewFunder funder() {
			return new RecordFunder.NewFunder(kind, name, contact, fiscalYear, expected, nextAction, note);
		}

	}

	private final Funders funders;

	private final RecordFunder record;

	private final FinancePages pages;

	FundersController(Funders funders, RecordFunder record, FinancePages pages) {
		this.funders = funders;
		this.record = record;
		this.pages = pages;
	}

	@GetMapping
	String board(@RequestParam(required = false) Integer fiscalYear, Model model) {
		int year = pages.fiscalYear(fiscalYear);
		if (!model.containsAttribute("funderForm")) {
			model.addAttribute("funderForm", new FunderForm(null, "", null, year, 0L, null, null));
		}
		return show(year, model);
	}

	@PostMapping
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String add(@Valid @ModelAttribute FunderForm funderForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		int year = pages.fiscalYear(funderForm.fiscalYear());
		if (pages.accepted(errors, () -> record.add(funderForm.funder()))) {
			redirect.addFlashAttribute("flash", pages.message("finance.funder.saved"));
			return "redirect:/finance/funders?fiscalYear=" + year;
		}
		return show(year, model);
	}

	@PostMapping("/{id}/stage")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String move(@PathVariable long id, @RequestParam(required = false) FunderStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String nextAction, RedirectAttributes redirect) {
		FunderView funder = funders.get(id);
		return pages.act(redirect, "/finance/funders?fiscalYear=" + funder.fiscalYear(), () -> {
			if (stage == null) {
				throw new BusinessRuleException("finance.funder.stageMissing");
			}
			record.move(id, stage, day != null ? day : pages.today(), nextAction);
			return pages.message("finance.funder.moved", funder.name(), pages.message("finance.stage." + stage));
		});
	}

	@PostMapping("/{id}/receipts")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String receive(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) Long amount, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		FunderView funder = funders.get(id);
		return pages.act(redirect, "/finance/funders?fiscalYear=" + funder.fiscalYear(), () -> {
			if (amount == null || receivedOn == null) {
				throw new BusinessRuleException("finance.funder.amount");
			}
			record.receive(id, receivedOn, amount, note);
			return pages.message("finance.funder.received", funder.name());
		});
	}

	private String show(int year, Model model) {
		model.addAttribute("fiscalYear", year);
		model.addAttribute("board", funders.board(year));
		model.addAttribute("kinds", FunderKind.values());
		model.addAttribute("stages", FunderStage.values());
		model.addAttribute("today", pages.today());
		return "finance/funders";
	}

}
