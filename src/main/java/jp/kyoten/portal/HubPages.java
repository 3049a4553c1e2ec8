package jp.kyoten.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import jp.kyoten.agency.Agencies;
import jp.kyoten.agency.AgencyRegistered;
import jp.kyoten.agency.AgencyRevoked;
import jp.kyoten.agency.AgencySuspended;
import jp.kyoten.agency.AgencyView;
import jp.kyoten.platform.SecretTokens;
import jp.kyoten.schedule.BusinessCalendar;
import jp.kyoten.schedule.DayStatus;

/**
 * Builds the hub's public front page and keeps it for
 * {@link PortalSettings#pageCacheTtl()}: a public page is read far more often than it
 * changes. The data is read once per time to live, and the page rendered once per content
 * version and language (it holds nothing of the visitor: no user, no CSRF token), then
 * served from memory. Changes made on this node (publishing, an agency's registration)
 * drop the hub's entry at once; other nodes see them within the time to live. The ETag
 * names the content, so a browser's revalidation costs nothing.
 */
@Service
class HubPages {

	static final int CLOSED_DAYS_AHEAD = 60;

	private record Entry(HubPage page, Instant loadedAt) {
	}

	private final PortalSite site;

	private final PortalNews news;

	private final SuccessStories stories;

	private final Agencies agencies;

	private final BusinessCalendar calendar;

	private final PortalSettings settings;

	private final Clock clock = Clock.systemUTC();

	private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

	/** The rendered front page by hub, ETag and language; dropped with the hub's data. */
	private final Map<String, String> rendered = new ConcurrentHashMap<>();

	HubPages(PortalSite site, PortalNews news, SuccessStories stories, Agencies agencies, BusinessCalendar calendar,
			PortalSettings settings) {
		this.site = site;
		this.news = news;
		this.stories = stories;
		this.agencies = agencies;
		this.calendar = calendar;
		this.settings = settings;
	}

	/** The front page of the hub in scope. */
	HubPage page(PublicHub hub) {
		Instant now = clock.instant();
		Entry entry = cache.get(hub.id());
		if (entry == null || entry.loadedAt().plus(settings.pageCacheTtl()).isBefore(now)) {
			entry = new Entry(load(hub), now);
			cache.put(hub.id(), entry);
			forget(hub.id());
		}
		return entry.page();
	}

	/**
	 * The page as HTML in one language: rendered once per content version, then served
	 * from memory.
	 */
	String html(HubPage page, String language, java.util.function.Supplier<String> render) {
		return rendered.computeIfAbsent(page.hub().id() + ":" + page.etag() + ":" + language, key -> render.get());
	}

	private void forget(long hubId) {
		rendered.keySet().removeIf(key -> key.startsWith(hubId + ":"));
	}

	@EventListener
	void on(PortalContentChanged changed) {
		cache.remove(changed.hubId());
		forget(changed.hubId());
	}

	@EventListener
	void on(AgencyRegistered registered) {
		forgetAll();
	}

	@EventListener
	void on(AgencySuspended suspended) {
		forgetAll();
	}

	@EventListener
	void on(AgencyRevoked revoked) {
		forgetAll();
	}

	private void forgetAll() {
		cache.clear();
		rendered.clear();
	}

	private HubPage load(PublicHub hub) {
		SiteContent content = site.published();
		LocalDate today = LocalDate.now(clock);
		List<HubPage.ClosedDay> closed = calendar.statuses(hub.id(), today, today.plusDays(CLOSED_DAYS_AHEAD))
			.stream()
			.filter(HubPages::closedWeekday)
			.map(d -> new HubPage.ClosedDay(d.date(), d.closure() != null ? d.closure() : d.holiday()))
			.toList();
		List<AgencyView> registered = agencies.eligible(null, null, null)
			.stream()
			.sorted(Comparator.comparing((AgencyView a) -> a.nameKana() == null ? a.name() : a.nameKana())
				.thenComparing(AgencyView::name))
			.toList();
		List<NewsPost> latest = news.published(5);
		List<SuccessStoryView> latestStories = stories.publicStories(SuccessStories.Filter.ANY, 3);
		HubPage page = new HubPage(hub, Markdown.toHtml(content.intro(), hub.path()),
				Markdown.toHtml(content.access(), hub.path()), Markdown.toHtml(content.staff(), hub.path()),
				Markdown.toHtml(content.links(), hub.path()), calendar.hours(hub.id()), closed, registered, latest,
				latestStories, null);
		return new HubPage(hub, page.introHtml(), page.accessHtml(), page.staffHtml(), page.linksHtml(), page.hours(),
				closed, registered, latest, latestStories, etag(page, today));
	}

	private static String etag(HubPage page, LocalDate today) {
		String identity = page.hub() + page.introHtml() + page.accessHtml() + page.staffHtml() + page.linksHtml()
				+ page.hours() + page.closedDays() + today
				+ page.agencies().stream().map(a -> a.id() + a.name() + a.website() + a.updatedAt()).toList()
				+ page.news().stream().map(n -> n.id() + n.title() + n.updatedAt()).toList()
				+ page.stories().stream().map(s -> s.id() + s.title() + s.version()).toList();
		return SecretTokens.sha256(identity).substring(0, 32);
	}

	/** A day worth telling visitors about: a weekday holiday, or any day of a closure. */
	/**
	 * A weekday the hub is closed: a holiday or one of its closures. The list is headed
	 * 「土日を除く」, so a Saturday or Sunday inside a closure (年末年始 from 29 December) is not
	 * listed.
	 */
	static boolean closedWeekday(DayStatus d) {
		return !d.weekend() && !d.open();
	}

}
