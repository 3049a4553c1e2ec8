package jp.kyoten.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.schedule.BusinessCalendar;

/**
 * The hub's news posts: drafts staff write, published posts the public reads, newest
 * first.
 */
@Service
@Transactional
class PortalNews {

	private final Clock clock;

	private static final String SELECT = "SELECT id, title, body, published, published_on, updated_at FROM portal_news";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	PortalNews(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<NewsPost> all() {
		return jdbc.sql(SELECT + " ORDER BY published, published_on DESC NULLS FIRST, id DESC")
			.query(PortalNews::post)
			.list();
	}

	@Transactional(readOnly = true)
	List<NewsPost> published(int limit) {
		return jdbc.sql(SELECT + " WHERE published ORDER BY published_on DESC, id DESC LIMIT ?")
			.param(limit)
			.query(PortalNews::post)
			.list();
	}

	@Transactional(readOnly = true)
	NewsPost get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("portal_news", id));
	}

	@Transactional(readOnly = true)
	NewsPost getPublished(long id) {
		return find(id).filter(NewsPost::published).orElseThrow(() -> new RecordNotFoundException("portal_news", id));
	}

	private Optional<NewsPost> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(PortalNews::post).optional();
	}

	long create(String title, String body) {
		long id = jdbc.sql("INSERT INTO portal_news (hub_id, title, body, updated_by) VALUES (?, ?, ?, ?) RETURNING id")
			.params(HubScope.require(), title, body == null ? "" : body, ActingUser.email())
			.query(Long.class)
			.single();
		audit.created("portal_news", id, title);
		return id;
	}

	void update(long id, String title, String body) {
		get(id);
		jdbc.sql("UPDATE portal_news SET title = ?, body = ?, updated_at = now(), updated_by = ? WHERE id = ?")
			.params(title, body == null ? "" : body, ActingUser.email(), id)
			.update();
		audit.updated("portal_news", id, title);
		changed();
	}

	/**
	 * Publishes the post dated today (or keeps its first publication date), or takes it
	 * back to draft.
	 */
	void publish(long id, boolean published) {
		get(id);
		jdbc.sql("""
				UPDATE portal_news SET published = ?, published_on = CASE WHEN ? THEN coalesce(published_on, ?) END,
				       updated_at = now(), updated_by = ? WHERE id = ?""")
			.params(published, published, LocalDate.now(clock), ActingUser.email(), id)
			.update();
		audit.updated("portal_news", id, published ? "公開" : "非公開");
		changed();
	}

	private void changed() {
		events.publishEvent(new PortalContentChanged(HubScope.require()));
	}

	private static NewsPost post(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Timestamp updated = rs.getTimestamp("updated_at");
		return new NewsPost(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getBoolean("published"),
				rs.getObject("published_on", LocalDate.class), updated == null ? null : updated.toInstant());
	}

}
