package jp.kyoten.finance;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Personnel time, the funder pipeline, the balanced scorecard and the books' retention
 * over JSON.
 */
@RestController
@RequestMapping("/api/v1/finance")
@PreAuthorize(FinanceRoles.READERS)
@Tag(name = "finance-planning", description = "人件費 from work days, 外部資金 (funder pipeline), the balanced "
		+ "scorecard of the self-sufficiency roadmap, and the books' retention")
class FinancePlanningApiController {

	/** A day worked; {@code halfDay} pays half a 謝金 case. */
	record WorkDayRequest(@NotNull Long staffId, @NotNull LocalDate workDate,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal hours, Boolean halfDay,
			@Size(max = 200) String note) {
	}

	/** How many personnel cost entries a booking made. */
	record BookedCount(int booked) {
	}

	record FunderRequest(@NotNull FunderKind kind, @NotBlank @Size(max = 200) String name,
			@Size(max = 200) String contact, @NotNull Integer fiscalYear,
			@NotNull @PositiveOrZero @Max(100_000_000_000L) Long expected, @Size(max = 300) String nextAction,
			@Size(max = 1000) String note) {
	}

	/** A move to another stage, dated today when {@code day} is left out. */
	record StageRequest(@NotNull FunderStage stage, LocalDate day, @Size(max = 300) String nextAction) {
	}

	record ReceiptRequest(@NotNull LocalDate receivedOn, @NotNull @Positive @Max(100_000_000_000L) Long amount,
			@Size(max = 300) String note) {
	}

	record RetentionView(List<BooksRetention.DueYear> due, List<BooksRetention.Disposal> disposals) {
	}

	private final Personnel personnel;

	private final RecordWorkTime workTime;

	private final BookPersonnelCost bookPersonnel;

	private final Funders funders;

	private final RecordFunder recordFunder;

	private final Scorecards scorecards;

	private final BooksRetention retention;

	private final FinancePages pages;

	FinancePlanningApiController(Personnel personnel, RecordWorkTime workTime, BookPersonnelCost bookPersonnel,
			Funders funders, RecordFunder recordFunder, Scorecards scorecards, BooksRetention retention,
			FinancePages pages) {
		this.personnel = personnel;
		this.workTime = workTime;
		this.bookPersonnel = bookPersonnel;
		this.funders = funders;
		this.recordFunder = recordFunder;
		this.scorecards = scorecards;
		this.retention = retention;
		this.pages = pages;
	}

	@GetMapping("/personnel")
	@Operation(summary = "A month's personnel cost: each staff member's days, hours, cases and the cost they give, "
			+ "with the ledger entry it was booked as, and the month's work days")
	PersonnelMonth personnel(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		return personnel.month(month != null ? month : YearMonth.from(pages.today()));
	}

	@PostMapping("/personnel/work-days")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	@Operation(summary = "Records (or corrects) a day worked; 409 beyond a manager's five days a week, in a closed "
			+ "month or in a month whose cost is booked")
	ResponseEntity<Void> workDay(@Valid @RequestBody WorkDayRequest r) {
		workTime.recordDay(r.staffId(), r.workDate(), r.hours(), Boolean.TRUE.equals(r.halfDay()), r.note());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/personnel/booking")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	@Operation(summary = "Books an ended month's personnel cost into the ledger, one entry per staff member")
	BookedCount book(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		return new BookedCount(bookPersonnel.book(month));
	}

	@GetMapping("/funders")
	@Operation(summary = "A fiscal year's prospective funders by stage (訪問リスト → アポ → 面談 → 寄付・出資, 見送り) "
			+ "with the sums expected and received")
	FunderBoard funders(@RequestParam(required = false) Integer fiscalYear) {
		return funders.board(pages.fiscalYear(fiscalYear));
	}

	@GetMapping("/funders/{id}")
	@Operation(summary = "One prospective funder")
	FunderView funder(@PathVariable long id) {
		return funders.get(id);
	}

	@PostMapping("/funders")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	@Operation(summary = "Puts a prospective funder on the visit list")
	ResponseEntity<FunderView> addFunder(@Valid @RequestBody FunderRequest r) {
		long id = recordFunder.add(new RecordFunder.NewFunder(r.kind(), r.name(), r.contact(), r.fiscalYear(),
				r.expected(), r.nextAction(), r.note()));
		return ResponseEntity.created(URI.create("/api/v1/finance/funders/" + id)).body(funders.get(id));
	}

	@PostMapping("/funders/{id}/stage")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	@Operation(summary = "Moves a funder to another stage (寄付・出資 only with money received)")
	FunderView move(@PathVariable long id, @Valid @RequestBody StageRequest r) {
		recordFunder.move(id, r.stage(), r.day() != null ? r.day() : pages.today(), r.nextAction());
		return funders.get(id);
	}

	@PostMapping("/funders/{id}/receipts")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	@Operation(summary = "Records money received from a funder, which makes it a contributor")
	FunderView receive(@PathVariable long id, @Valid @RequestBody ReceiptRequest r) {
		recordFunder.receive(id, r.receivedOn(), r.amount(), r.note());
		return funders.get(id);
	}

	@GetMapping("/scorecard")
	@Operation(summary = "The balanced scorecard of the roadmap starting in fiscalYear (the current one's when left "
			+ "out): KPIs by perspective with the three years' targets and actuals, computed or entered")
	Scorecard scorecard(@RequestParam(required = false) Integer fiscalYear) {
		return scorecards
			.of(fiscalYear != null ? pages.fiscalYear(fiscalYear) : scorecards.roadmapOf(pages.fiscalYear(null)));
	}

	@GetMapping("/retention")
	@Operation(summary = "Fiscal years past their retention period (five years from the year after) and the "
			+ "disposals done")
	RetentionView retention() {
		return new RetentionView(retention.dueForDisposal(), retention.disposals());
	}

}
