package jp.kyoten.matching;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.directory.Companies;
import jp.kyoten.directory.CompanyRow;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.web.FormText;

/** The form on a company's page recording a hire by another route than a hand-off. */
@Controller
@PreAuthorize(MatchingRoles.CASE_STAFF)
class OtherHiresController {

	record HireForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiredOn, @NotNull HireRoute route,
			@Size(max = OtherHires.TALENT_MAX) String talentName, @Size(max = OtherHires.VIA_MAX) String via,
			@Size(max = OtherHires.NOTE_MAX) String note) {

		HireForm {
			talentName = FormText.trimmed(talentName);
			via = FormText.trimmed(via);
			note = FormText.trimmed(note);
		}

	}

	private final OtherHires hires;

	private final Companies companies;

	private final Feedback feedback;

	private final Clock clock;

	OtherHiresController(OtherHires hires, Companies companies, Feedback feedback, Clock clock) {
		this.hires = hires;
		this.companies = companies;
		this.feedback = feedback;
		this.clock = clock;
	}

	@GetMapping("/companies/{id}/hires/new")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("hireForm", new HireForm(LocalDate.now(clock), HireRoute.HUB_REFERRAL, null, null, null));
		return page(id, model);
	}

	@PostMapping("/companies/{id}/hires")
	String record(@PathVariable long id, @Valid @ModelAttribute HireForm hireForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (feedback.accepted(result, () -> hires.record(id, hireForm.hiredOn(), hireForm.route(),
				hireForm.talentName(), hireForm.via(), hireForm.note()))) {
			feedback.done(redirect, "otherHire.saved");
			return "redirect:/companies/" + id;
		}
		return page(id, model);
	}

	private String page(long id, Model model) {
		CompanyRow company = companies.find(id).orElseThrow(() -> new RecordNotFoundException("company", id));
		model.addAttribute("company", company);
		model.addAttribute("routes", HireRoute.values());
		model.addAttribute("earlier", hires.ofCompany(id));
		return "matching/other-hire-form";
	}

}
