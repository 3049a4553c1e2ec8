package jp.kyoten.obligations;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The contract's obligations of the caller's hub for a fiscal year, with their progress
 * as of today.
 */
@RestController
@RequestMapping("/api/v1/obligations")
@PreAuthorize(ObligationRoles.READERS)
@Tag(name = "obligations", description = "The contract's obligations (契約上の義務) per fiscal year with their progress")
class ObligationsApiController {

	record ObligationsResponse(int fiscalYear, List<ObligationView> obligations) {
	}

	private final Obligations obligations;

	ObligationsApiController(Obligations obligations) {
		this.obligations = obligations;
	}

	@GetMapping
	@Operation(summary = "Each obligation: kind (EVENT_COUNT, DOCUMENT, MONTHLY_REPORT), done of target, events "
			+ "still planned, status (DONE, ON_TRACK, OPEN, SUBMITTED, SENT_BACK, SHORT, DUE_SOON, OVERDUE), next due date")
	ObligationsResponse list(
			@Parameter(description = "年度, e.g. 2026") @RequestParam(required = false) Integer fiscalYear) {
		int year = ObligationsController.year(fiscalYear);
		return new ObligationsResponse(year, obligations.of(year, Obligations.today()));
	}

}
