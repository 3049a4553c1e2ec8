package jp.kyoten.portal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.schedule.BusinessCalendar;
import jp.kyoten.platform.time.HubTime;

/**
 * The hub's success stories in the layout the national portal collects: one row per story, codes as in the API,
 * only stories that are published with the company's consent (the export leaves the hub, so it follows the public
 * rule). As JSON (the rows) or CSV that opens cleanly in Excel (UTF-8 with BOM).
 */
@Component
class StoryExport {

	/** One story for the national portal. */
	record Row(String hubName, String prefectureCode, long storyId, String title, String company, String industry,
			String jobCategory, String employmentForm, String summary, LocalDate publishedOn,
			LocalDate consentGivenOn, String consentScope, String url) {
	}

	static final String CSV_HEADER = "hub_name,prefecture_code,story_id,title,company,industry,job_category,"
			+ "employment_form,summary,published_on,consent_given_on,consent_scope,url";

	private final SuccessStories stories;

	private final Hubs hubs;

	StoryExport(SuccessStories stories, Hubs hubs) {
		this.stories = stories;
		this.hubs = hubs;
	}

	List<Row> rows(String baseUrl) {
		Hub hub = hubs.get(HubScope.require());
		return stories.publicStories(SuccessStories.Filter.ANY, Integer.MAX_VALUE)
			.stream()
			.map(s -> new Row(hub.getName(), hub.getPrefectureCode(), s.id(), s.title(), s.publicCompanyName(),
					s.industry(), s.jobCategory() == null ? null : s.jobCategory().name(),
					s.employmentForm() == null ? null : s.employmentForm().name(), s.summary(),
					s.publishedAt().atZone(HubTime.ZONE).toLocalDate(), s.consent().givenOn(),
					s.consent().scope(), baseUrl + "/p/" + hub.getSlug() + "/stories/" + s.id()))
			.toList();
	}

	String csvFile(String baseUrl) {
		StringBuilder sb = new StringBuilder("\uFEFF").append(CSV_HEADER).append("\r\n");
		for (Row r : rows(baseUrl)) {
			sb.append(String.join(",", csv(r.hubName()), csv(r.prefectureCode()), csv(Long.toString(r.storyId())),
					csv(r.title()), csv(r.company()), csv(r.industry()), csv(r.jobCategory()),
					csv(r.employmentForm()), csv(r.summary()), csv(String.valueOf(r.publishedOn())),
					csv(r.consentGivenOn() == null ? null : r.consentGivenOn().toString()), csv(r.consentScope()),
					csv(r.url())))
				.append("\r\n");
		}
		return sb.toString();
	}

	/** A CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for Excel. */
	static String csv(String value) {
		if (value == null) {
			return "";
		}
		String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return v.matches("(?s).*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
	}

}
