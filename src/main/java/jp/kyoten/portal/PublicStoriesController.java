package jp.kyoten.portal;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.directory.Industry;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * Published success stories: the list by industry, job category and employment form, one
 * story, its photos.
 */
@Controller
@RequestMapping("/p/{slug}/stories")
class PublicStoriesController {

	static final int LIST_LIMIT = 100;

	private final SuccessStories stories;

	PublicStoriesController(SuccessStories stories) {
		this.stories = stories;
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) String industry,
			@RequestParam(required = false) JobCategory jobCategory,
			@RequestParam(required = false) EmploymentForm employmentForm, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PublicHub hub = PublicHub.of(request);
		String division = Industry.isValid(industry) ? industry : null;
		model.addAttribute("hub", hub);
		model.addAttribute("stories",
				stories.publicStories(new SuccessStories.Filter(division, jobCategory, employmentForm), LIST_LIMIT));
		model.addAttribute("industry", division);
		model.addAttribute("jobCategory", jobCategory);
		model.addAttribute("employmentForm", employmentForm);
		model.addAttribute("industries", Industry.values());
		model.addAttribute("jobCategories", JobCategory.values());
		model.addAttribute("employmentForms", EmploymentForm.values());
		PublicSiteController.cacheable(response);
		return "portal/public/stories";
	}

	@GetMapping("/{id}")
	String show(@PathVariable String slug, @PathVariable long id, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PublicHub hub = PublicHub.of(request);
		SuccessStoryView story = stories.getPublic(id);
		model.addAttribute("hub", hub);
		model.addAttribute("story", story);
		model.addAttribute("bodyHtml", Markdown.toHtml(story.body(), hub.path()));
		PublicSiteController.cacheable(response);
		return "portal/public/story";
	}

	/**
	 * A photo of a public story whose consent covers photos; its type was checked by its
	 * bytes on upload.
	 */
	@GetMapping("/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable String slug, @PathVariable long photoId, HttpServletRequest request) {
		PublicHub.of(request);
		SuccessStories.PhotoData photo = stories.publicPhoto(photoId)
			.orElseThrow(() -> new RecordNotFoundException("success_story_photo", photoId));
		return photoResponse(photo, CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic());
	}

	static ResponseEntity<byte[]> photoResponse(SuccessStories.PhotoData photo, CacheControl cache) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(cache)
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", "inline")
			.body(photo.bytes());
	}

}
