package jp.kyoten.identity;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Personal API tokens, issued by {@link BearerTokens}: only a SHA-256 of the token is
 * stored, the token itself is shown once, at creation, and a leaked database cannot be
 * replayed against the API.
 */
@Service
class ApiTokens {

	static final String PREFIX = "kyt_";

	static final int MAX_TOKENS_PER_USER = 20;

	/** Used at most once a minute is written, to spare writes on every API request. */
	static final BearerTokens.Kind KIND = new BearerTokens.Kind("api_token", PREFIX, MAX_TOKENS_PER_USER,
			"token.tooMany", true, "1 minute");

	record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {

		public boolean active() {
			return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
		}

	}

	record IssuedToken(long id, String token) {
	}

	private final BearerTokens tokens;

	ApiTokens(BearerTokens tokens) {
		this.tokens = tokens;
	}

	IssuedToken issue(long userId, String name, Instant expiresAt) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("expires_at", expiresAt);
		BearerTokens.Issued issued = tokens.issue(KIND, userId, name, columns);
		return new IssuedToken(issued.id(), issued.token());
	}

	void revoke(long userId, long tokenId) {
		tokens.revoke(KIND, userId, tokenId);
	}

	List<TokenView> of(long userId) {
		return tokens.of(KIND, userId)
			.stream()
			.map(t -> new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(), t.lastUsedAt(),
					t.revokedAt()))
			.toList();
	}

	/** The user a live token belongs to. */
	Optional<Long> userOf(String token) {
		return tokens.open(KIND, token, "user_id", (rs, n) -> rs.getLong("user_id"));
	}

	static String hash(String token) {
		return BearerTokens.hash(token);
	}

}
