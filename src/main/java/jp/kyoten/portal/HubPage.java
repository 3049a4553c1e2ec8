package jp.kyoten.portal;

import java.time.LocalDate;
import java.util.List;

import jp.kyoten.agency.AgencyView;
import jp.kyoten.schedule.BusinessHours;

/**
 * Everything the hub's public front page shows, read once and reused for a while
 * ({@link HubPages}): the published texts as safe HTML, business hours and the days the
 * hub is closed in the coming weeks, the registered agencies in kana order, the latest
 * news and success stories.
 */
record HubPage(PublicHub hub, String introHtml, String accessHtml, String staffHtml, String linksHtml,
		BusinessHours hours, List<ClosedDay> closedDays, List<AgencyView> agencies, List<NewsPost> news,
		List<SuccessStoryView> stories, String etag) {

	/** A weekday the hub is closed: a national holiday or one of its closures. */
	record ClosedDay(LocalDate date, String reason) {
	}

}
