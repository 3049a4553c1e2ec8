package jp.kyoten.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.Roles;

/**
 * The fairness report per fiscal year; holds no personal data, so prefecture officers
 * read it too.
 */
@Controller
@PreAuthorize(Roles.CASE_STAFF_AND_OFFICER)
class AgencyFairnessController {

	private final Clock clock;

	private final AgencyFairness fairness;

	AgencyFairnessController(AgencyFairness fairness, Clock clock) {
		this.clock = clock;
		this.fairness = fairness;
	}

	@GetMapping("/reports/agency-fairness")
	String show(@RequestParam(required = false) Integer fiscalYear, Model model) {
		int year = fiscalYear != null ? fiscalYear : Hubs.fiscalYearOf(LocalDate.now(clock));
		List<AgencyFairness.Line> lines = fairness.between(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
		model.addAttribute("fiscalYear", year);
		model.addAttribute("lines", lines);
		model.addAttribute("totalSheets", lines.stream().mapToLong(AgencyFairness.Line::sheets).sum());
		return "reporting/agency-fairness";
	}

}
