package jp.kyoten.matching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.web.ListRequest;

/**
 * Staff pages for hand-offs: the list, one hand-off with what was provided and its
 * progress, the agency's report entered by staff (also on a hand-off the agency never
 * touched), and the confirmation of a placement.
 */
@Controller
@PreAuthorize(MatchingRoles.STAFF)
class HandOffsController {

	private final HandOffs handOffs;

	private final Placements placements;

	private final HandOffForms forms;

	private final ConfirmPlacement confirm;

	private final Feedback feedback;

	HandOffsController(HandOffs handOffs, Placements placements, HandOffForms forms, ConfirmPlacement confirm,
			Feedback feedback) {
		this.handOffs = handOffs;
		this.placements = placements;
		this.forms = forms;
		this.confirm = confirm;
		this.feedback = feedback;
	}

	@GetMapping("/handoffs")
	String list(@RequestParam(required = false) HandOffStatus status, @RequestParam(required = false) Boolean open,
			@RequestParam(required = false) String q, ListParams list, HttpServletRequest request, Model model) {
		String text = FormText.trimmed(q);
		model.addAttribute("results", handOffs.page(new HandOffFilter(null, null, null, status, open), text,
				list.request(HandOffs.SORTING), ListParams.baseUrl(request)));
		model.addAttribute("statuses", HandOffStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("open", open);
		model.addAttribute("q", text);
		model.addAttribute("unconfirmed", placements.list(new PlacementFilter(null, null, false, null, null),
				PageRequest.of(0, ListRequest.DEFAULT_SIZE)));
		return "matching/handoffs";
	}

	/**
	 * 成約の一覧: every placement of the hub, confirmed or waiting for staff to confirm it.
	 */
	@GetMapping("/placements")
	String placements(@RequestParam(required = false) Boolean confirmed, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, Model model) {
		String text = FormText.trimmed(q);
		model.addAttribute("results", placements.page(new PlacementFilter(null, null, confirmed, null, null), text,
				list.request(Placements.SORTING), ListParams.baseUrl(request)));
		model.addAttribute("confirmed", confirmed);
		model.addAttribute("q", text);
		return "matching/placements";
	}

	@GetMapping("/handoffs/{id}")
	String show(@PathVariable long id, Model model) {
		return forms.show(id, "/handoffs/" + id, model);
	}

	@PostMapping("/handoffs/{id}/progress")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	String progress(@PathVariable long id, @Valid @ModelAttribute HandOffForms.ProgressForm progressForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return forms.submitProgress(id, "/handoffs/" + id, progressForm, result, model, redirect);
	}

	/** 実際の就職: joined on a day, or did not join. */
	@PostMapping("/handoffs/{id}/joined")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	String joined(@PathVariable long id, @RequestParam(required = false) Joining status,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate joinedOn,
			RedirectAttributes redirect) {
		return forms.submitJoining(id, "/handoffs/" + id, status, joinedOn, redirect);
	}

	@PostMapping("/handoffs/{id}/placement")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	String placement(@PathVariable long id, @Valid @ModelAttribute HandOffForms.PlacementForm placementForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return forms.submitPlacement(id, "/handoffs/" + id, placementForm, result, model, redirect,
				"placement.reported");
	}

	/**
	 * Only a confirmed placement counts; a refused confirmation is explained on the
	 * hand-off's page.
	 */
	@PostMapping("/placements/{id}/confirm")
	@PreAuthorize(MatchingRoles.CASE_STAFF)
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		PlacementView placement = placements.get(id);
		return feedback.redirect(redirect, "/handoffs/" + placement.handOffId(), "placement.confirmedNow",
				() -> confirm.confirm(id));
	}

}
