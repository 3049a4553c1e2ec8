package jp.kyoten.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.Feedback;

/** A person's private calendar feed URLs: create (the URL is shown once) and revoke. */
@Controller
@RequestMapping("/schedule/feeds")
@PreAuthorize(SchedulePermissions.STAFF)
class FeedsController {

	record FeedForm(@NotBlank @Size(max = 100) String name) {

		FeedForm {
			name = FormText.trimmed(name);
		}

	}

	private final CalendarFeeds feeds;

	private final Feedback feedback;

	FeedsController(CalendarFeeds feeds, Feedback feedback) {
		this.feeds = feeds;
		this.feedback = feedback;
	}

	@GetMapping
	String list(@AuthenticationPrincipal KyotenUser user, Model model) {
		if (!model.containsAttribute("feedForm")) {
			model.addAttribute("feedForm", new FeedForm(null));
		}
		model.addAttribute("feeds", feeds.of(user.userId()));
		return "schedule/feeds";
	}

	@PostMapping
	String create(@AuthenticationPrincipal KyotenUser user, @Valid @ModelAttribute FeedForm feedForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(user, model);
		}
		feedback.accepted(redirect, () -> {
			var issued = feeds.issue(user.userId(), user.hubId(), feedForm.name());
			redirect.addFlashAttribute("newFeedUrl",
					ServletUriComponentsBuilder.fromCurrentContextPath()
						.path("/p/feeds/{token}.ics")
						.buildAndExpand(issued.token())
						.toUriString());
		});
		return "redirect:/schedule/feeds";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal KyotenUser user, @PathVariable long id, RedirectAttributes redirect) {
		feeds.revoke(user.userId(), id);
		feedback.done(redirect, "feed.revoked");
		return "redirect:/schedule/feeds";
	}

}
