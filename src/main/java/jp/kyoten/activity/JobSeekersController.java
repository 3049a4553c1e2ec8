package jp.kyoten.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
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

import jp.kyoten.agency.Agencies;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * Job seekers who contacted the hub: recorded, and passed to registered agencies with
 * their consent. There is deliberately no page that shows a seeker a company or a vacancy
 * (仕様書 5(1)③).
 */
@Controller
@RequestMapping("/job-seekers")
@PreAuthorize(ActivityRoles.STAFF)
class JobSeekersController {

	private final Clock clock;

	private final JobSeekers seekers;

	private final Agencies agencies;

	private final Feedback feedback;

	JobSeekersController(JobSeekers seekers, Agencies agencies, Feedback feedback, Clock clock) {
		this.clock = clock;
		this.seekers = seekers;
		this.agencies = agencies;
		this.feedback = feedback;
	}

	@ModelAttribute
	void referenceData(Model model) {
		model.addAttribute("channels", Channel.values());
		model.addAttribute("jobCategories", JobCategory.values());
		model.addAttribute("employmentForms", EmploymentForm.values());
		model.addAttribute("prefectures", Prefectures.all());
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, ListParams list, HttpServletRequest request, Model model) {
		String text = FormText.trimmed(q);
		model.addAttribute("results",
				seekers.page(text, list.request(JobSeekers.SORTING), ListParams.baseUrl(request)));
		model.addAttribute("q", text);
		return "activity/job-seekers";
	}

	@GetMapping("/new")
	String newSeeker(Model model) {
		model.addAttribute("jobSeekerDetails", new JobSeekerDetails(LocalDate.now(clock), Channel.PHONE, null, null,
				null, null, null, null, null, false));
		return "activity/job-seeker-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute JobSeekerDetails jobSeekerDetails, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "activity/job-seeker-form";
		}
		long id = seekers.record(jobSeekerDetails);
		feedback.done(redirect, "jobSeeker.created");
		return "redirect:/job-seekers/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		JobSeekerView seeker = seekers.get(id);
		model.addAttribute("seeker", seeker);
		List<Long> passed = seeker.passedTo().stream().map(JobSeekerView.PassedTo::agencyId).toList();
		model.addAttribute("registeredAgencies",
				agencies.eligible(null, null, null).stream().filter(a -> !passed.contains(a.id())).toList());
		return "activity/job-seeker";
	}

	@PostMapping("/{id}/pass")
	String pass(@PathVariable long id, @RequestParam(name = "agencyIds", required = false) List<Long> agencyIds,
			RedirectAttributes redirect) {
		if (feedback.accepted(redirect, () -> seekers.passTo(id, agencyIds == null ? List.of() : agencyIds))) {
			feedback.done(redirect, "jobSeeker.passed");
		}
		return "redirect:/job-seekers/" + id;
	}

}
