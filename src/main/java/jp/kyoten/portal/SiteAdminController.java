package jp.kyoten.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.Feedback;

/**
 * Staff edit the hub's public pages (a draft, previewed, then published) and its news
 * posts.
 */
@Controller
@RequestMapping("/portal")
@PreAuthorize(PortalRoles.EDITORS)
class SiteAdminController {

	record SiteForm(@Size(max = 20000) String intro, @Size(max = 20000) String access, @Size(max = 20000) String staff,
			@Size(max = 20000) String links, @Size(max = 40000) String privacy, Integer version) {

		static SiteForm of(SiteView view) {
			SiteContent d = view.draft();
			return new SiteForm(d.intro(), d.access(), d.staff(), d.links(), d.privacy(), view.version());
		}

		SiteContent content() {
			return new SiteContent(intro, access, staff, links, privacy);
		}

	}

	record NewsForm(@NotBlank @Size(max = 200) String title, @Size(max = 20000) String body) {
	}

	private final PortalSite site;

	private final PortalNews news;

	private final Hubs hubs;

	private final Feedback feedback;

	SiteAdminController(PortalSite site, PortalNews news, Hubs hubs, Feedback feedback) {
		this.site = site;
		this.news = news;
		this.hubs = hubs;
		this.feedback = feedback;
	}

	@GetMapping({ "", "/site" })
	String site(Model model) {
		SiteView view = site.view();
		model.addAttribute("siteForm", SiteForm.of(view));
		return sitePage(view, model);
	}

	@PostMapping("/site")
	String save(@Valid @ModelAttribute SiteForm siteForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		int version = siteForm.version() == null ? -1 : siteForm.version();
		if (feedback.accepted(result, () -> site.saveDraft(siteForm.content(), version))) {
			feedback.done(redirect, "portal.site.saved");
			return "redirect:/portal/site";
		}
		return sitePage(site.view(), model);
	}

	@PostMapping("/site/publish")
	String publish(RedirectAttributes redirect) {
		site.publish();
		feedback.done(redirect, "portal.site.published");
		return "redirect:/portal/site";
	}

	@GetMapping("/news")
	String newsList(Model model) {
		model.addAttribute("posts", news.all());
		model.addAttribute("publicUrl", publicUrl());
		return "portal/admin/news-list";
	}

	@GetMapping("/news/new")
	String newPost(Model model) {
		model.addAttribute("newsForm", new NewsForm(null, null));
		return "portal/admin/news-form";
	}

	@PostMapping("/news")
	String create(@Valid @ModelAttribute NewsForm newsForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "portal/admin/news-form";
		}
		news.create(newsForm.title(), newsForm.body());
		feedback.done(redirect, "portal.news.saved");
		return "redirect:/portal/news";
	}

	@GetMapping("/news/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		NewsPost post = news.get(id);
		model.addAttribute("post", post);
		model.addAttribute("newsForm", new NewsForm(post.title(), post.body()));
		model.addAttribute("previewHtml", Markdown.toHtml(post.body(), publicUrl()));
		return "portal/admin/news-form";
	}

	@PostMapping("/news/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute NewsForm newsForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NewsPost post = news.get(id);
		if (result.hasErrors()) {
			model.addAttribute("post", post);
			return "portal/admin/news-form";
		}
		news.update(id, newsForm.title(), newsForm.body());
		feedback.done(redirect, "portal.news.saved");
		return "redirect:/portal/news";
	}

	@PostMapping("/news/{id}/publish")
	String publishPost(@PathVariable long id, @RequestParam(defaultValue = "true") boolean published,
			RedirectAttributes redirect) {
		news.publish(id, published);
		feedback.done(redirect, published ? "portal.news.published" : "portal.news.unpublished");
		return "redirect:/portal/news";
	}

	private String sitePage(SiteView view, Model model) {
		String publicUrl = publicUrl();
		model.addAttribute("site", view);
		model.addAttribute("publicUrl", publicUrl);
		SiteContent draft = view.draft();
		// the preview's relative links lead where they will on the public site
		model.addAttribute("preview",
				new SiteContent(Markdown.toHtml(draft.intro(), publicUrl), Markdown.toHtml(draft.access(), publicUrl),
						Markdown.toHtml(draft.staff(), publicUrl), Markdown.toHtml(draft.links(), publicUrl),
						Markdown.toHtml(draft.privacy(), publicUrl)));
		return "portal/admin/site";
	}

	private String publicUrl() {
		return "/p/" + hubs.get(HubScope.require()).getSlug();
	}

}
