package jp.kyoten.portal;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Public pages {@code /p/{slug}/…} have no user: this filter resolves the hub from the
 * slug and runs the rest of the request in that hub's scope (replacing a signed-in
 * visitor's own hub), so that row-level security shows exactly this hub's rows. It runs
 * after {@code HubScopeFilter}. Unknown slugs pass through without a hub and answer 404;
 * {@code /p/feeds/…} belongs to the schedule module. Slugs never change, so they are
 * remembered.
 */
@Component
@Order(10)
class PublicHubFilter extends OncePerRequestFilter {

	private static final Pattern PUBLIC_PATH = Pattern.compile("^/p/([a-z0-9][a-z0-9-]{0,62})(?:/.*)?$");

	private final Hubs hubs;

	private final Map<String, Optional<PublicHub>> bySlug = new ConcurrentHashMap<>();

	PublicHubFilter(Hubs hubs) {
		this.hubs = hubs;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/p/") || path.startsWith("/p/feeds/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher m = PUBLIC_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		Optional<PublicHub> hub = m.matches() ? resolve(m.group(1)) : Optional.empty();
		if (hub.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(PublicHub.ATTRIBUTE, hub.get());
		try (HubScope.Entered scope = HubScope.enter(hub.get().id())) {
			chain.doFilter(request, response);
		}
	}

	private Optional<PublicHub> resolve(String slug) {
		Optional<PublicHub> known = bySlug.get(slug);
		if (known != null && known.isPresent()) {
			return known;
		}
		Optional<PublicHub> found = hubs.bySlug(slug)
			.filter(h -> h.isActive())
			.map(h -> new PublicHub(h.getId(), h.getSlug(), h.getName(), h.getPrefectureCode()));
		if (found.isPresent()) {
			bySlug.put(slug, found);
		}
		return found;
	}

}
