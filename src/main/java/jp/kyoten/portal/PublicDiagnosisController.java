package jp.kyoten.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.directory.Industry;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * The self-diagnosis sheet by company size: the visitor gives the number of employees and the industry, answers the
 * questions of that size band, and sees the score per area with a radar chart and advice — printable, and sendable
 * with a consultation request in one step.
 */
@Controller
@RequestMapping("/p/{slug}/diagnosis")
class PublicDiagnosisController {

	static final int MAX_EMPLOYEES = 1_000_000;

	private final DiagnosisSheets sheets;

	private final TakeDiagnosis take;

	private final Diagnoses diagnoses;

	PublicDiagnosisController(DiagnosisSheets sheets, TakeDiagnosis take, Diagnoses diagnoses) {
		this.sheets = sheets;
		this.take = take;
		this.diagnoses = diagnoses;
	}

	@GetMapping
	String start(@PathVariable String slug, HttpServletRequest request, Model model) {
		model.addAttribute("hub", PublicHub.of(request));
		model.addAttribute("industries", Industry.values());
		model.addAttribute("bands", sheets.sheet().bands());
		return "portal/public/diagnosis-start";
	}

	@GetMapping("/questions")
	String questions(@PathVariable String slug, @RequestParam(required = false) String employees,
			@RequestParam(required = false) String industry, HttpServletRequest request, Model model) {
		PublicHub hub = PublicHub.of(request);
		Integer count = employees(employees);
		if (count == null) {
			model.addAttribute("employeesError", true);
			model.addAttribute("employees", employees);
			model.addAttribute("industry", industry);
			return start(slug, request, model);
		}
		return questionsPage(hub, count, Industry.isValid(industry) ? industry : null, Map.of(), false, model);
	}

	@PostMapping
	String answer(@PathVariable String slug, @RequestParam Map<String, String> form, HttpServletRequest request,
			Model model) {
		PublicHub hub = PublicHub.of(request);
		Integer count = employees(form.get("employees"));
		if (count == null) {
			return "redirect:" + hub.path() + "/diagnosis";
		}
		String industry = Industry.isValid(form.get("industry")) ? form.get("industry") : null;
		Map<Long, Integer> answers = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.matches("q[0-9]{1,18}") && value != null && value.matches("[1-5]")) {
				answers.put(Long.valueOf(name.substring(1)), Integer.valueOf(value));
			}
		});
		try {
			String token = take.take(count, industry, answers);
			return "redirect:" + hub.path() + "/diagnosis/results/" + token;
		}
		catch (BusinessRuleException ex) {
			return questionsPage(hub, count, industry, answers, true, model);
		}
	}

	@GetMapping("/results/{token}")
	String result(@PathVariable String slug, @PathVariable String token, HttpServletRequest request, Model model) {
		model.addAttribute("hub", PublicHub.of(request));
		model.addAttribute("result",
				diagnoses.byToken(token).orElseThrow(() -> new RecordNotFoundException("diagnosis", token)));
		return "portal/public/diagnosis-result";
	}

	private String questionsPage(PublicHub hub, int employees, String industry, Map<Long, Integer> answers,
			boolean unanswered, Model model) {
		DiagnosisSheet sheet = sheets.sheet();
		DiagnosisSheet.Band band = sheet.bandFor(employees)
			.orElseThrow(() -> new RecordNotFoundException("diagnosis_band", employees));
		List<DiagnosisSheet.Question> questions = sheet.questionsFor(band.code());
		model.addAttribute("hub", hub);
		model.addAttribute("band", band);
		model.addAttribute("employees", employees);
		model.addAttribute("industry", industry);
		model.addAttribute("sheet", sheet);
		model.addAttribute("areas", sheet.areas()
			.stream()
			.filter(a -> questions.stream().anyMatch(q -> q.areaId() == a.id()))
			.toList());
		model.addAttribute("questions", questions);
		model.addAttribute("answers", answers);
		model.addAttribute("unanswered", unanswered);
		model.addAttribute("scale", List.of(1, 2, 3, 4, 5));
		return "portal/public/diagnosis-questions";
	}

	private static Integer employees(String value) {
		if (value == null || !value.strip().matches("[0-9０-９]{1,7}")) {
			return null;
		}
		int n = Integer.parseInt(java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFKC));
		return n <= MAX_EMPLOYEES ? n : null;
	}

}
