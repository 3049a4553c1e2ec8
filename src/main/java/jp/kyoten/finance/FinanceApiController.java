package jp.kyoten.finance;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.platform.web.ApiPage;

/**
 * The hub's books and income over JSON: entries (booked and reversed, never edited),
 * budget against actual, income.
 */
@RestController
@RequestMapping("/api/v1/finance")
@PreAuthorize(FinanceRoles.READERS)
@Tag(name = "finance", description = "経費帳簿 (expense ledger by 経費区分), budget against actual with the ratio checks, "
		+ "and the hub's income from agency fee agreements")
class FinanceApiController {

	/**
	 * An expense to book; amounts in yen including tax, {@code tax} the consumption tax
	 * within it; {@code linkKind} and {@code linkId} name the event, visit or
	 * consultation it was for, where one applies.
	 */
	record ExpenseRequest(@NotNull LocalDate entryDate, @NotNull ExpenseCategory category,
			@NotBlank @Size(max = 200) String payee, @NotBlank @Size(max = 500) String purpose,
			@NotNull @Positive @Max(100_000_000_000L) Long amount,
			@NotNull @PositiveOrZero @Max(100_000_000_000L) Long tax, LinkKind linkKind, @Positive Long linkId) {
	}

	/**
	 * A reversing entry: dated in an open month of the same fiscal year (today when left
	 * out).
	 */
	record ReversalRequest(LocalDate date, @Size(max = 200) String reason) {
	}

	/**
	 * The booked entry and the ratio checks it took over their limit (a warning: the
	 * entry is kept).
	 */
	record Booked(EntryView entry, List<RatioCheck> overLimit) {
	}

	private final Ledger ledger;

	private final RecordExpense record;

	private final BudgetAgainstActual budget;

	private final HubIncome income;

	private final FinancePages pages;

	FinanceApiController(Ledger ledger, RecordExpense record, BudgetAgainstActual budget, HubIncome income,
			FinancePages pages) {
		this.pages = pages;
		this.ledger = ledger;
		this.record = record;
		this.budget = budget;
		this.income = income;
	}

	@GetMapping("/entries")
	@Operation(summary = "A fiscal year's ledger entries, latest first, with their evidence files (without content)")
	ApiPage<EntryView> entries(@RequestParam(required = false) Integer fiscalYear,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return ApiPage
			.of(ledger.page(pages.fiscalYear(fiscalYear), PageRequest.of(ApiPage.page(page), ApiPage.size(size))));
	}

	@GetMapping("/entries/{id}")
	@Operation(summary = "One ledger entry")
	EntryView entry(@PathVariable long id) {
		return ledger.get(id);
	}

	@PostMapping("/entries")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	@Operation(
			summary = "Books an expense; 409 when its month is closed; overLimit lists the ratio checks now exceeded")
	ResponseEntity<Booked> book(@Valid @RequestBody ExpenseRequest r) {
		RecordExpense.Booked booked = record.record(new NewExpense(r.entryDate(), r.category(), r.payee(), r.purpose(),
				r.amount(), r.tax(), r.linkKind(), r.linkId()));
		return ResponseEntity.created(URI.create("/api/v1/finance/entries/" + booked.id()))
			.body(new Booked(ledger.get(booked.id()), booked.overLimit()));
	}

	@PostMapping("/entries/{id}/reversal")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	@Operation(summary = "Reverses an entry with a reversing entry (the only correction there is); answers it")
	ResponseEntity<EntryView> reverse(@PathVariable long id, @Valid @RequestBody(required = false) ReversalRequest r) {
		LocalDate date = r != null && r.date() != null ? r.date() : pages.today();
		long reversal = record.reverse(id, date, r == null ? null : r.reason());
		return ResponseEntity.created(URI.create("/api/v1/finance/entries/" + reversal)).body(ledger.get(reversal));
	}

	@GetMapping("/budget")
	@Operation(summary = "Budget against actual by 経費項目 and month (April first), with the ratio checks "
			+ "(一般管理費 ≤ 10 % of 人件費 + 事業費; 再委託 ≤ 50 % of the total)")
	BudgetReport budget(@RequestParam(required = false) Integer fiscalYear) {
		return budget.of(pages.fiscalYear(fiscalYear));
	}

	@GetMapping("/income")
	@Operation(summary = "The hub's income of a fiscal year: agreements, the amount due per confirmed placement, "
			+ "invoices with what was paid, and the sums per agency")
	IncomeReport income(@RequestParam(required = false) Integer fiscalYear) {
		return income.of(pages.fiscalYear(fiscalYear));
	}

}
