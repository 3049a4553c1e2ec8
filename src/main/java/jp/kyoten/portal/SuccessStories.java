package jp.kyoten.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * Reads the hub's success stories. Everything the public or the national portal gets goes
 * through {@link #publicStories} and {@link #getPublic}, which ask for published stories
 * with a recorded consent — both, so that a story whose consent is missing stays hidden
 * even if a row were ever marked published.
 */
@Service
@Transactional(readOnly = true)
class SuccessStories {

	/** Filters of the public list; {@code null} means any. */
	record Filter(String industry, JobCategory jobCategory, EmploymentForm employmentForm) {

		static final Filter ANY = new Filter(null, null, null);

	}

	private static final String SELECT = """
			SELECT id, title, source_kind, company_id, consultation_id, placement_id, public_company_name, industry,
			       job_category, employment_form, summary, body, consent_given_by, consent_given_on, consent_scope,
			       consent_photos, consent_recorded_by, consent_recorded_at, published, published_at, version
			  FROM success_story""";

	static final String PUBLIC = " WHERE published AND consent_recorded_at IS NOT NULL";

	private final JdbcClient jdbc;

	SuccessStories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SuccessStoryView> all() {
		return withPhotos(jdbc.sql(SELECT + " ORDER BY published, published_at DESC NULLS FIRST, id DESC")
			.query(SuccessStories::story)
			.list());
	}

	Optional<SuccessStoryView> find(long id) {
		return withPhotos(jdbc.sql(SELECT + " WHERE id = ?").param(id).query(SuccessStories::story).list()).stream()
			.findFirst();
	}

	SuccessStoryView get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("success_story", id));
	}

	/** Published, consented stories, newest first. */
	List<SuccessStoryView> publicStories(Filter filter, int limit) {
		StringBuilder sql = new StringBuilder(SELECT).append(PUBLIC);
		List<Object> params = new ArrayList<>();
		if (filter.industry() != null) {
			sql.append(" AND industry = ?");
			params.add(filter.industry());
		}
		if (filter.jobCategory() != null) {
			sql.append(" AND job_category = ?");
			params.add(filter.jobCategory().name());
		}
		if (filter.employmentForm() != null) {
			sql.append(" AND employment_form = ?");
			params.add(filter.employmentForm().name());
		}
		params.add(limit);
		return withPhotos(jdbc.sql(sql + " ORDER BY published_at DESC, id DESC LIMIT ?")
			.params(params)
			.query(SuccessStories::story)
			.list());
	}

	/**
	 * @throws RecordNotFoundException unless the story is published with consent
	 */
	SuccessStoryView getPublic(long id) {
		return withPhotos(jdbc.sql(SELECT + PUBLIC + " AND id = ?").param(id).query(SuccessStories::story).list())
			.stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("success_story", id));
	}

	/**
	 * The bytes of a photo the public may see: its story is public and the consent covers
	 * photos.
	 */
	Optional<PhotoData> publicPhoto(long photoId) {
		return jdbc.sql("""
				SELECT p.content_type, p.data FROM success_story_photo p JOIN success_story s ON s.id = p.story_id
				 WHERE p.id = ? AND s.published AND s.consent_recorded_at IS NOT NULL AND s.consent_photos""")
			.param(photoId)
			.query((rs, n) -> new PhotoData(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	/** The bytes of any photo of the hub, for staff. */
	Optional<PhotoData> photo(long photoId) {
		return jdbc.sql("SELECT content_type, data FROM success_story_photo WHERE id = ?")
			.param(photoId)
			.query((rs, n) -> new PhotoData(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	record PhotoData(String contentType, byte[] bytes) {
	}

	private List<SuccessStoryView> withPhotos(List<SuccessStoryView> stories) {
		if (stories.isEmpty()) {
			return stories;
		}
		Long[] ids = stories.stream().map(SuccessStoryView::id).toArray(Long[]::new);
		Map<Long, List<StoryPhoto>> photos = jdbc.sql("""
				SELECT story_id, id, content_type, byte_size, alt_text FROM success_story_photo
				 WHERE story_id = ANY(?) ORDER BY id""")
			.param(ids)
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new StoryPhoto(rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return stories.stream()
			.map(s -> new SuccessStoryView(s.id(), s.title(), s.source(), s.companyId(), s.consultationId(),
					s.placementId(), s.publicCompanyName(), s.industry(), s.jobCategory(), s.employmentForm(),
					s.summary(), s.body(), s.consent(), s.published(), s.publishedAt(),
					photos.getOrDefault(s.id(), List.of()), s.version()))
			.toList();
	}

	private static SuccessStoryView story(ResultSet rs, int n) throws SQLException {
		Timestamp recordedAt = rs.getTimestamp("consent_recorded_at");
		StoryConsent consent = recordedAt == null ? null
				: new StoryConsent(rs.getString("consent_given_by"), rs.getObject("consent_given_on", LocalDate.class),
						rs.getString("consent_scope"), rs.getBoolean("consent_photos"),
						rs.getString("consent_recorded_by"), recordedAt.toInstant());
		Timestamp publishedAt = rs.getTimestamp("published_at");
		return new SuccessStoryView(rs.getLong("id"), rs.getString("title"),
				StorySource.valueOf(rs.getString("source_kind")), rs.getLong("company_id"),
				(Long) rs.getObject("consultation_id"), (Long) rs.getObject("placement_id"),
				rs.getString("public_company_name"), rs.getString("industry"),
				codeOf(JobCategory.class, rs.getString("job_category")),
				codeOf(EmploymentForm.class, rs.getString("employment_form")), rs.getString("summary"),
				rs.getString("body"), consent, rs.getBoolean("published"),
				publishedAt == null ? null : publishedAt.toInstant(), List.of(), rs.getInt("version"));
	}

	private static <E extends Enum<E>> E codeOf(Class<E> type, String code) {
		return code == null ? null : Enum.valueOf(type, code);
	}

}
