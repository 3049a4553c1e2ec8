package jp.kyoten.talent;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The interview sets (面接セット) of a matching event of the caller's hub. A set that would
 * book a talent or a company twice in a slot answers 409 with the reason; another hub's
 * event 404. {@code companyId} is the participant company's id on the event (as listed
 * here), {@code slot} counts from 0 at the event's start.
 */
@RestController
@RequestMapping("/api/v1/matching-events/{eventId}/interview-sets")
@PreAuthorize(TalentPermissions.STAFF)
@Tag(name = "interview-sets", description = "Interview sets (面接セット) of a matching event")
class InterviewSetsApiController {

	record SetRequest(@NotNull Long companyId, @NotNull Long talentId, @NotNull @Min(0) Integer slot) {
	}

	record ResultRequest(@NotNull InterviewResult result, @NotNull LocalDate on) {
	}

	record Created(long id) {
	}

	private final MatchingBoards boards;

	private final InterviewSets sets;

	InterviewSetsApiController(MatchingBoards boards, InterviewSets sets) {
		this.boards = boards;
		this.sets = sets;
	}

	@GetMapping
	@Operation(summary = "The event's interview sets by slot, with times (Japan time) and results")
	List<MatchingBoard.SetView> list(@PathVariable long eventId) {
		return boards.board(eventId).sets();
	}

	@PostMapping
	@Operation(summary = "Plan an interview set; 409 when the talent or the company is already booked in the slot")
	ResponseEntity<Created> plan(@PathVariable long eventId, @Valid @RequestBody SetRequest request,
			UriComponentsBuilder uri) {
		long id = sets.plan(eventId, request.companyId(), request.talentId(), request.slot(), false);
		return ResponseEntity.created(uri.path("/api/v1/matching-events/{e}/interview-sets").build(eventId))
			.body(new Created(id));
	}

	@PutMapping("/{setId}/result")
	@Operation(summary = "Record the result (OFFER, REJECTED, DECLINED, CONTINUING); an OFFER counts in 内定件数")
	ResponseEntity<Void> result(@PathVariable long eventId, @PathVariable long setId,
			@Valid @RequestBody ResultRequest request) {
		sets.recordResult(eventId, setId, request.result(), request.on());
		return ResponseEntity.noContent().build();
	}

}
