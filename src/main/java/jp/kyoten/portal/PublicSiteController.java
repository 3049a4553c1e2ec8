package jp.kyoten.portal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The hub's public front page, its news posts and its privacy notice. The front page is
 * the same for everyone, so it is cacheable: {@code Cache-Control: public, max-age=60}
 * and an ETag that answers 304 when nothing changed.
 */
@Controller
@RequestMapping("/p/{slug}")
class PublicSiteController {

	static final CacheControl PUBLIC_PAGE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();

	static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final HubPages pages;

	private final RenderedPage renderer;

	private final PortalNews news;

	private final PortalSite site;

	private final MessageSource messages;

	PublicSiteController(HubPages pages, RenderedPage renderer, PortalNews news, PortalSite site,
			MessageSource messages) {
		this.messages = messages;
		this.pages = pages;
		this.renderer = renderer;
		this.news = news;
		this.site = site;
	}

	@GetMapping({ "", "/" })
	ResponseEntity<String> home(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response,
			WebRequest webRequest) {
		PublicHub hub = PublicHub.of(request);
		HubPage page = pages.page(hub);
		Locale locale = LocaleContextHolder.getLocale();
		String etag = "\"" + page.etag() + "-" + locale.getLanguage() + "\"";
		cacheable(response);
		if (webRequest.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
		}
		String html = pages.html(page, locale.getLanguage(), () -> renderer.render("portal/public/home",
				Map.of("hub", hub, "page", page), locale, request, response));
		return ResponseEntity.ok().contentType(HTML).body(html);
	}

	@GetMapping("/news/{id}")
	String newsPost(@PathVariable String slug, @PathVariable long id, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PublicHub hub = PublicHub.of(request);
		NewsPost post = news.getPublished(id);
		cacheable(response);
		model.addAttribute("hub", hub);
		model.addAttribute("post", post);
		model.addAttribute("bodyHtml", Markdown.toHtml(post.body(), hub.path()));
		return "portal/public/news";
	}

	@GetMapping("/privacy")
	String privacy(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
		PublicHub hub = PublicHub.of(request);
		SiteView view = site.view();
		cacheable(response);
		model.addAttribute("hub", hub);
		String own = view.published() == null ? "" : view.published().privacy();
		// a hub that has not written its own notice yet shows the standard one, in its
		// own name
		String notice = own == null || own.isBlank() ? messages.getMessage("portal.privacy.standard",
				new Object[] { hub.name() }, LocaleContextHolder.getLocale()) : own;
		model.addAttribute("privacyHtml", Markdown.toHtml(notice, hub.path()));
		model.addAttribute("standardNotice", own == null || own.isBlank());
		model.addAttribute("privacyVersion", view.privacyVersion());
		return "portal/public/privacy";
	}

	static void cacheable(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_PAGE.getHeaderValue());
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
	}

}
