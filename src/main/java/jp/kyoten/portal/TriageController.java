package jp.kyoten.portal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.Companies;
import jp.kyoten.directory.CompanyRow;
import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * The triage queue of the consultation form: new submissions first; accept, merge with a
 * known company, or close as spam. Managers see the trends of submissions by issue.
 */
@Controller
@RequestMapping("/portal/inquiries")
@PreAuthorize(PortalRoles.STAFF)
class TriageController {

	private final Inquiries inquiries;

	private final TriageInquiry triage;

	private final CompanyMatcher matcher;

	private final Companies companies;

	private final Diagnoses diagnoses;

	private final AuditTrail audit;

	private final Feedback feedback;

	TriageController(Inquiries inquiries, TriageInquiry triage, CompanyMatcher matcher, Companies companies,
			Diagnoses diagnoses, AuditTrail audit, Feedback feedback) {
		this.inquiries = inquiries;
		this.triage = triage;
		this.matcher = matcher;
		this.companies = companies;
		this.diagnoses = diagnoses;
		this.audit = audit;
		this.feedback = feedback;
	}

	@GetMapping
	String list(@RequestParam(required = false) InquiryStatus status, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, Model model) {
		InquiryStatus shown = status == null ? InquiryStatus.NEW : status;
		String text = FormText.trimmed(q);
		model.addAttribute("status", shown);
		model.addAttribute("statuses", InquiryStatus.values());
		model.addAttribute("q", text);
		model.addAttribute("inquiries",
				inquiries.page(shown, text, list.request(Inquiries.SORTING), ListParams.baseUrl(request)));
		return "portal/admin/inquiries";
	}

	/** One submission; showing the sender's personal data is audited. */
	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
		InquiryView inquiry = inquiries.get(id);
		audit.viewed("portal_inquiry", id, inquiry.receiptNumber() + " " + inquiry.organisationName());
		CompanyRow matched = inquiry.matchedCompanyId() == null ? null
				: companies.find(inquiry.matchedCompanyId()).orElse(null);
		String query = q == null || q.isBlank() ? inquiry.organisationName() : q;
		List<CompanyRow> candidates = inquiry.status().open() ? matcher.candidates(query) : List.of();
		model.addAttribute("inquiry", inquiry);
		model.addAttribute("matched", matched);
		model.addAttribute("q", query);
		model.addAttribute("candidates", candidates);
		model.addAttribute("company",
				inquiry.companyId() == null ? null : companies.find(inquiry.companyId()).orElse(null));
		model.addAttribute("diagnosis", inquiry.diagnosisId() == null ? null : diagnoses.get(inquiry.diagnosisId()));
		return "portal/admin/inquiry";
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		return handled(id, redirect, () -> triage.accept(id), "inquiry.accepted");
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable long id, @RequestParam long companyId, RedirectAttributes redirect) {
		return handled(id, redirect, () -> triage.merge(id, companyId), "inquiry.merged");
	}

	@PostMapping("/{id}/spam")
	String spam(@PathVariable long id, RedirectAttributes redirect) {
		return handled(id, redirect, () -> {
			triage.markSpam(id);
			return 0L;
		}, "inquiry.spammed");
	}

	@GetMapping("/trends")
	@PreAuthorize(PortalRoles.MANAGERS)
	String trends(Model model) {
		model.addAttribute("trends", inquiries.trends(12));
		model.addAttribute("issueCodes", ManagementIssue.values());
		return "portal/admin/trends";
	}

	private String handled(long id, RedirectAttributes redirect, java.util.function.LongSupplier step, String done) {
		if (feedback.accepted(redirect, () -> step.getAsLong())) {
			feedback.done(redirect, done);
		}
		return "redirect:/portal/inquiries/" + id;
	}

}
