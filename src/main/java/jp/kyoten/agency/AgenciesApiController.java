package jp.kyoten.agency;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.platform.web.ApiPage;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

@RestController
@RequestMapping("/api/v1/agencies")
@PreAuthorize(AgenciesController.READERS)
@Tag(name = "agencies", description = "Recruitment agencies (事前登録事業者) of the caller's hub")
class AgenciesApiController {

	/**
	 * Codes arrive as text so that an unknown one is answered field by field
	 * ({@code employmentForms[1]}), in Japanese.
	 */
	record NewAgencyRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameKana,
			@CorporateNumber String corporateNumber,
			@NotBlank @Pattern(regexp = LicenceNumber.PATTERN) String licenceNumber, LocalDate agreementDate,
			LocalDate agreementEnd,
			@NotEmpty List<@NotNull @Pattern(regexp = EmploymentForm.CODES) String> employmentForms,
			@NotEmpty List<@NotNull @Pattern(regexp = JobCategory.CODES) String> jobCategories,
			List<@NotNull @Pattern(regexp = Industries.PATTERN) String> industries,
			@NotEmpty List<@NotNull @Pattern(regexp = AgenciesController.PREFECTURE) String> prefectureCodes,
			@Size(max = 4000) String description, @Size(max = 500) @Pattern(regexp = "https?://\\S+") String website,
			@Size(max = 30) @Pattern(regexp = "[0-9()+ -]+") String phone, @Email @Size(max = 254) String email,
			@Size(max = 300) String address, @Size(max = 4000) String notes) {

		NewAgencyRequest {
			name = FormText.trimmed(name);
			corporateNumber = FormText.halfWidth(corporateNumber);
			licenceNumber = LicenceNumber.normalize(licenceNumber);
			website = FormText.trimmed(website);
			phone = FormText.halfWidth(phone);
			email = FormText.halfWidth(email);
		}

		@AssertTrue
		public boolean isAgreementPeriodValid() {
			return agreementDate == null || agreementEnd == null || !agreementEnd.isBefore(agreementDate);
		}

		AgencyDetails details() {
			return new AgencyDetails(name, nameKana, corporateNumber, licenceNumber, agreementDate, agreementEnd,
					employmentForms.stream().map(EmploymentForm::valueOf).collect(java.util.stream.Collectors.toSet()),
					jobCategories.stream().map(JobCategory::valueOf).collect(java.util.stream.Collectors.toSet()),
					industries, prefectureCodes, description, website, phone, email, address, notes);
		}

	}

	private final Agencies agencies;

	private final ReceiveAgencyApplication receive;

	AgenciesApiController(Agencies agencies, ReceiveAgencyApplication receive) {
		this.agencies = agencies;
		this.receive = receive;
	}

	@GetMapping
	@Operation(summary = "The hub's agencies, optionally of one status (APPLIED, REGISTERED, SUSPENDED, REVOKED)")
	ApiPage<AgencyView> list(@RequestParam(required = false) AgencyStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		var filter = new Agencies.Filter(status, null, null, null);
		return ApiPage.of(agencies.search(filter, PageRequest.of(ApiPage.page(page), ApiPage.size(size))));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One agency of the hub")
	AgencyView get(@PathVariable long id) {
		return agencies.get(id);
	}

	@PostMapping
	@PreAuthorize(AgenciesController.STAFF)
	@Operation(summary = "Record an agency's application; it starts as APPLIED")
	ResponseEntity<AgencyView> create(@Valid @RequestBody NewAgencyRequest request, UriComponentsBuilder uri) {
		long id = receive.receive(request.details());
		return ResponseEntity.created(uri.path("/api/v1/agencies/{id}").buildAndExpand(id).toUri())
			.body(agencies.get(id));
	}

}
