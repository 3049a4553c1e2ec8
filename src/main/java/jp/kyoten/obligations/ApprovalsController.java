package jp.kyoten.obligations;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.events.EventPlans;
import jp.kyoten.platform.web.Feedback;

/**
 * The prefecture's approvals (県の承認): the officer reads the event plans waiting for
 * approval and the plan documents handed in (セミナー計画書, 広報計画書), and approves each or sends
 * it back with a comment. The plan pages show what the event is, never who registered.
 */
@Controller
@RequestMapping("/approvals")
@PreAuthorize(ObligationRoles.APPROVERS)
class ApprovalsController {

	private final EventPlans plans;

	private final Obligations obligations;

	private final ChangeObligations change;

	private final Feedback feedback;

	ApprovalsController(EventPlans plans, Obligations obligations, ChangeObligations change, Feedback feedback) {
		this.plans = plans;
		this.obligations = obligations;
		this.change = change;
		this.feedback = feedback;
	}

	@GetMapping
	String list(Model model) {
		int year = Obligations.fiscalYearOf(Obligations.today());
		model.addAttribute("plans", plans.awaiting());
		List<ObligationView> documents = new java.util.ArrayList<>();
		for (int y : new int[] { year - 1, year }) {
			obligations.of(y, Obligations.today())
				.stream()
				.filter(o -> o.kind() == ObligationKind.DOCUMENT && o.submittedOn() != null && o.needsApproval())
				.forEach(documents::add);
		}
		model.addAttribute("documents", documents);
		return "obligations/approvals";
	}

	@GetMapping("/events/{id}")
	String plan(@PathVariable long id, Model model) {
		model.addAttribute("plan", plans.plan(id));
		return "obligations/plan";
	}

	@PostMapping("/events/{id}/approve")
	String approvePlan(@PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return act(redirect, "approval.approved", () -> plans.approve(id, comment));
	}

	@PostMapping("/events/{id}/send-back")
	String sendBackPlan(@PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return act(redirect, "approval.sentBack", () -> plans.sendBack(id, comment));
	}

	@PostMapping("/documents/{id}/approve")
	String approveDocument(@PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return act(redirect, "approval.approved", () -> change.decide(id, true, comment));
	}

	@PostMapping("/documents/{id}/send-back")
	String sendBackDocument(@PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return act(redirect, "approval.sentBack", () -> change.decide(id, false, comment));
	}

	private String act(RedirectAttributes redirect, String doneKey, Runnable action) {
		return feedback.redirect(redirect, "/approvals", doneKey, action);
	}

}
