package jp.kyoten.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.directory.Industry;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.publicform.PublicFormGuard;
import jp.kyoten.platform.web.Feedback;

/**
 * The self-diagnosis sheet by company size: the visitor gives the number of employees and
 * the industry, answers the questions of that size band, and sees the score per area with
 * a radar chart and advice — printable, and sendable with a consultation request in one
 * step.
 */
@Controller
@RequestMapping("/p/{slug}/diagnosis")
class PublicDiagnosisController {

	static final int MAX_EMPLOYEES = 1_000_000;

	private final DiagnosisSheets sheets;

	private final TakeDiagnosis take;

	private final Diagnoses diagnoses;

	private final PublicFormGuard guard;

	private final PortalSettings settings;

	private final Feedback feedback;

	PublicDiagnosisController(DiagnosisSheets sheets, TakeDiagnosis take, Diagnoses diagnoses, PublicFormGuard guard,
			PortalSettings settings, Feedback feedback) {
		this.feedback = feedback;
		this.sheets = sheets;
		this.take = take;
		this.diagnoses = diagnoses;
		this.guard = guard;
		this.settings = settings;
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

	/**
	 * Scores the answers. Guarded like every public form (honeypot, signed fill time,
	 * limits per address and hub), so that a robot cannot skew the hub's diagnosis
	 * figures; a refused sheet is shown again with its answers.
	 */
	@PostMapping
	String answer(@PathVariable String slug, @RequestParam Map<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
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
		PublicFormGuard.Verdict verdict = guard.check(form.get("started"), form.get("website"));
		if (verdict == PublicFormGuard.Verdict.HONEYPOT) {
			return "redirect:" + hub.path() + "/diagnosis";
		}
		if (verdict != PublicFormGuard.Verdict.ACCEPTED) {
			model.addAttribute("refused", "inquiry.guard." + verdict);
			return questionsPage(hub, count, industry, answers, false, model);
		}
		if (!guard.admit(settings.diagnosisForm(), hub.id(), request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("refused", "inquiry.flood");
			return questionsPage(hub, count, industry, answers, false, model);
		}
		// a refusal (an answer missing) shows the questions again, what was chosen kept
		return feedback.attempt(() -> take.take(count, industry, answers))
			.map(token -> "redirect:" + hub.path() + "/diagnosis/results/" + token)
			.orElseGet(() -> questionsPage(hub, count, industry, answers, true, model));
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
		model.addAttribute("areas",
				sheet.areas().stream().filter(a -> questions.stream().anyMatch(q -> q.areaId() == a.id())).toList());
		model.addAttribute("questions", questions);
		model.addAttribute("answers", answers);
		model.addAttribute("unanswered", unanswered);
		model.addAttribute("scale", List.of(1, 2, 3, 4, 5));
		if (!model.containsAttribute("startedToken")) {
			model.addAttribute("startedToken", guard.issue());
		}
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
