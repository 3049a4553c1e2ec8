package jp.kyoten.portal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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

import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.directory.CorporateNumber;
import jp.kyoten.platform.publicform.PublicFormGuard;

/**
 * The consultation form (人材課題相談窓口). Refused, with the form kept as typed: a form with a
 * forged, expired or too quickly returned time, too many forms from one address or to the
 * hub in an hour (429, {@link PublicFormGuard}), invalid fields. A filled honeypot is
 * thanked and dropped, so that a bot learns nothing.
 */
@Controller
@RequestMapping("/p/{slug}/inquiry")
class PublicInquiryController {

	private final PublicFormGuard guard;

	private final PortalSettings settings;

	private final SubmitInquiry submit;

	private final PortalSite site;

	private final Diagnoses diagnoses;

	PublicInquiryController(PublicFormGuard guard, PortalSettings settings, SubmitInquiry submit, PortalSite site,
			Diagnoses diagnoses) {
		this.guard = guard;
		this.settings = settings;
		this.submit = submit;
		this.site = site;
		this.diagnoses = diagnoses;
	}

	@GetMapping
	String form(@PathVariable String slug, @RequestParam(required = false) String diagnosis, HttpServletRequest request,
			Model model) {
		String token = diagnoses.byToken(diagnosis).map(DiagnosisResult::token).orElse(null);
		model.addAttribute("inquiryForm", InquiryForm.blank(token));
		model.addAttribute("startedToken", guard.issue());
		return page(PublicHub.of(request), model);
	}

	@PostMapping
	String send(@PathVariable String slug, @Valid @ModelAttribute InquiryForm inquiryForm, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PublicHub hub = PublicHub.of(request);
		PublicFormGuard.Verdict verdict = guard.check(inquiryForm.started(), inquiryForm.website());
		if (verdict == PublicFormGuard.Verdict.HONEYPOT) {
			return "redirect:" + hub.path() + "/inquiry/thanks";
		}
		if (verdict != PublicFormGuard.Verdict.ACCEPTED) {
			result.reject("inquiry.guard." + verdict);
		}
		if (inquiryForm.corporateNumber() != null && !result.hasFieldErrors("corporateNumber")
				&& !CorporateNumber.isValid(inquiryForm.corporateNumber())) {
			result.rejectValue("corporateNumber", "inquiry.corporateNumber.checkDigit");
		}
		Optional<DiagnosisResult> diagnosis = diagnoses.byToken(inquiryForm.diagnosis());
		if (!result.hasErrors() && !guard.admit(settings.inquiryForm(), hub.id(), request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			result.reject("inquiry.flood");
		}
		if (result.hasErrors()) {
			// a form sent too soon keeps its time, so that sending it again a moment
			// later succeeds
			model.addAttribute("startedToken",
					verdict == PublicFormGuard.Verdict.TOO_FAST ? inquiryForm.started() : guard.issue());
			return page(hub, model);
		}
		long id = submit
			.submit(inquiryForm.inquiry(site.view().privacyVersion(), diagnosis.map(DiagnosisResult::id).orElse(null)));
		redirect.addFlashAttribute("receipt", InquiryAcknowledgement.receiptNumber(id));
		return "redirect:" + hub.path() + "/inquiry/thanks";
	}

	@GetMapping("/thanks")
	String thanks(@PathVariable String slug, HttpServletRequest request, Model model) {
		model.addAttribute("hub", PublicHub.of(request));
		return "portal/public/inquiry-thanks";
	}

	private String page(PublicHub hub, Model model) {
		InquiryForm form = (InquiryForm) model.getAttribute("inquiryForm");
		model.addAttribute("hub", hub);
		model.addAttribute("attached", form == null ? null : diagnoses.byToken(form.diagnosis()).orElse(null));
		model.addAttribute("senderKinds", SenderKind.values());
		model.addAttribute("issueCodes", ManagementIssue.values());
		model.addAttribute("contacts", PreferredContact.values());
		return "portal/public/inquiry";
	}

}
