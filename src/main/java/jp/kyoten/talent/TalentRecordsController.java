package jp.kyoten.talent;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.web.Feedback;

/** Records an assessment or a counselling session from the profile page. */
@Controller
@RequestMapping("/talent/{id}")
@PreAuthorize(TalentPermissions.STAFF)
class TalentRecordsController {

	private final Assessments assessments;

	private final Counselling counselling;

	private final Feedback feedback;

	TalentRecordsController(Assessments assessments, Counselling counselling, Feedback feedback) {
		this.assessments = assessments;
		this.counselling = counselling;
		this.feedback = feedback;
	}

	/** Scores arrive as {@code score_DX_STRATEGY=3} …, one per assessed area. */
	@PostMapping("/assessments")
	String assess(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
			@RequestParam(required = false) String assessorName, @RequestParam(required = false) String note,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Map<SkillArea, Integer> scores = new EnumMap<>(SkillArea.class);
		for (SkillArea area : SkillArea.assessedAreas()) {
			String v = params.get("score_" + area.name());
			if (v != null && v.matches("\\d{1,2}")) {
				scores.put(area, Integer.parseInt(v));
			}
		}
		return feedback.redirect(redirect, "/talent/" + id, "assessment.saved",
				() -> assessments.record(id, assessedOn, scores, assessorName, note));
	}

	@PostMapping("/counselling")
	String counsel(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String notes, @RequestParam(required = false) String nextSteps,
			@RequestParam(required = false) Readiness readiness, RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/talent/" + id, "counselling.saved",
				() -> counselling.record(id, heldOn, notes, nextSteps, readiness));
	}

}
