package jp.kyoten.matching;

import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.platform.web.ApiPage;

/**
 * Placements (成約): staff see the hub's and confirm them; an agency user sees its own
 * agency's.
 */
@RestController
@RequestMapping("/api/v1/placements")
@PreAuthorize(MatchingRoles.STAFF_OR_AGENCY)
@Tag(name = "placements", description = "Placements (成約) and their confirmation by staff")
class PlacementsApiController {

	private final Placements placements;

	private final ConfirmPlacement confirm;

	private final RecordJoining joining;

	/** 実際の就職: {@code JOINED} with {@code joinedOn}, or {@code NOT_JOINED}. */
	record JoiningRequest(Joining status, LocalDate joinedOn) {
	}

	private final AuditedViews audited;

	PlacementsApiController(Placements placements, ConfirmPlacement confirm, RecordJoining joining,
			AuditedViews audited) {
		this.audited = audited;
		this.placements = placements;
		this.confirm = confirm;
		this.joining = joining;
	}

	@PostMapping("/{id}/joined")
	@PreAuthorize(MatchingRoles.CASE_STAFF_OR_AGENCY)
	@Operation(summary = "The agency or staff record whether the talent actually joined (実際の就職): JOINED on a day, "
			+ "or NOT_JOINED; a placement whose talent did not join leaves KPI 2")
	PlacementView joined(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestBody JoiningRequest request) {
		joining.record(id, request.status(), request.joinedOn());
		return placements.get(id);
	}

	@GetMapping
	@Operation(summary = "Placements visible to the caller by contract date (from/to inclusive), latest first")
	ApiPage<PlacementView> list(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) Boolean confirmed,
			@RequestParam(required = false) Long companyId, @RequestParam(required = false) Long agencyId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return ApiPage.of(placements.list(new PlacementFilter(from, to, confirmed, companyId, agencyId),
				PageRequest.of(ApiPage.page(page), ApiPage.size(size))));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One placement")
	PlacementView get(@PathVariable long id) {
		return audited.placement(placements.get(id));
	}

	@PostMapping("/{id}/confirm")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	@Operation(summary = "Staff confirm the placement: it counts from now on (KPIs 2–5); the need moves to PLACED")
	PlacementView confirm(@PathVariable long id) {
		confirm.confirm(id);
		return placements.get(id);
	}

}
