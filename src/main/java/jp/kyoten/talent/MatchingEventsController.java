package jp.kyoten.talent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.events.MatchingEvents;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.work.JobCategory;

/**
 * Matching events (kind MATCHING) as the programme plans them: participant companies with
 * their needs, participant talent, the interview-set grid with the suggested pairs to
 * accept or reject, results and hires, each company's and each candidate's printable
 * schedule, and the anonymised profiles a company receives before the event.
 */
@Controller
@RequestMapping("/matching-events")
@PreAuthorize(TalentPermissions.STAFF)
class MatchingEventsController {

	private final MatchingEvents events;

	private final MatchingBoards boards;

	private final MatchingPlans plans;

	private final InterviewSets sets;

	private final PairSuggestions suggestions;

	private final AnonymisedProfiles anonymised;

	private final TalentProfiles profiles;

	private final SkillList skills;

	private final Feedback feedback;

	private final Clock clock;

	private final SamePerson samePerson;

	MatchingEventsController(MatchingEvents events, MatchingBoards boards, MatchingPlans plans, InterviewSets sets,
			PairSuggestions suggestions, AnonymisedProfiles anonymised, TalentProfiles profiles, SkillList skills,
			Feedback feedback, Clock clock, SamePerson samePerson) {
		this.samePerson = samePerson;
		this.events = events;
		this.boards = boards;
		this.plans = plans;
		this.sets = sets;
		this.suggestions = suggestions;
		this.anonymised = anonymised;
		this.profiles = profiles;
		this.skills = skills;
		this.feedback = feedback;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("events", events.all());
		return "talent/matching-events";
	}

	/**
	 * The planning board: participants, suggestions, the set grid and the set form. The
	 * sets' results (and taking a set out) are a page of their own ({@link #results}):
	 * with them the board rendered every set twice, with three forms each, and took about
	 * 1 s on the shared machine (bench/talent).
	 */
	@GetMapping("/{id}")
	String board(@PathVariable long id, Model model) {
		MatchingBoard board = boards.board(id);
		model.addAttribute("board", board);
		model.addAttribute("suggestions", suggestions.suggest(board));
		model.addAttribute("programmes", TalentProgramme.values());
		// the grid by company, grouped once, not filtered per company row
		model.addAttribute("setsByCompany",
				board.sets()
					.stream()
					.collect(java.util.stream.Collectors.groupingBy(MatchingBoard.SetView::matchingCompanyId)));
		model.addAttribute("noSets", List.of());
		model.addAttribute("jobCategories", JobCategory.values());
		model.addAttribute("skillsByArea", skills.offered());
		return "talent/matching-board";
	}

	/**
	 * The event's interview sets with their results and hires; a set without a result can
	 * be taken out here.
	 */
	@GetMapping("/{id}/results")
	String results(@PathVariable long id, Model model) {
		model.addAttribute("board", boards.board(id));
		// labels looked up once, not once per set row: the page stays quick with 150 sets
		model.addAttribute("results",
				java.util.Arrays.stream(InterviewResult.values())
					.map(r -> new MatchingBoard.ResultOption(r.name(), feedback.say("interviewResult." + r.name())))
					.toList());
		model.addAttribute("today", LocalDate.now(clock));
		return "talent/matching-results";
	}

