package jp.kyoten.portal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jp.kyoten.activity.ConsultationView;
import jp.kyoten.activity.Consultations;
import jp.kyoten.directory.Companies;
import jp.kyoten.directory.CompanyRow;
import jp.kyoten.directory.CompanySearch;
import jp.kyoten.directory.Industry;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.export.CsvWriter;
import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * Staff write success stories from a support case or a placement, record the company's
 * consent, publish, add photos with alt text, and export the published ones for the
 * national portal.
 */
@Controller
@RequestMapping("/portal/stories")
@PreAuthorize(PortalRoles.EDITORS)
class StoriesAdminController {

	record ConsentForm(@NotBlank @Size(max = 200) String givenBy,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
			@NotBlank @Size(max = 1000) String scope, Boolean photos) {
	}

	private final SuccessStories stories;

	private final WriteSuccessStory write;

	private final StoryExport export;

	private final Companies companies;

	private final CompanySearch search;

	private final Consultations consultations;

	private final Feedback feedback;

	StoriesAdminController(SuccessStories stories, WriteSuccessStory write, StoryExport export, Companies companies,
			CompanySearch search, Consultations consultations, Feedback feedback) {
		this.stories = stories;
		this.write = write;
		this.export = export;
		this.companies = companies;
		this.search = search;
		this.consultations = consultations;
		this.feedback = feedback;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("stories", stories.all());
		return "portal/admin/stories";
	}

	@GetMapping("/new")
	String newStory(@RequestParam(required = false) Long companyId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long consultationId, Model model) {
		model.addAttribute("storyForm", StoryForm.empty(companyId, consultationId));
		model.addAttribute("q", q);
		model.addAttribute("matches",
				q == null || q.isBlank() ? List.of() : search.search(CompanySearch.Criteria.query(q), 0, 20).rows());
		return formPage(null, companyId, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute StoryForm storyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Long id = saved(result, redirect, () -> write.create(storyForm.details()));
		return id != null ? "redirect:/portal/stories/" + id : formPage(null, storyForm.companyId(), model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		SuccessStoryView story = stories.get(id);
		model.addAttribute("story", story);
		model.addAttribute("company", companies.find(story.companyId()).orElse(null));
		model.addAttribute("bodyHtml", Markdown.toHtml(story.body()));
		if (!model.containsAttribute("consentForm")) {
			model.addAttribute("consentForm", new ConsentForm(null, null, null, false));
		}
		return "portal/admin/story";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		SuccessStoryView story = stories.get(id);
		model.addAttribute("storyForm", StoryForm.of(story));
		return formPage(story, story.companyId(), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute StoryForm storyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SuccessStoryView story = stories.get(id);
		Long saved = saved(result, redirect, () -> {
			write.update(id, storyForm.version() == null ? -1 : storyForm.version(), storyForm.details());
			return id;
		});
		return saved != null ? "redirect:/portal/stories/" + id : formPage(story, storyForm.companyId(), model);
	}

	@PostMapping("/{id}/consent")
	String consent(@PathVariable long id, @Valid @ModelAttribute ConsentForm consentForm, BindingResult result,
			Model model) {
		if (result.hasErrors()) {
			return show(id, model);
		}
		write.recordConsent(id, consentForm.givenBy(), consentForm.givenOn(), consentForm.scope(),
				Boolean.TRUE.equals(consentForm.photos()));
		return "redirect:/portal/stories/" + id;
	}

	@PostMapping("/{id}/consent/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		write.withdrawConsent(id);
		feedback.done(redirect, "story.consent.withdrawn");
		return "redirect:/portal/stories/" + id;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(defaultValue = "true") boolean published,
			RedirectAttributes redirect) {
		if (feedback.accepted(redirect, () -> {
			if (published) {
				write.publish(id);
			}
			else {
				write.unpublish(id);
			}
		})) {
			feedback.done(redirect, published ? "story.published" : "story.unpublished");
		}
		return "redirect:/portal/stories/" + id;
	}

	@PostMapping("/{id}/photos")
	String addPhoto(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String altText, RedirectAttributes redirect) throws IOException {
		if (file == null || file.getSize() == 0) {
			stories.get(id);
			feedback.refuse(redirect, "story.photo.missing");
			return "redirect:/portal/stories/" + id;
		}
		if (feedback.accepted(redirect, () -> write.addPhoto(id, file, altText))) {
			feedback.done(redirect, "story.photo.added");
		}
		return "redirect:/portal/stories/" + id + "#photos";
	}

	@PostMapping("/{id}/photos/{photoId}/delete")
	String removePhoto(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
		write.removePhoto(id, photoId);
		feedback.done(redirect, "story.photo.removed");
		return "redirect:/portal/stories/" + id + "#photos";
	}

	@GetMapping("/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long photoId) {
		return PublicStoriesController.photoResponse(
				stories.photo(photoId).orElseThrow(() -> new RecordNotFoundException("success_story_photo", photoId)),
				CacheControl.maxAge(5, TimeUnit.MINUTES).cachePrivate());
	}

	/** The national portal's layout: JSON rows, or CSV for Excel. */
	@GetMapping(value = "/export", params = "format=json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<StoryExport.Row> exportJson(HttpServletRequest request) {
		return export.rows(baseUrl(request));
	}

	@GetMapping(value = "/export", params = "format=csv")
	void exportCsv(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		response.setContentType(CsvWriter.Encoding.UTF_8.contentType());
		response.setHeader("Content-Disposition", "attachment; filename=\"success-stories.csv\"");
		export.writeCsv(baseUrl(request), response.getOutputStream());
	}

	/**
	 * Writes a valid form and answers the story's id, or null with the reason on the
	 * form: a broken rule, or a company, consultation or placement the hub does not have.
	 */
	private Long saved(BindingResult result, RedirectAttributes redirect, java.util.function.LongSupplier write) {
		try {
			var id = feedback.saved(result, () -> write.getAsLong());
			id.ifPresent(saved -> feedback.done(redirect, "story.saved"));
			return id.orElse(null);
		}
		catch (RecordNotFoundException ex) {
			result.reject("story.source.notFound");
			return null;
		}
	}

	static String baseUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

	private String formPage(SuccessStoryView story, Long companyId, Model model) {
		CompanyRow company = companyId == null ? null : companies.find(companyId).orElse(null);
		List<ConsultationView> cases = company == null ? List.of() : consultations.ofCompany(company.id());
		model.addAttribute("story", story);
		model.addAttribute("company", company);
		model.addAttribute("cases", cases);
		model.addAttribute("sources", StorySource.values());
		model.addAttribute("industries", Industry.values());
		model.addAttribute("jobCategories", JobCategory.values());
		model.addAttribute("employmentForms", EmploymentForm.values());
		return "portal/admin/story-form";
	}

}
