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

/** The hub manager's settings of the talent pool: the skill list and who holds the counselling permission. */
@Controller
@RequestMapping("/talent/settings")
@PreAuthorize(TalentPermissions.MANAGER)
class TalentSettingsController {

	private final SkillList skills;

	private final Counsellors counsellors;

	private final FlashOutcome outcome;

	TalentSettingsController(SkillList skills, Counsellors counsellors, FlashOutcome outcome) {
		this.skills = skills;
		this.counsellors = counsellors;
		this.outcome = outcome;
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
		return outcome.run(redirect, "skill.added", "/talent/settings", () -> skills.add(area, name));
	}

	@PostMapping("/skills/{id}")
	String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		return outcome.run(redirect, "skill.updated", "/talent/settings", () -> skills.setActive(id, active));
	}

	@PostMapping("/counsellors/{userId}")
	String setCounsellor(@PathVariable long userId, @RequestParam boolean granted, RedirectAttributes redirect) {
		return outcome.run(redirect, "counsellor.updated", "/talent/settings", () -> {
			if (granted) {
				counsellors.grant(userId);
			}
			else {
				counsellors.revoke(userId);
			}
		});
	}

}
