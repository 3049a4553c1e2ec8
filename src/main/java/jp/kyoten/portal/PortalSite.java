package jp.kyoten.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The hub's public pages: staff edit a draft and publish it; the public sees only what
 * was published. Publishing a changed privacy notice raises its version, which every
 * consent records.
 */
@Service
@Transactional
class PortalSite {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	PortalSite(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	SiteView view() {
		return jdbc.sql("""
				SELECT draft_intro, draft_access, draft_staff, draft_links, draft_privacy, published_intro,
				       published_access, published_staff, published_links, published_privacy, privacy_version,
				       published_at, version
				  FROM portal_site""")
			.query(PortalSite::siteView)
			.optional()
			.orElse(new SiteView(SiteContent.EMPTY, null, 0, null, 0));
	}

	/** What the public sees; empty pages before the first publication. */
	@Transactional(readOnly = true)
	SiteContent published() {
		SiteContent published = view().published();
		return published == null ? SiteContent.EMPTY : published;
	}

	/**
	 * @throws BusinessRuleException {@code error.optimisticLock} when someone saved in
	 * between
	 */
	void saveDraft(SiteContent draft, int expectedVersion) {
		long hubId = HubScope.require();
		jdbc.sql("INSERT INTO portal_site (hub_id) VALUES (?) ON CONFLICT DO NOTHING").param(hubId).update();
		int updated = jdbc.sql("""
				UPDATE portal_site SET draft_intro = ?, draft_access = ?, draft_staff = ?, draft_links = ?,
				       draft_privacy = ?, updated_at = now(), updated_by = ?, version = version + 1
				 WHERE version = ?""")
			.params(draft.intro(), draft.access(), draft.staff(), draft.links(), draft.privacy(), ActingUser.email(),
					expectedVersion)
			.update();
		if (updated == 0) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		audit.updated("portal_site", hubId, "下書きを保存");
	}

	/** Publishes the draft as it is; a changed privacy notice gets the next version. */
	void publish() {
		long hubId = HubScope.require();
		jdbc.sql("INSERT INTO portal_site (hub_id) VALUES (?) ON CONFLICT DO NOTHING").param(hubId).update();
		jdbc.sql("""
				UPDATE portal_site SET published_intro = draft_intro, published_access = draft_access,
				       published_staff = draft_staff, published_links = draft_links, published_privacy = draft_privacy,
				       privacy_version = privacy_version
				           + CASE WHEN published_privacy IS DISTINCT FROM draft_privacy THEN 1 ELSE 0 END,
				       published_at = now(), updated_at = now(), updated_by = ?, version = version + 1""")
			.param(ActingUser.email())
			.update();
		audit.updated("portal_site", hubId, "公開");
		events.publishEvent(new PortalContentChanged(hubId));
	}

	private static SiteView siteView(ResultSet rs, int n) throws SQLException {
		SiteContent draft = new SiteContent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5));
		Timestamp publishedAt = rs.getTimestamp(12);
		SiteContent published = publishedAt == null ? null
				: new SiteContent(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
		return new SiteView(draft, published, rs.getInt(11), publishedAt == null ? null : publishedAt.toInstant(),
				rs.getInt(13));
	}

}
