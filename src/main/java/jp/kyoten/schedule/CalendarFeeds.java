package jp.kyoten.schedule;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.SecretTokens;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * Private iCalendar feed URLs, one person's appointments each. Like API tokens, only a SHA-256 of the token is
 * stored: the URL is shown once, and a leaked database gives no working URL. A revoked feed answers 404.
 */
@Service
class CalendarFeeds {

	static final String PREFIX = "kcf_";

	static final int MAX_FEEDS_PER_USER = 5;

	record FeedView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

		public boolean active() {
			return revokedAt == null;
		}

	}

	/** Whose feed a token opens. */
	record FeedOwner(long feedId, long userId, long hubId) {
	}

	record IssuedFeed(long id, String token) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	CalendarFeeds(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	IssuedFeed issue(long userId, long hubId, String name) {
		int active = jdbc.sql("SELECT count(*) FROM calendar_feed WHERE user_id = ? AND revoked_at IS NULL")
			.param(userId)
			.query(Integer.class)
			.single();
		if (active >= MAX_FEEDS_PER_USER) {
			throw new BusinessRuleException("feed.tooMany", MAX_FEEDS_PER_USER);
		}
		String token = SecretTokens.newToken(PREFIX);
		long id = jdbc.sql("""
				INSERT INTO calendar_feed (user_id, hub_id, name, token_hash, token_prefix)
				VALUES (?, ?, ?, ?, ?) RETURNING id""")
			.params(userId, hubId, name, hash(token), token.substring(0, 10))
			.query(Long.class)
			.single();
		audit.created("calendar_feed", id, name);
		return new IssuedFeed(id, token);
	}

	@Transactional
	void revoke(long userId, long feedId) {
		int n = jdbc.sql("UPDATE calendar_feed SET revoked_at = now() WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
			.params(feedId, userId)
			.update();
		if (n == 0) {
			throw new RecordNotFoundException("calendar_feed", feedId);
		}
		audit.deleted("calendar_feed", feedId, "無効化");
	}

	List<FeedView> of(long userId) {
		return jdbc.sql("""
				SELECT id, name, token_prefix, created_at, last_used_at, revoked_at
				  FROM calendar_feed WHERE user_id = ? ORDER BY created_at DESC, id DESC""")
			.param(userId)
			.query((rs, n) -> new FeedView(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
					instant(rs, 5), instant(rs, 6)))
			.list();
	}

	/** The feed a live token opens; marks it used at most once an hour to spare writes. */
	@Transactional
	Optional<FeedOwner> open(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		String hash = hash(token);
		Optional<FeedOwner> owner = jdbc.sql("""
				SELECT id, user_id, hub_id FROM calendar_feed WHERE token_hash = ? AND revoked_at IS NULL""")
			.param(hash)
			.query((rs, n) -> new FeedOwner(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.optional();
		owner.ifPresent(o -> jdbc.sql("""
				UPDATE calendar_feed SET last_used_at = now()
				 WHERE id = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 hour')""")
			.param(o.feedId())
			.update());
		return owner;
	}

	private static Instant instant(java.sql.ResultSet rs, int col) throws java.sql.SQLException {
		Timestamp ts = rs.getTimestamp(col);
		return ts == null ? null : ts.toInstant();
	}

	static String hash(String token) {
		return SecretTokens.sha256(token);
	}

}
