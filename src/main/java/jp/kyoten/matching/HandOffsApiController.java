package jp.kyoten.matching;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.platform.web.ApiPage;
import jp.kyoten.platform.work.EmploymentForm;

/**
 * Hand-offs (取り繋ぎ): staff see the hub's, an agency user only its own agency's (others
 * answer 404). The agency answers, reports progress and the outcome; staff may report a
 * placement from the agency's report.
 */
@RestController
@RequestMapping("/api/v1/handoffs")
@PreAuthorize(MatchingRoles.STAFF_OR_AGENCY)
@Tag(name = "handoffs", description = "Hand-offs to agencies: answer, progress, outcome and placement")
class HandOffsApiController {

	record NoteRequest(@Size(max = HandOff.NOTE_MAX) String note) {
	}

	record ReasonRequest(@NotBlank @Size(max = HandOff.NOTE_MAX) String reason) {
	}

	record ProgressRequest(@NotBlank @Pattern(regexp = HandOffStatus.PROGRESS_CODES) String status,
			@Size(max = HandOff.NOTE_MAX) String note) {
	}

	record ResidenceRequest(@Pattern(regexp = Residence.PREFECTURE) String prefectureCode,
			@Pattern(regexp = Residence.MUNICIPALITY) String municipalityCode) {

		Residence residence() {
			return new Residence(prefectureCode, municipalityCode);
		}

	}

	/**
	 * 成約: contract date, start date, employment form, residence before and after, fee in
	 * yen.
	 */
	record PlacementRequest(@NotNull LocalDate contractDate, LocalDate startDate,
			@NotBlank @Pattern(regexp = EmploymentForm.CODES) String employmentForm,
			@Valid ResidenceRequest residenceBefore, @Valid ResidenceRequest residenceAfter, @PositiveOrZero Long fee) {

		PlacementReport report() {
			return new PlacementReport(contractDate, startDate, EmploymentForm.valueOf(employmentForm),
					residenceBefore == null ? null : residenceBefore.residence(),
					residenceAfter == null ? null : residenceAfter.residence(), fee);
		}

	}

	record Created(long id) {
	}

	private final HandOffs handOffs;

	private final Placements placements;

	private final ReportHandOffProgress progress;

	private final ReportPlacement reportPlacement;

	private final AuditedViews audited;

	HandOffsApiController(HandOffs handOffs, Placements placements, ReportHandOffProgress progress,
			ReportPlacement reportPlacement, AuditedViews audited) {
		this.audited = audited;
		this.handOffs = handOffs;
		this.placements = placements;
		this.progress = progress;
		this.reportPlacement = reportPlacement;
	}

	@GetMapping
	@Operation(summary = "Hand-offs visible to the caller, most recently changed first")
	ApiPage<HandOffView> list(@RequestParam(required = false) Long needId,
			@RequestParam(required = false) Long companyId, @RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) HandOffStatus status, @RequestParam(required = false) Boolean open,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return ApiPage.of(handOffs.list(new HandOffFilter(needId, companyId, agencyId, status, open),
				PageRequest.of(ApiPage.page(page), ApiPage.size(size))));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One hand-off with the data provided to the agency")
	HandOffView get(@PathVariable long id) {
		return audited.handOff(handOffs.get(id));
	}

	@GetMapping("/{id}/progress")
	@Operation(summary = "The hand-off's steps, oldest first")
	List<ProgressView> steps(@PathVariable long id) {
		handOffs.get(id);
		return handOffs.progress(id);
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize(MatchingRoles.CASE_STAFF_OR_AGENCY)
	@Operation(summary = "The agency accepts the hand-off")
	HandOffView accept(@PathVariable long id, @Valid @RequestBody(required = false) NoteRequest request) {
		progress.accept(id, request == null ? null : request.note());
		return handOffs.get(id);
	}

	@PostMapping("/{id}/decline")
	@PreAuthorize(MatchingRoles.CASE_STAFF_OR_AGENCY)
	@Operation(summary = "The agency declines the hand-off, with a reason")
	HandOffView decline(@PathVariable long id, @Valid @RequestBody ReasonRequest request) {
		progress.decline(id, request.reason());
		return handOffs.get(id);
	}

	@PostMapping("/{id}/progress")
	@PreAuthorize(MatchingRoles.CASE_STAFF_OR_AGENCY)
	@Operation(summary = "Progress: INTERVIEW (面談), RECOMMENDED (候補者推薦) or IN_SELECTION (選考中), with a note")
	HandOffView progress(@PathVariable long id, @Valid @RequestBody ProgressRequest request) {
		progress.progress(id, HandOffStatus.valueOf(request.status()), request.note());
		return handOffs.get(id);
	}

	@PostMapping("/{id}/not-placed")
	@PreAuthorize(MatchingRoles.CASE_STAFF_OR_AGENCY)
	@Operation(summary = "不成約, with a reason")
	HandOffView notPlaced(@PathVariable long id, @Valid @RequestBody ReasonRequest request) {
		progress.notPlaced(id, request.reason());
		return handOffs.get(id);
	}

	@PostMapping("/{id}/placement")
	@PreAuthorize(MatchingRoles.CASE_STAFF_OR_AGENCY)
	@Operation(summary = "Report a placement (成約) on the hand-off; answers 201 with the placement id. It counts once "
			+ "staff confirm it (POST /api/v1/placements/{id}/confirm)")
	ResponseEntity<Created> placement(@PathVariable long id, @Valid @RequestBody PlacementRequest request,
			UriComponentsBuilder uri) {
		long placementId = reportPlacement.report(id, request.report());
		return ResponseEntity.created(uri.path("/api/v1/placements/{id}").buildAndExpand(placementId).toUri())
			.body(new Created(placementId));
	}

}
