package jp.kyoten.portal;

import java.math.BigDecimal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.web.ListParams;

/**
 * Staff read self-diagnosis results (a result sent with a consultation request is linked
 * from the company's timeline) and the anonymous aggregates by size band and industry;
 * managers edit the sheet: bands, areas and their advice, questions with their weight and
 * bands.
 */
@Controller
@RequestMapping("/portal")
@PreAuthorize(PortalRoles.STAFF)
class DiagnosesController {

	record QuestionForm(@NotNull Long areaId, @NotBlank @Size(max = 500) String text,
			@NotNull @DecimalMin("0.1") @DecimalMax("10") BigDecimal weight, @NotEmpty List<String> bands,
			@NotNull @Min(0) Integer sortOrder, Boolean active) {

		DiagnosisSheets.QuestionData data() {
			return new DiagnosisSheets.QuestionData(areaId, text.strip(), weight, bands, sortOrder,
					Boolean.TRUE.equals(active));
		}

	}

	record AreaForm(@NotBlank @Size(max = 100) String label, @NotBlank @Size(max = 2000) String adviceLow,
			@NotBlank @Size(max = 2000) String adviceMid, @NotBlank @Size(max = 2000) String adviceHigh) {
	}

	record BandForm(@NotBlank @Size(max = 100) String label, @NotNull @Min(0) Integer minEmployees,
			@Min(0) Integer maxEmployees) {
	}

	private final Diagnoses diagnoses;

	private final DiagnosisSheets sheets;

	private final Feedback feedback;

	DiagnosesController(Diagnoses diagnoses, DiagnosisSheets sheets, Feedback feedback) {
		this.diagnoses = diagnoses;
		this.sheets = sheets;
		this.feedback = feedback;
	}

	@GetMapping("/diagnoses")
	String list(ListParams list, HttpServletRequest request, Model model) {
		model.addAttribute("results", diagnoses.page(list.request(Diagnoses.SORTING), ListParams.baseUrl(request)));
		model.addAttribute("aggregates", diagnoses.aggregates());
		return "portal/admin/diagnoses";
	}

	@GetMapping("/diagnoses/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("result", diagnoses.get(id));
		model.addAttribute("answers", diagnoses.answers(id));
		return "portal/admin/diagnosis";
	}

	@GetMapping("/diagnosis-sheet")
	@PreAuthorize(PortalRoles.MANAGERS)
	String sheet(Model model) {
		model.addAttribute("sheet", sheets.sheet());
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", new QuestionForm(null, null, BigDecimal.ONE, List.of(), 100, true));
		}
		return "portal/admin/sheet";
	}

	@PostMapping("/diagnosis-sheet/questions")
	@PreAuthorize(PortalRoles.MANAGERS)
	String addQuestion(@Valid @ModelAttribute QuestionForm questionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (feedback.accepted(result, () -> sheets.addQuestion(questionForm.data()))) {
			feedback.done(redirect, "diagnosis.sheet.saved");
			return "redirect:/portal/diagnosis-sheet";
		}
		return sheet(model);
	}

	@PostMapping("/diagnosis-sheet/questions/{id}")
	@PreAuthorize(PortalRoles.MANAGERS)
	String updateQuestion(@PathVariable long id, @Valid @ModelAttribute QuestionForm questionForm, BindingResult result,
			RedirectAttributes redirect) {
		return saved(result, redirect, () -> sheets.updateQuestion(id, questionForm.data()));
	}

	@PostMapping("/diagnosis-sheet/areas/{id}")
	@PreAuthorize(PortalRoles.MANAGERS)
	String updateArea(@PathVariable long id, @Valid @ModelAttribute AreaForm areaForm, BindingResult result,
			RedirectAttributes redirect) {
		return saved(result, redirect, () -> sheets.updateArea(id, areaForm.label().strip(), areaForm.adviceLow(),
				areaForm.adviceMid(), areaForm.adviceHigh()));
	}

	@PostMapping("/diagnosis-sheet/bands/{id}")
	@PreAuthorize(PortalRoles.MANAGERS)
	String updateBand(@PathVariable long id, @Valid @ModelAttribute BandForm bandForm, BindingResult result,
			RedirectAttributes redirect) {
		return saved(result, redirect, () -> sheets.updateBand(id, bandForm.label().strip(), bandForm.minEmployees(),
				bandForm.maxEmployees()));
	}

	/**
	 * The inline forms of the sheet page: errors come back as a message at the top,
	 * nothing else is lost.
	 */
	private String saved(BindingResult result, RedirectAttributes redirect, Runnable save) {
		if (result.hasErrors()) {
			feedback.refuse(redirect, "diagnosis.sheet.invalid");
			return "redirect:/portal/diagnosis-sheet";
		}
		if (feedback.accepted(redirect, () -> save.run())) {
			feedback.done(redirect, "diagnosis.sheet.saved");
		}
		return "redirect:/portal/diagnosis-sheet";
	}

}
