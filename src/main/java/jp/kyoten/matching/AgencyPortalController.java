package jp.kyoten.matching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * The agency portal: an agency user sees the hand-offs to its own agency — what the hub
 * provided and nothing else — answers them, reports progress and the outcome. Another
 * agency's hand-off does not exist for it (404).
 */
@Controller
@RequestMapping("/agency-portal")
@PreAuthorize(MatchingRoles.AGENCY)
class AgencyPortalController {

	private final HandOffs handOffs;

	private final HandOffForms forms;

	AgencyPortalController(HandOffs handOffs, HandOffForms forms) {
		this.handOffs = handOffs;
		this.forms = forms;
	}

	@GetMapping
	String list(@RequestParam(required = false) Boolean open, @RequestParam(required = false) String q, ListParams list,
			HttpServletRequest request, Model model) {
		String text = FormText.trimmed(q);
		model.addAttribute("results", handOffs.page(new HandOffFilter(null, null, null, null, open), text,
				list.request(HandOffs.SORTING), ListParams.baseUrl(request)));
		model.addAttribute("open", open);
		model.addAttribute("q", text);
		return "matching/portal";
	}

	@GetMapping("/handoffs/{id}")
	String show(@PathVariable long id, Model model) {
		return forms.show(id, base(id), model);
	}

	@PostMapping("/handoffs/{id}/progress")
	String progress(@PathVariable long id, @Valid @ModelAttribute HandOffForms.ProgressForm progressForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return forms.submitProgress(id, base(id), progressForm, result, model, redirect);
	}

	/** 実際の就職: joined on a day, or did not join. */
	@PostMapping("/handoffs/{id}/joined")
	String joined(@PathVariable long id, @RequestParam(required = false) Joining status,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate joinedOn,
			RedirectAttributes redirect) {
		return forms.submitJoining(id, base(id), status, joinedOn, redirect);
	}

	@PostMapping("/handoffs/{id}/placement")
	String placement(@PathVariable long id, @Valid @ModelAttribute HandOffForms.PlacementForm placementForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return forms.submitPlacement(id, base(id), placementForm, result, model, redirect,
				"placement.reportedByAgency");
	}

	private static String base(long id) {
		return "/agency-portal/handoffs/" + id;
	}

}
