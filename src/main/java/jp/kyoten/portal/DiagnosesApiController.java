package jp.kyoten.portal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.platform.web.ApiPage;

@RestController
@RequestMapping("/api/v1/diagnoses")
@PreAuthorize(PortalRoles.STAFF)
@Tag(name = "diagnoses", description = "Self-diagnosis results (企業規模別自己診断シート) of the caller's hub")
class DiagnosesApiController {

	/** A result with the answers given. */
	record DiagnosisDetail(DiagnosisResult result, List<Diagnoses.Answer> answers) {
	}

	private final Diagnoses diagnoses;

	DiagnosesApiController(Diagnoses diagnoses) {
		this.diagnoses = diagnoses;
	}

	@GetMapping
	@Operation(summary = "Results, newest first, with the score per area")
	List<DiagnosisResult> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		int pageSize = ApiPage.size(size);
		return diagnoses.recent(ApiPage.page(page) * pageSize, pageSize);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One result with its answers")
	DiagnosisDetail get(@PathVariable long id) {
		return new DiagnosisDetail(diagnoses.get(id), diagnoses.answers(id));
	}

	@GetMapping("/aggregates")
	@Operation(summary = "Anonymous mean scores by size band and industry")
	List<Diagnoses.Aggregate> aggregates() {
		return diagnoses.aggregates();
	}

}
