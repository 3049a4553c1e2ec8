package jp.kyoten.talent;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.web.Feedback;

/**
 * The hub manager's settings of the talent pool: the skill list and who holds the
 * counselling permission.
 */
@Controller
@RequestMapping("/talent/settings")
@PreAuthorize(TalentPermissions.MANAGER)
class TalentSettingsController {

	private final SkillList skills;

	private final Counsellors counsellors;

	private final Feedback feedback;

	TalentSettingsController(SkillList skills, Counsellors counsellors, Feedback feedback) {
		this.skills = skills;
		this.counsellors = counsellors;
		this.feedback = feedback;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("skills", skills.all());
		model.addAttribute("areas", SkillArea.values());
		model.addAttribute("members", counsellors.members());
		return "talent/settings";
	}

	@PostMapping("/skills")
	String addSkill(@RequestParam(required = false) SkillArea area, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/talent/settings", "skill.added", () -> skills.add(area, name));
	}

	@PostMapping("/skills/{id}")
	String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/talent/settings", "skill.updated", () -> skills.setActive(id, active));
	}

	@PostMapping("/counsellors/{userId}")
	String setCounsellor(@PathVariable long userId, @RequestParam boolean granted, RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/talent/settings", "counsellor.updated", () -> {
			if (granted) {
				counsellors.grant(userId);
			}
			else {
				counsellors.revoke(userId);
			}
		});
	}

}
