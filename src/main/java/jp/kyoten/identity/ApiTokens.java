package jp.kyoten.identity;

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
 * Personal API tokens. Only a SHA-256 of the token is stored: the token itself is shown once, at creation, and a
 * leaked database cannot be replayed against the API.
 */
@Service
class ApiTokens {

	static final String PREFIX = "kyt_";

	static final int MAX_TOKENS_PER_USER = 20;

	record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {

		public boolean active() {
			return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
		}

	}

	record IssuedToken(long id, String token) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ApiTokens(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	IssuedToken issue(long userId, String name, Instant expiresAt) {
		int active = jdbc.sql("SELECT count(*) FROM api_token WHERE user_id = ? AND revoked_at IS NULL")
			.param(userId)
			.query(Integer.class)
			.single();
		if (active >= MAX_TOKENS_PER_USER) {
			throw new BusinessRuleException("token.tooMany", MAX_TOKENS_PER_USER);
		}
		String token = SecretTokens.newToken(PREFIX);
		long id = jdbc.sql("""
				INSERT INTO api_token (user_id, name, token_hash, token_prefix, expires_at)
				VALUES (?, ?, ?, ?, ?) RETURNING id""")
			.params(userId, name, hash(token), token.substring(0, 10),
					expiresAt == null ? null : Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
		audit.created("api_token", id, name);
		return new IssuedToken(id, token);
	}

	@Transactional
	void revoke(long userId, long tokenId) {
		int n = jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
			.params(tokenId, userId)
			.update();
		if (n == 0) {
			throw new RecordNotFoundException("api_token", tokenId);
		}
		audit.deleted("api_token", tokenId, "無効化");
	}

	List<TokenView> of(long userId) {
		return jdbc.sql("""
				SELECT id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at
				  FROM api_token WHERE user_id = ? ORDER BY created_at DESC""")
			.param(userId)
			.query((rs, n) -> new TokenView(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
					instant(rs, 5), instant(rs, 6), instant(rs, 7)))
			.list();
	}

	/** The user a valid token belongs to; marks the token used at most once a minute to spare writes. */
	@Transactional
	Optional<Long> userOf(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Optional<Long> user = jdbc.sql("""
				SELECT user_id FROM api_token
				 WHERE token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())""")
			.param(hash(token))
			.query(Long.class)
			.optional();
		user.ifPresent(u -> jdbc.sql("""
				UPDATE api_token SET last_used_at = now()
				 WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""")
			.param(hash(token))
			.update());
		return user;
	}

	private static Instant instant(java.sql.ResultSet rs, int col) throws java.sql.SQLException {
		Timestamp ts = rs.getTimestamp(col);
		return ts == null ? null : ts.toInstant();
	}

	static String hash(String token) {
		return SecretTokens.sha256(token);
	}

}