	@PostMapping("/{id}/plan")
	String configure(@PathVariable long id, @RequestParam TalentProgramme programme, @RequestParam int slotMinutes,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "matching.saved",
				() -> plans.configure(id, programme, slotMinutes));
	}

	@PostMapping("/{id}/companies")
	String addCompany(@PathVariable long id, @RequestParam long registrationId,
			@RequestParam(required = false) String role, @RequestParam(required = false) JobCategory jobCategory,
			@RequestParam(required = false) List<Long> skillId, @RequestParam(required = false) Long needId,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "matching.companyAdded",
				() -> plans.addCompany(id, registrationId, new MatchingPlans.Need(role, jobCategory, skillId, needId)));
	}

	@PostMapping("/{id}/companies/register")
	String registerCompany(@PathVariable long id, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) String name, @RequestParam(required = false) String email,
			@RequestParam(required = false) String role, @RequestParam(required = false) JobCategory jobCategory,
			@RequestParam(required = false) List<Long> skillId, RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "matching.companyAdded", () -> plans.registerCompany(id,
				organisation, name, email, new MatchingPlans.Need(role, jobCategory, skillId, null)));
	}

	@PostMapping("/{id}/companies/{companyId}/check-in")
	String checkIn(@PathVariable long id, @PathVariable long companyId, RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "matching.checkedIn.saved", () -> plans.checkIn(id, companyId));
	}

	@PostMapping("/{id}/talent")
	String addTalent(@PathVariable long id, @RequestParam(required = false) String code, RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "matching.talentAdded", () -> plans.addTalent(id,
				profiles.byCode(code).orElseThrow(() -> new BusinessRuleException("matching.talentUnknown")).id()));
	}

	/**
	 * The talent ticked in the participant table came: one form for all of them, not a
	 * form per row.
	 */
	@PostMapping("/{id}/talent/check-in")
	String checkInTalent(@PathVariable long id, @RequestParam(required = false) List<Long> talentId,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "matching.checkedIn.saved",
				() -> plans.checkInTalent(id, talentId));
	}

	/**
	 * Staff confirm that a registration of type TALENT (the event's form) and a
	 * participant talent of the pool are one person, chosen among the likely ones or by
	 * the talent's code: 参加人材 then counts them once (ADR 246).
	 */
	@PostMapping("/{id}/registrations/{registrationId}/link")
	String linkRegistration(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(required = false) Long talentId, @RequestParam(required = false) String code,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "samePerson.linked", () -> {
			Long talent = talentId;
			if (talent == null && code != null && !code.isBlank()) {
				talent = profiles.byCode(code.strip())
					.orElseThrow(() -> new BusinessRuleException("matching.talentUnknown"))
					.id();
			}
			if (talent == null) {
				throw new BusinessRuleException("samePerson.choose");
			}
			samePerson.confirm(id, talent, registrationId);
		});
	}

	/** The registration and the participant talent are two people after all. */
	@PostMapping("/{id}/talent/{talentId}/unlink")
	String unlinkRegistration(@PathVariable long id, @PathVariable long talentId, RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "samePerson.unlinked", () -> samePerson.unlink(id, talentId));
	}

	@PostMapping("/{id}/sets")
	String planSet(@PathVariable long id, @RequestParam long companyId, @RequestParam(required = false) Long talentId,
			@RequestParam int slot, RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "interviewSet.planned", () -> {
			if (talentId == null) {
				throw new BusinessRuleException("interviewSet.notParticipant");
			}
			sets.plan(id, companyId, talentId, slot, false);
		});
	}

	@PostMapping("/{id}/sets/{setId}/delete")
	String removeSet(@PathVariable long id, @PathVariable long setId, RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "interviewSet.removed", () -> sets.remove(id, setId));
	}

	@PostMapping("/{id}/sets/{setId}/result")
	String result(@PathVariable long id, @PathVariable long setId,
			@RequestParam(required = false) InterviewResult result,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id) + "/results", "interviewSet.resultSaved",
				() -> sets.recordResult(id, setId, result, on));
	}

	@PostMapping("/{id}/sets/{setId}/hire")
	String hire(@PathVariable long id, @PathVariable long setId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiredOn,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id) + "/results", "interviewSet.hireSaved",
				() -> sets.recordHire(id, setId, hiredOn));
	}

	@PostMapping("/{id}/suggestions/accept")
	String accept(@PathVariable long id, @RequestParam long companyId, @RequestParam long talentId,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "suggestion.accepted",
				() -> suggestions.accept(id, companyId, talentId));
	}

	@PostMapping("/{id}/suggestions/reject")
	String reject(@PathVariable long id, @RequestParam long companyId, @RequestParam long talentId,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, board(id), "suggestion.rejected",
				() -> suggestions.reject(id, companyId, talentId));
	}

	/** A company's schedule to print: its interviews by time, the talent by code only. */
	@GetMapping("/{id}/schedule/company/{companyId}")
	String companySchedule(@PathVariable long id, @PathVariable long companyId, Model model) {
		MatchingBoard board = boards.board(id);
		return schedule(model, board, "company", board.company(companyId), board.setsOfCompany(companyId),
				"matching company", companyId, "talent/schedule-company");
	}

	/** A candidate's schedule to print: the companies, roles and times. */
	@GetMapping("/{id}/schedule/talent/{talentId}")
	String talentSchedule(@PathVariable long id, @PathVariable long talentId, Model model) {
		MatchingBoard board = boards.board(id);
		return schedule(model, board, "candidate", board.candidate(talentId), board.setsOfTalent(talentId),
				"matching talent", talentId, "talent/schedule-talent");
	}

	/**
	 * A participant's schedule page; 404 when {@code participant} (null) is none of the
	 * event's.
	 */
	private static String schedule(Model model, MatchingBoard board, String who, Object participant,
			List<MatchingBoard.SetView> sets, String entity, long participantId, String view) {
		if (participant == null) {
			throw new RecordNotFoundException(entity, participantId);
		}
		model.addAttribute("board", board);
		model.addAttribute(who, participant);
		model.addAttribute("sets", sets);
		return view;
	}

	/** The anonymised profiles for one company, to print or send before the event. */
	@GetMapping("/{id}/profiles/{companyId}")
	String profiles(@PathVariable long id, @PathVariable long companyId, Model model) {
		model.addAttribute("profiles", anonymised.forCompany(id, companyId));
		model.addAttribute("areas", SkillArea.assessedAreas());
		model.addAttribute("eventId", id);
		return "talent/profiles";
	}

	private static String board(long id) {
		return "/matching-events/" + id;
	}

}
