package jp.kyoten.institution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

@RestController
@RequestMapping("/api/v1/institutions")
@PreAuthorize(InstitutionsController.READERS)
@Tag(name = "institutions", description = "Support institutions (支援機関) of the caller's hub")
class InstitutionsApiController {

	/**
	 * {@code kind} arrives as text so that an unknown code is answered field by field, in
	 * Japanese.
	 */
	record NewInstitutionRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameKana,
			@NotBlank @Pattern(regexp = InstitutionKind.CODES) String kind, @Size(max = 100) String branch,
			@Pattern(regexp = "[0-9]{3}-[0-9]{4}") String postalCode, @Size(max = 300) String address,
			@Size(max = 30) @Pattern(regexp = "[0-9()+ -]+") String phone,
			@Size(max = 500) @Pattern(regexp = "https?://\\S+") String url, @Size(max = 4000) String notes) {

		NewInstitutionRequest {
			name = FormText.trimmed(name);
			kind = FormText.halfWidth(kind);
			postalCode = InstitutionDetails.postalCode(postalCode);
			phone = FormText.halfWidth(phone);
			url = FormText.trimmed(url);
		}

		InstitutionDetails details() {
			return new InstitutionDetails(name, nameKana, InstitutionKind.valueOf(kind), branch, postalCode, address,
					phone, url, notes);
		}

	}

	private final Institutions institutions;

	private final RegisterInstitution register;

	InstitutionsApiController(Institutions institutions, RegisterInstitution register) {
		this.institutions = institutions;
		this.register = register;
	}

	@GetMapping
	@Operation(summary = "The hub's institutions; q searches name, kana and branch ignoring width and kana kind")
	ApiPage<InstitutionView> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) InstitutionKind kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		var filter = new Institutions.Filter(FormText.trimmed(q), kind, false, true);
		return ApiPage.of(institutions.search(filter, PageRequest.of(ApiPage.page(page), ApiPage.size(size))));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One institution of the hub")
	InstitutionView get(@PathVariable long id) {
		return institutions.get(id);
	}

	@PostMapping
	@PreAuthorize(InstitutionsController.WRITERS)
	@Operation(summary = "Register an institution; name and kind are required")
	ResponseEntity<InstitutionView> create(@Valid @RequestBody NewInstitutionRequest request,
			UriComponentsBuilder uri) {
		long id = register.register(request.details());
		return ResponseEntity.created(uri.path("/api/v1/institutions/{id}").buildAndExpand(id).toUri())
			.body(institutions.get(id));
	}

}
