package jp.kyoten.activity;

import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.web.Feedback;

/**
 * Referrals to other institutions: made from a consultation, closed with their outcome,
 * reported per institution.
 */
@Controller
@PreAuthorize(ActivityRoles.STAFF)
class ReferralsController {

	private final Clock clock;

	private final InstitutionReferrals referrals;

	private final Feedback feedback;

	ReferralsController(InstitutionReferrals referrals, Feedback feedback, Clock clock) {
		this.clock = clock;
		this.referrals = referrals;
		this.feedback = feedback;
	}

	@PostMapping("/consultations/{id}/referrals")
	String refer(@PathVariable long id, @Valid @ModelAttribute NewReferral newReferral, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors() || newReferral.consultationId() != id) {
			feedback.refuse(redirect, "referral.invalid");
		}
		else {
			if (feedback.accepted(redirect, () -> referrals.refer(newReferral))) {
				feedback.done(redirect, "referral.created");
			}
		}
		return "redirect:/consultations/" + id + "#referrals";
	}

	@PostMapping("/referrals/{id}/outcome")
	String outcome(@PathVariable long id, @RequestParam int version, @RequestParam ReferralStatus status,
			@RequestParam(required = false) String note, @RequestParam(required = false) LocalDate outcomeOn,
			RedirectAttributes redirect) {
		ReferralView referral = referrals.get(id);
		if (feedback.accepted(redirect, () -> referrals.recordOutcome(id, version, status, note, outcomeOn))) {
			feedback.done(redirect, "referral.outcomeSaved");
		}
		return "redirect:/consultations/" + referral.consultationId() + "#referrals";
	}

	/**
	 * The hub's referrals of a fiscal year, with the per-institution report of referrals
	 * made and received.
	 */
	@GetMapping("/referrals")
	String list(@RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) ReferralStatus status, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, Model model) {
		int year = fiscalYear != null ? fiscalYear : Hubs.fiscalYearOf(LocalDate.now(clock));
		LocalDate from = LocalDate.of(year, 4, 1);
		LocalDate to = LocalDate.of(year + 1, 3, 31);
		String text = FormText.trimmed(q);
		model.addAttribute("fiscalYear", year);
		model.addAttribute("status", status);
		model.addAttribute("q", text);
		model.addAttribute("statuses", ReferralStatus.values());
		InstitutionReferrals.Top top = referrals.topInstitutions(from, to, InstitutionReferrals.TOP_INSTITUTIONS);
		model.addAttribute("byInstitution", top.lines());
		model.addAttribute("institutionsTop", top);
		model.addAttribute("results", referrals.page(from, to, status, text, list.request(InstitutionReferrals.SORTING),
				ListParams.baseUrl(request)));
		return "activity/referrals";
	}

	/**
	 * The whole per-institution report of a fiscal year, paged (the referral list shows
	 * its first lines).
	 */
	@GetMapping("/referrals/institutions")
	String institutions(@RequestParam(required = false) Integer fiscalYear, ListParams list, HttpServletRequest request,
			Model model) {
		int year = fiscalYear != null ? fiscalYear : Hubs.fiscalYearOf(LocalDate.now(clock));
		model.addAttribute("fiscalYear", year);
		model.addAttribute("lines", referrals.institutionPage(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31),
				list.request(InstitutionReferrals.INSTITUTION_SORTING), ListParams.baseUrl(request)));
		return "activity/referral-institutions";
	}

}
