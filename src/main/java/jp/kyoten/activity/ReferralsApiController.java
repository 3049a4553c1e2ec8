package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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

/** Referrals of companies to other support institutions (他機関への紹介) of the caller's hub. */
@RestController
@RequestMapping("/api/v1/referrals")
@PreAuthorize(ActivityRoles.STAFF)
@Tag(name = "referrals", description = "Referrals to other support institutions and what came of them")
class ReferralsApiController {

	record Created(long id) {
	}

	/** What came of the referral: IN_PROGRESS (対応中), RESOLVED (解決), UNSUCCESSFUL (不調). */
	record OutcomeChange(@NotNull ReferralStatus status, @Size(max = 2000) String outcomeNote, LocalDate outcomeOn,
			@NotNull Integer version) {
	}

	private final InstitutionReferrals referrals;

	ReferralsApiController(InstitutionReferrals referrals) {
		this.referrals = referrals;
	}

	@PostMapping
	@Operation(summary = "Refer the company of a consultation to an institution, with the company's consent; 201 + id")
	ResponseEntity<Created> create(@Valid @RequestBody NewReferral referral, UriComponentsBuilder uri) {
		long id = referrals.refer(referral);
		return ResponseEntity.created(uri.path("/api/v1/referrals/{id}").buildAndExpand(id).toUri())
			.body(new Created(id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One referral of the hub")
	ReferralView get(@PathVariable long id) {
		return referrals.get(id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Record what came of the referral; 409 when version is stale")
	ReferralView outcome(@PathVariable long id, @Valid @RequestBody OutcomeChange change) {
		referrals.recordOutcome(id, change.version(), change.status(), change.outcomeNote(), change.outcomeOn());
		return referrals.get(id);
	}

	@GetMapping
	@Operation(summary = "The hub's referrals, newest first, filtered by date range, institution, company and status")
	List<ReferralView> list(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long institutionId,
			@RequestParam(required = false) Long companyId, @RequestParam(required = false) ReferralStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		int pageSize = ApiPage.size(size);
		return referrals.list(from, to, institutionId, companyId, status, ApiPage.page(page) * pageSize, pageSize);
	}

}
