package jp.kyoten.talent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.work.JobCategory;

/**
 * The talent pool: the search (skills, kind, region), a profile with its assessments and
 * counselling, the form.
 */
@Controller
@RequestMapping("/talent")
@PreAuthorize(TalentPermissions.STAFF)
class TalentController {

	private final TalentProfiles profiles;

	private final SkillList skills;

	private final Assessments assessments;

	private final Counselling counselling;

	private final Counsellors counsellors;

	private final Feedback feedback;

	private final Clock clock;

	TalentController(TalentProfiles profiles, SkillList skills, Assessments assessments, Counselling counselling,
			Counsellors counsellors, Feedback feedback, Clock clock) {
		this.profiles = profiles;
		this.skills = skills;
		this.assessments = assessments;
		this.counselling = counselling;
		this.counsellors = counsellors;
		this.feedback = feedback;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", TalentKind.values());
		model.addAttribute("prefectures", Prefectures.all());
		model.addAttribute("skillsByArea", skills.offered());
		model.addAttribute("jobCategories", JobCategory.values());
		model.addAttribute("workStyleCodes", List.of("FULL_TIME", "SIDE_JOB", "ADVISOR", "CONTRACT", "SECONDMENT"));
		model.addAttribute("residenceStatuses", ResidenceStatus.values());
		model.addAttribute("jlptLevels", JlptLevel.values());
		model.addAttribute("statuses", List.of("ACTIVE", "PLACED", "WITHDRAWN"));
		model.addAttribute("mayCounsel", counsellors.mayCounsel());
	}

	/** The full page, or the results only for the filter form's htmx request. */
	@GetMapping
	String list(@RequestParam(required = false) List<Long> skill, @RequestParam(required = false) TalentKind kind,
			@RequestParam(required = false) String prefecture, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var filter = new TalentProfiles.Filter(skill, kind, prefecture);
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/talent");
		if (!filter.skills().isEmpty()) {
			link.queryParam("skill", filter.skills().toArray());
		}
		String base = link.queryParamIfPresent("kind", Optional.ofNullable(kind))
			.queryParamIfPresent("prefecture", Optional.ofNullable(filter.prefecture()))
			.encode()
			.toUriString();
		model.addAttribute("filter", filter);
		model.addAttribute("list",
				profiles.search(filter, ListRequest.of(page, size, sort, dir, TalentProfiles.SORTING), base));
		return htmx != null ? "talent/list :: results" : "talent/list";
	}

	/**
	 * A profile: viewing it is audited, and so is showing a foreign talent's sensitive
	 * fields to a counsellor.
	 */
	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		TalentView talent = profiles.show(id);
		model.addAttribute("talent", talent);
		model.addAttribute("foreign", profiles.foreignDetail(id).orElse(null));
		var list = assessments.of(id);
		model.addAttribute("assessments", list);
		model.addAttribute("areas", SkillArea.assessedAreas());
		model.addAttribute("chartLabels",
				SkillArea.assessedAreas()
					.stream()
					.map(a -> feedback.say("skillArea." + a.name()))
					.collect(java.util.stream.Collectors.joining("|")));
		model.addAttribute("chartDates",
				list.stream()
					.map(a -> jp.kyoten.platform.time.HubTime.date(a.assessedOn()))
					.collect(java.util.stream.Collectors.joining("|")));
		model.addAttribute("chartScores",
				list.stream()
					.map(Assessments.Assessment::chartScores)
					.collect(java.util.stream.Collectors.joining(";")));
		model.addAttribute("sessions", counselling.of(id));
		model.addAttribute("readinessValues", Readiness.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "talent/detail";
	}

	@GetMapping("/new")
	String newTalent(Model model) {
		model.addAttribute("talentForm", TalentForm.empty(LocalDate.now(clock)));
		model.addAttribute("editing", false);
		return "talent/form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute TalentForm talentForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editing", false);
		return saved(result, redirect, "talent.created", () -> profiles.register(talentForm.details()));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		TalentView talent = profiles.get(id);
		model.addAttribute("talent", talent);
		model.addAttribute("talentForm", TalentForm.of(talent, profiles.foreignDetail(id).orElse(null)));
		model.addAttribute("editing", true);
		return "talent/form";
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute TalentForm talentForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("talent", profiles.get(id));
		model.addAttribute("editing", true);
		return saved(result, redirect, "talent.updated", () -> {
			profiles.update(id, talentForm.version() == null ? -1 : talentForm.version(), talentForm.details());
			return id;
		});
	}

	/**
	 * Saved → the talent's page with {@code savedKey}; field errors or a refusal → the
	 * form again, what was typed kept.
	 */
	private String saved(BindingResult result, RedirectAttributes redirect, String savedKey,
			java.util.function.Supplier<Long> save) {
		return feedback.saved(result, save).map(id -> {
			feedback.done(redirect, savedKey);
			return "redirect:/talent/" + id;
		}).orElse("talent/form");
	}

}
