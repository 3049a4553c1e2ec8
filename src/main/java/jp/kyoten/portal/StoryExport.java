package jp.kyoten.portal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.export.CsvWriter;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.schedule.BusinessCalendar;
import jp.kyoten.platform.time.HubTime;

/**
 * The hub's success stories in the layout the national portal collects: one row per
 * story, codes as in the API, only stories that are published with the company's consent
 * (the export leaves the hub, so it follows the public rule). As JSON (the rows) or CSV
 * that opens cleanly in Excel (UTF-8 with BOM).
 */
@Component
class StoryExport {

	/** One story for the national portal. */
	record Row(String hubName, String prefectureCode, long storyId, String title, String company, String industry,
			String jobCategory, String employmentForm, String summary, LocalDate publishedOn, LocalDate consentGivenOn,
			String consentScope, String url) {
	}

	static final List<String> CSV_HEADER = List.of("hub_name", "prefecture_code", "story_id", "title", "company",
			"industry", "job_category", "employment_form", "summary", "published_on", "consent_given_on",
			"consent_scope", "url");

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
					s.publishedAt().atZone(HubTime.ZONE).toLocalDate(), s.consent().givenOn(), s.consent().scope(),
					baseUrl + "/p/" + hub.getSlug() + "/stories/" + s.id()))
			.toList();
	}

	/**
	 * Writes the CSV with the shared writer, which defuses formulas however the value
	 * goes on (line breaks too).
	 */
	void writeCsv(String baseUrl, OutputStream out) {
		try (CsvWriter csv = new CsvWriter(out, CsvWriter.Encoding.UTF_8)) {
			csv.row(CSV_HEADER);
			for (Row r : rows(baseUrl)) {
				csv.row(r.hubName(), r.prefectureCode(), r.storyId(), r.title(), r.company(), r.industry(),
						r.jobCategory(), r.employmentForm(), r.summary(), r.publishedOn(), r.consentGivenOn(),
						r.consentScope(), r.url());
			}
		}
	}

}
