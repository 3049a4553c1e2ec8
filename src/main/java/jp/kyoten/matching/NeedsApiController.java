package jp.kyoten.matching;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
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
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.platform.web.ApiPage;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * Talent needs (求人ニーズ) of the caller's hub, their selection sheets and the company's
 * choice (取り繋ぎ). Each call makes the status change it implies: a sheet moves the need to
 * SELECTING, a hand-off to HANDED_OFF.
 */
@RestController
@RequestMapping("/api/v1/needs")
@PreAuthorize(MatchingRoles.STAFF)
@Tag(name = "needs", description = "Talent needs (求人ニーズ), selection sheets and hand-offs of the caller's hub")
class NeedsApiController {

	/**
	 * A need from a consultation. Without {@code referralInstitutionId} or
	 * {@code referralSource} it inherits the consultation's referral route.
	 */
	record NeedRequest(@NotNull Long consultationId, @NotBlank @Size(max = NeedDetails.TITLE_MAX) String title,
			@NotBlank @Pattern(regexp = JobCategory.CODES) String jobCategory,
			@NotBlank @Pattern(regexp = EmploymentForm.CODES) String employmentForm, Boolean digital, Boolean cxo,
			@Size(max = 10000) String description, @Size(max = 10000) String conditions, Long referralInstitutionId,
			@Pattern(regexp = "SEMINAR|WEB|SELF|OTHER") String referralSource, LocalDate followUpOn) {

		NeedRequest {
			title = FormText.trimmed(title);
		}

		NeedDetails details() {
			if (referralInstitutionId != null && referralSource != null) {
				throw new IllegalArgumentException("referralInstitutionId and referralSource are exclusive");
			}
			Referral referral = referralInstitutionId != null ? Referral.institution(referralInstitutionId)
					: referralSource != null ? Referral.source(ReferralSource.valueOf(referralSource)) : null;
			return new NeedDetails(title, JobCategory.valueOf(jobCategory), EmploymentForm.valueOf(employmentForm),
					Boolean.TRUE.equals(digital), Boolean.TRUE.equals(cxo), description, conditions, referral,
					followUpOn);
		}

	}

	record StatusRequest(@NotBlank @Pattern(regexp = NeedStatus.CODES) String status, @Size(max = 500) String reason) {
	}

	/**
	 * The company's choice: agencies on that sheet, who at the company chose, how and
	 * when.
	 */
	record HandOffRequest(@NotNull Long selectionSheetId, @NotEmpty Set<Long> agencyIds,
			@NotBlank @Size(max = 100) String chosenBy, @NotBlank @Pattern(regexp = ChoiceMethod.CODES) String method,
			@NotNull LocalDate chosenOn, @Size(max = 100) String contactName, @Size(max = 100) String contactDepartment,
			@Size(max = 254) String contactEmail, @Size(max = 30) String contactPhone) {

		CompanyChoice choice() {
			return new CompanyChoice(selectionSheetId, agencyIds, chosenBy, ChoiceMethod.valueOf(method), chosenOn,
					contactName, contactDepartment, contactEmail, contactPhone);
		}

	}

	record Created(long id) {
	}

	record CreatedSheet(long id, String ordering, List<SheetView.SheetAgency> agencies) {
	}

	private final RegisterNeed register;

	private final PrepareSelectionSheet prepare;

	private final HandOffNeed handOff;

	private final Needs needs;

	private final AuditedViews audited;

	NeedsApiController(RegisterNeed register, PrepareSelectionSheet prepare, HandOffNeed handOff, Needs needs,
			AuditedViews audited) {
		this.audited = audited;
		this.register = register;
		this.prepare = prepare;
		this.handOff = handOff;
		this.needs = needs;
	}

	@PostMapping
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	@Operation(summary = "Register a need from a consultation; answers 201 with the new id")
	ResponseEntity<Created> create(@Valid @RequestBody NeedRequest request, UriComponentsBuilder uri) {
		long id = register.register(request.consultationId(), request.details());
		return ResponseEntity.created(location(uri, "/api/v1/needs/{id}", id)).body(new Created(id));
	}

