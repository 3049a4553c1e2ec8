package jp.kyoten.portal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

@RestController
@RequestMapping("/api/v1/success-stories")
@PreAuthorize(PortalRoles.STAFF)
@Tag(name = "success-stories", description = "Success stories (成功事例) of the caller's hub")
class SuccessStoriesApiController {

	/**
	 * Codes arrive as text so that an unknown one is answered field by field, in
	 * Japanese.
	 */
	record NewStoryRequest(@NotBlank @Size(max = 200) String title,
			@NotNull @Pattern(regexp = "PLACEMENT|SUPPORT_CASE") String source, @NotNull Long companyId,
			Long consultationId, Long placementId, @NotBlank @Size(max = 200) String publicCompanyName,
			@Pattern(regexp = "[A-T]") String industry, @Pattern(regexp = JobCategory.CODES) String jobCategory,
			@Pattern(regexp = EmploymentForm.CODES) String employmentForm, @NotBlank @Size(max = 500) String summary,
			@Size(max = 40000) String body) {

		StoryDetails details() {
			return new StoryDetails(title.strip(), StorySource.valueOf(source), companyId, consultationId, placementId,
					publicCompanyName.strip(), industry, jobCategory == null ? null : JobCategory.valueOf(jobCategory),
					employmentForm == null ? null : EmploymentForm.valueOf(employmentForm), summary.strip(), body);
		}

	}

	record ConsentRequest(@NotBlank @Size(max = 200) String givenBy, @NotNull LocalDate givenOn,
			@NotBlank @Size(max = 1000) String scope, Boolean photos) {
	}

	private final SuccessStories stories;

	private final WriteSuccessStory write;

	private final StoryExport export;

	SuccessStoriesApiController(SuccessStories stories, WriteSuccessStory write, StoryExport export) {
		this.stories = stories;
		this.write = write;
		this.export = export;
	}

	@GetMapping
	@Operation(summary = "The hub's success stories, drafts included, newest first")
	List<SuccessStoryView> list() {
		return stories.all();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One success story of the hub")
	SuccessStoryView get(@PathVariable long id) {
		return stories.get(id);
	}

	@PostMapping
	@PreAuthorize(PortalRoles.EDITORS)
	@Operation(summary = "Write a success story from a support case (consultationId) or a placement (placementId); "
			+ "it starts as an unpublished draft without consent")
	ResponseEntity<SuccessStoryView> create(@Valid @RequestBody NewStoryRequest request) {
		long id = write.create(request.details());
		return ResponseEntity.created(URI.create("/api/v1/success-stories/" + id)).body(stories.get(id));
	}

	@PostMapping("/{id}/consent")
	@PreAuthorize(PortalRoles.EDITORS)
	@Operation(summary = "Record the company's consent to publication: who, when, what may be shown, photos or not")
	SuccessStoryView consent(@PathVariable long id, @Valid @RequestBody ConsentRequest request) {
		write.recordConsent(id, request.givenBy().strip(), request.givenOn(), request.scope().strip(),
				Boolean.TRUE.equals(request.photos()));
		return stories.get(id);
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize(PortalRoles.EDITORS)
	@Operation(summary = "Publish the story on the hub's site; refused (409) without recorded consent")
	SuccessStoryView publish(@PathVariable long id) {
		write.publish(id);
		return stories.get(id);
	}

	@PostMapping("/{id}/unpublish")
	@PreAuthorize(PortalRoles.EDITORS)
	@Operation(summary = "Take the story off the hub's site")
	SuccessStoryView unpublish(@PathVariable long id) {
		write.unpublish(id);
		return stories.get(id);
	}

	@GetMapping("/export")
	@Operation(summary = "Published, consented stories in the national portal's layout, one row per story")
	List<StoryExport.Row> export(HttpServletRequest request) {
		return export.rows(StoriesAdminController.baseUrl(request));
	}

}
