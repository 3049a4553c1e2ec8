package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
import jp.kyoten.platform.web.FormText;

/**
 * Consultations (相談) of the caller's hub. Codes as in DOMAIN.md; dates
 * {@code YYYY-MM-DD}.
 */
@RestController
@RequestMapping("/api/v1/consultations")
@PreAuthorize(ActivityRoles.STAFF)
@Tag(name = "consultations", description = "Consultations (相談) of the caller's hub")
class ConsultationsApiController {

	static final String ISSUE_CODES = "SALES_CHANNEL|PRODUCTIVITY|NEW_PRODUCT|DX|SUCCESSION|RECRUITMENT|ORGANISATION"
			+ "|OVERSEAS|FINANCE|PRICE_PASS_THROUGH|LABOUR_SAVING|CARBON_NEUTRAL|INTELLECTUAL_PROPERTY|INVOICE|OTHER";

	/**
	 * {@code referralInstitutionId} (a support institution of the hub) or
	 * {@code referralSource}, not both; {@code followUpOf} names an earlier consultation
	 * of the same company that this one continues (継続相談).
	 */
	record ConsultationRequest(@NotNull Long companyId, @NotNull LocalDate date,
			@NotBlank @Pattern(regexp = "VISIT_IN|VISIT_OUT|PHONE|ONLINE|EMAIL|PORTAL_FORM|SEMINAR") String channel,
			Long referralInstitutionId, @Pattern(regexp = "SEMINAR|WEB|SELF|OTHER") String referralSource,
			List<@Pattern(regexp = ISSUE_CODES) String> issues,
			@NotBlank @Size(max = Consultation.SUMMARY_MAX) String summary, Long followUpOf,
			@Size(max = 100) String contactName, Long staffUserId, @Size(max = 1000) String nextAction,
			LocalDate followUpOn) {

		ConsultationRequest {
			summary = FormText.trimmed(summary);
		}

		NewConsultation toNew() {
			if (referralInstitutionId != null && referralSource != null) {
				throw new IllegalArgumentException("referralInstitutionId and referralSource are exclusive");
			}
			Referral referral = referralInstitutionId != null ? Referral.institution(referralInstitutionId)
					: referralSource != null ? Referral.source(ReferralSource.valueOf(referralSource)) : Referral.NONE;
			Set<ManagementIssue> codes = issues == null ? Set.of()
					: issues.stream().map(ManagementIssue::valueOf).collect(Collectors.toSet());
			return new NewConsultation(companyId, date, Channel.valueOf(channel), referral, codes, summary, followUpOf,
					null, contactName, staffUserId, nextAction, followUpOn, null, null);
		}

	}

	record Created(long id) {
	}

	private final Consultations consultations;

	private final RecordConsultation record;

	ConsultationsApiController(Consultations consultations, RecordConsultation record) {
		this.consultations = consultations;
		this.record = record;
	}

	@PostMapping
	@Operation(summary = "Record a consultation; answers 201 with the new id")
	ResponseEntity<Created> create(@Valid @RequestBody ConsultationRequest request, UriComponentsBuilder uri) {
		long id = record.record(request.toNew());
		return ResponseEntity.created(uri.path("/api/v1/consultations/{id}").buildAndExpand(id).toUri())
			.body(new Created(id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One consultation of the hub")
	ConsultationView get(@PathVariable long id) {
		return consultations.get(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise a consultation (the company and follow-up link stay as recorded)")
	ConsultationView update(@PathVariable long id, @Valid @RequestBody ConsultationRequest request) {
		record.revise(id, request.toNew());
		return consultations.get(id);
	}

	@GetMapping
	@Operation(summary = "The hub's consultations, newest first, filtered by date range, company, staff, channel, "
			+ "issue and whether they are follow-ups")
	List<ConsultationView> list(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long companyId,
			@RequestParam(required = false) Long staffUserId,
			@RequestParam(required = false) @Pattern(
					regexp = "VISIT_IN|VISIT_OUT|PHONE|ONLINE|EMAIL|PORTAL_FORM|SEMINAR") String channel,
			@RequestParam(required = false) @Pattern(regexp = ISSUE_CODES) String issue,
			@RequestParam(required = false) Boolean followUp, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		ConsultationFilter filter = new ConsultationFilter(from, to, companyId, staffUserId,
				channel == null ? null : Channel.valueOf(channel),
				issue == null ? null : ManagementIssue.valueOf(issue), followUp);
		int pageSize = ApiPage.size(size);
		return consultations.list(filter, ApiPage.page(page) * pageSize, pageSize);
	}

}
