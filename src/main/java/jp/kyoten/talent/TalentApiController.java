package jp.kyoten.talent;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
import jp.kyoten.platform.web.ListRequest;

/**
 * The talent pool of the caller's hub: profiles, assessments, counselling. Another hub's
 * talent answers 404. A foreign talent's {@code foreign} block (nationality,
 * residenceStatus, jlpt) is present only for a caller with the counselling permission,
 * and reading it is audited; codes as in the UI's forms (kinds DIGITAL, FOREIGN, YOUTH,
 * WOMEN, SENIOR).
 */
@RestController
@RequestMapping("/api/v1/talent")
@PreAuthorize(TalentPermissions.STAFF)
@Tag(name = "talent", description = "Talent pool (人材) of the METI talent programme: profiles, assessments, counselling")
class TalentApiController {

	/**
	 * A profile as the API answers it; {@code foreign} null unless the caller may
	 * counsel.
	 */
	record TalentJson(long id, String code, String kind, String name, String nameKana, String email, String phone,
			Integer birthYear, String prefectureCode, String career, String desiredWork, String jobCategory,
			List<String> workStyles, LocalDate availableFrom, LocalDate consentHeldOn, LocalDate consentShareOn,
			String status, List<Long> skillIds, List<String> skills, ForeignDetail foreign) {
	}

	record AssessmentRequest(@NotNull LocalDate assessedOn, @NotNull Map<SkillArea, Integer> scores,
			@Size(max = 100) String assessorName, @Size(max = 2000) String note) {
	}

	record CounsellingRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 4000) String notes,
			@Size(max = 2000) String nextSteps, @NotNull Readiness readiness) {
	}

	record Created(long id) {
	}

	private final TalentProfiles profiles;

	private final Assessments assessments;

	private final Counselling counselling;

	TalentApiController(TalentProfiles profiles, Assessments assessments, Counselling counselling) {
		this.profiles = profiles;
		this.assessments = assessments;
		this.counselling = counselling;
	}

	@GetMapping
	@Operation(summary = "Search talent by skills (all of the skill ids), kind and prefecture code; pages from 0",
			description = "The matches are counted up to kyoten.talent.count-cap (1,000): past it totalCapped is "
					+ "true and totalElements is the cap + 1 (「1,000 件以上」), as the company search answers.")
	TalentPage search(@RequestParam(required = false) List<Long> skill, @RequestParam(required = false) TalentKind kind,
			@RequestParam(required = false) String prefecture, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		int s = ApiPage.size(size);
		var list = profiles.search(new TalentProfiles.Filter(skill, kind, prefecture),
				new ListRequest(ApiPage.page(page), s, "registered", true), "/api/v1/talent");
		return new TalentPage(list.rows(), list.request().page(), s, list.total() + (list.capped() ? 1 : 0),
				list.capped());
	}

	/**
	 * {@link ApiPage}'s shape with {@code totalCapped}: more matches than the count went
	 * up to.
	 */
	record TalentPage(List<TalentProfiles.Row> content, int page, int size, long totalElements, boolean totalCapped) {
	}

	@GetMapping("/{id}")
	@Operation(summary = "One profile (the view is audited)")
	TalentJson get(@PathVariable long id) {
		TalentView t = profiles.show(id);
		return new TalentJson(t.id(), t.code(), t.kind().name(), t.name(), t.nameKana(), t.email(), t.phone(),
				t.birthYear(), t.prefectureCode(), t.career(), t.desiredWork(), t.jobCategory(), t.workStyles(),
				t.availableFrom(), t.consentHeldOn(), t.consentShareOn(), t.status(), t.skillIds(), t.skills(),
				profiles.foreignDetail(id).orElse(null));
	}

	@PostMapping
	@Operation(summary = "Register a profile; consentHeldOn is required; answers 201 with its id")
	ResponseEntity<Created> create(@Valid @RequestBody TalentForm request, UriComponentsBuilder uri) {
		long id = profiles.register(request.details());
		return ResponseEntity.created(uri.path("/api/v1/talent/{id}").build(id)).body(new Created(id));
	}

	@GetMapping("/{id}/assessments")
	@Operation(summary = "The talent's assessments, oldest first, scores 0–5 per digital-skill area")
	List<Assessments.Assessment> assessments(@PathVariable long id) {
		profiles.get(id);
		return assessments.of(id);
	}

	@PostMapping("/{id}/assessments")
	@Operation(summary = "Record an assessment: a score 0–5 for every area DX_STRATEGY, DATA_AI, GENERATIVE_AI, "
			+ "SOFTWARE, DESIGN, SECURITY")
	ResponseEntity<Created> assess(@PathVariable long id, @Valid @RequestBody AssessmentRequest request,
			UriComponentsBuilder uri) {
		Map<SkillArea, Integer> scores = new EnumMap<>(SkillArea.class);
		scores.putAll(request.scores());
		long created = assessments.record(id, request.assessedOn(), scores, request.assessorName(), request.note());
		return ResponseEntity.created(uri.path("/api/v1/talent/{id}/assessments").build(id)).body(new Created(created));
	}

	@GetMapping("/{id}/counselling")
	@Operation(summary = "The talent's counselling sessions, the latest first")
	List<Counselling.Session> sessions(@PathVariable long id) {
		profiles.get(id);
		return counselling.of(id);
	}

	@PostMapping("/{id}/counselling")
	@Operation(summary = "Record a counselling session (readiness NOT_READY, PREPARING or READY)")
	ResponseEntity<Created> counsel(@PathVariable long id, @Valid @RequestBody CounsellingRequest request,
			UriComponentsBuilder uri) {
		long created = counselling.record(id, request.heldOn(), request.notes(), request.nextSteps(),
				request.readiness());
		return ResponseEntity.created(uri.path("/api/v1/talent/{id}/counselling").build(id)).body(new Created(created));
	}

}
