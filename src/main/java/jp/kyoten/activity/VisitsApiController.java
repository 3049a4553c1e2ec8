package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.platform.web.ApiPage;

/** Company visits (企業訪問記録) of the caller's hub. */
@RestController
@RequestMapping("/api/v1/visits")
@PreAuthorize(ActivityRoles.STAFF)
@Tag(name = "visits", description = "Company visits (企業訪問記録), recorded from their appointment or on their own")
class VisitsApiController {

	record Created(long id, Long consultationId) {
	}

	/**
	 * A revision; {@code version} as read, refused with 409 when someone changed the
	 * visit since.
	 */
	record VisitChange(@Valid @NotNull VisitDetails visit, @NotNull Integer version) {
	}

	private final Visits visits;

	VisitsApiController(Visits visits) {
		this.visits = visits;
	}

	@PostMapping
	@Operation(summary = "Record a visit; with appointmentId the company comes from the appointment; "
			+ "asConsultation also records a consultation. Answers 201 with the id (and the consultation's)")
	ResponseEntity<Created> create(@Valid @RequestBody VisitDetails visit, UriComponentsBuilder uri) {
		long id = visits.record(visit);
		return ResponseEntity.created(uri.path("/api/v1/visits/{id}").buildAndExpand(id).toUri())
			.body(new Created(id, visits.get(id).consultationId()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One visit of the hub")
	VisitView get(@PathVariable long id) {
		return visits.get(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise a visit (the company, appointment and consultation stay)")
	VisitView update(@PathVariable long id, @Valid @RequestBody VisitChange change) {
		visits.revise(id, change.version(), change.visit());
		return visits.get(id);
	}

	@GetMapping
	@Operation(summary = "The hub's visits, newest first, filtered by date range, company and visitor")
	List<VisitView> list(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Long companyId, @RequestParam(required = false) Long staffUserId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		int pageSize = ApiPage.size(size);
		return visits.list(from, to, companyId, staffUserId, ApiPage.page(page) * pageSize, pageSize);
	}

}