	@GetMapping
	@Operation(summary = "The hub's needs, most recently changed first, filtered by status, job category, "
			+ "employment form, digital, CxO and company")
	ApiPage<NeedView> list(@RequestParam(required = false) @Pattern(regexp = NeedStatus.CODES) String status,
			@RequestParam(required = false) Boolean open,
			@RequestParam(required = false) @Pattern(regexp = JobCategory.CODES) String jobCategory,
			@RequestParam(required = false) @Pattern(regexp = EmploymentForm.CODES) String employmentForm,
			@RequestParam(required = false) Boolean digital, @RequestParam(required = false) Boolean cxo,
			@RequestParam(required = false) Long companyId, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		NeedFilter filter = new NeedFilter(status == null ? null : NeedStatus.valueOf(status), open,
				jobCategory == null ? null : JobCategory.valueOf(jobCategory),
				employmentForm == null ? null : EmploymentForm.valueOf(employmentForm), digital, cxo, companyId, q);
		return ApiPage.of(needs.list(filter, PageRequest.of(ApiPage.page(page), ApiPage.size(size))));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One need of the hub")
	NeedView get(@PathVariable long id) {
		return audited.need(needs.get(id));
	}

	@PutMapping("/{id}")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	@Operation(summary = "Revise a need (its consultation stays); no referral fields means no referral route")
	NeedView update(@PathVariable long id, @Valid @RequestBody NeedRequest request) {
		NeedDetails details = request.details();
		register.revise(id, details);
		return needs.get(id);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	@Operation(summary = "A status change made by hand (DEFINED, IN_SELECTION, NOT_PLACED or WITHDRAWN with a reason, "
			+ "back to PROSPECTING or DEFINED); illegal changes answer 409")
	NeedView status(@PathVariable long id, @Valid @RequestBody StatusRequest request) {
		register.changeStatus(id, NeedStatus.valueOf(request.status()), request.reason());
		return needs.get(id);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "The need's status history, oldest first")
	List<StatusChangeView> history(@PathVariable long id) {
		needs.get(id);
		return needs.history(id);
	}

	@PostMapping("/{id}/selection-sheets")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	@Operation(summary = "Make a selection sheet of the eligible registered agencies in a rotated, recorded order; "
			+ "answers 201 with its id and ordered agencies; the need moves to SELECTING")
	ResponseEntity<CreatedSheet> sheet(@PathVariable long id, UriComponentsBuilder uri) {
		long sheetId = prepare.prepare(id);
		SheetView sheet = needs.sheet(id, sheetId);
		return ResponseEntity.created(location(uri, "/api/v1/needs/{id}/selection-sheets", id))
			.body(new CreatedSheet(sheetId, sheet.ordering(), sheet.agencies()));
	}

	@GetMapping("/{id}/selection-sheets")
	@Operation(summary = "The need's selection sheets, newest first")
	List<SheetView> sheets(@PathVariable long id) {
		needs.get(id);
		return needs.sheets(id);
	}

	@PostMapping("/{id}/handoffs")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	@Operation(summary = "Record the company's choice on a sheet and hand the need to each chosen agency; answers 201 "
			+ "with [{id, agencyId}]; the need moves to HANDED_OFF")
	ResponseEntity<List<HandOffNeed.Created>> handOff(@PathVariable long id, @Valid @RequestBody HandOffRequest request,
			UriComponentsBuilder uri) {
		List<HandOffNeed.Created> created = handOff.handOff(id, request.choice());
		return ResponseEntity.created(location(uri, "/api/v1/handoffs/{id}", created.getFirst().id())).body(created);
	}

	private static URI location(UriComponentsBuilder uri, String path, long id) {
		return uri.cloneBuilder().path(path).buildAndExpand(id).toUri();
	}

}
