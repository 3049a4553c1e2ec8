package jp.kyoten.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.kyoten.identity.BearerTokens;

/**
 * Private iCalendar feed URLs, one person's appointments each, issued by
 * {@link BearerTokens} like API tokens: only a SHA-256 of the token is stored, the URL is
 * shown once, and a leaked database gives no working URL. A revoked feed answers 404.
 */
@Service
class CalendarFeeds {

	static final String PREFIX = "kcf_";

	static final int MAX_FEEDS_PER_USER = 5;

	/** A calendar client polls often: its use is written at most once an hour. */
	static final BearerTokens.Kind KIND = new BearerTokens.Kind("calendar_feed", PREFIX, MAX_FEEDS_PER_USER,
			"feed.tooMany", false, "1 hour");

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

	private final BearerTokens tokens;

	CalendarFeeds(BearerTokens tokens) {
		this.tokens = tokens;
	}

	IssuedFeed issue(long userId, long hubId, String name) {
		BearerTokens.Issued issued = tokens.issue(KIND, userId, name, Map.of("hub_id", hubId));
		return new IssuedFeed(issued.id(), issued.token());
	}

	void revoke(long userId, long feedId) {
		tokens.revoke(KIND, userId, feedId);
	}

	List<FeedView> of(long userId) {
		return tokens.of(KIND, userId)
			.stream()
			.map(f -> new FeedView(f.id(), f.name(), f.prefix(), f.createdAt(), f.lastUsedAt(), f.revokedAt()))
			.toList();
	}

	/** The feed a live token opens. */
	Optional<FeedOwner> open(String token) {
		return tokens.open(KIND, token, "user_id, hub_id",
				(rs, n) -> new FeedOwner(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("hub_id")));
	}

	static String hash(String token) {
		return BearerTokens.hash(token);
	}

}
