package jp.kyoten.matching;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.kyoten.directory.Companies;
import jp.kyoten.platform.RecordNotFoundException;

/** The company page's timeline, loaded by htmx into the company's detail page. */
@Controller
@PreAuthorize(MatchingRoles.STAFF)
class CompanyTimelineController {

	private final CompanyTimeline timeline;

	private final Companies companies;

	CompanyTimelineController(CompanyTimeline timeline, Companies companies) {
		this.timeline = timeline;
		this.companies = companies;
	}

	@GetMapping("/companies/{id}/timeline")
	String timeline(@PathVariable long id, Model model) {
		if (companies.find(id).isEmpty()) {
			throw new RecordNotFoundException("company", id);
		}
		model.addAttribute("companyId", id);
		model.addAttribute("entries", timeline.of(id));
		return "matching/timeline :: timeline";
	}

}
