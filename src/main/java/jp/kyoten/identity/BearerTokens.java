package jp.kyoten.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.SecretTokens;

/**
 * The one issuer of the bearer secrets a person holds: personal API tokens
 * ({@link ApiTokens}) and private calendar feed URLs ({@code schedule/CalendarFeeds}).
 * Each kind has its own table with the same columns ({@code user_id}, {@code name},
 * {@code token_hash}, {@code token_prefix}, {@code created_at}, {@code last_used_at},
 * {@code revoked_at}, and, where it expires, {@code expires_at}). A secret is 256 random
 * bits behind the kind's prefix ({@link SecretTokens}); only its SHA-256 is stored, so
 * the secret is shown once and a leaked database gives nothing that works. Issuing and
 * revoking are audited under the table's name.
 * <p>
 * The table and column names come from the kinds' constants (checked to be plain
 * identifiers), never from a request; every value is a parameter.
 */
@Component
public class BearerTokens {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_]+");

	/**
	 * A kind of secret.
	 *
	 * @param table where its rows are
	 * @param prefix what every secret of the kind starts with (tells the kinds apart, and
	 * a typo from a token)
	 * @param maxPerUser how many live ones a person may hold
	 * @param tooManyKey the message refusing one more
	 * @param expires whether the table has {@code expires_at}
	 * @param touchInterval how seldom the last use is written (an SQL interval: writes
	 * are spared)
	 */
	public record Kind(String table, String prefix, int maxPerUser, String tooManyKey, boolean expires,
			String touchInterval) {

		public Kind {
			if (!IDENTIFIER.matcher(table).matches() || !touchInterval.matches("[0-9]+ (minute|hour|day)s?")) {
				throw new IllegalArgumentException("not a token table: " + table);
			}
		}

		/** Live: not revoked, and not expired where the kind expires. */
		private String live() {
			return "revoked_at IS NULL" + (expires ? " AND (expires_at IS NULL OR expires_at > now())" : "");
		}

	}

	/** A secret just issued: its row and the secret itself, to be shown once. */
	public record Issued(long id, String token) {
	}

	/**
	 * A person's secret as their page lists it (its first characters, never the secret).
	 */
	public record Listed(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	BearerTokens(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The stored form of a secret. */
	public static String hash(String token) {
		return SecretTokens.sha256(token);
	}

	/**
	 * Issues a new secret of the kind to the person, unless they hold the most the kind
	 * allows already.
	 * @param columns the kind's own columns and their values ({@code expires_at},
	 * {@code hub_id}), by name
	 */
	@Transactional
	public Issued issue(Kind kind, long userId, String name, Map<String, Object> columns) {
		int active = jdbc.sql("SELECT count(*) FROM " + kind.table() + " WHERE user_id = ? AND revoked_at IS NULL")
			.param(userId)
			.query(Integer.class)
			.single();
		if (active >= kind.maxPerUser()) {
			throw new BusinessRuleException(kind.tooManyKey(), kind.maxPerUser());
		}
		String token = SecretTokens.newToken(kind.prefix());
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("user_id", userId);
		values.put("name", name);
		values.put("token_hash", hash(token));
		values.put("token_prefix", token.substring(0, 10));
		columns.forEach((column, value) -> {
			if (!IDENTIFIER.matcher(column).matches()) {
				throw new IllegalArgumentException("not a column: " + column);
			}
			values.put(column, value instanceof Instant i ? Timestamp.from(i) : value);
		});
		long id = jdbc
			.sql("INSERT INTO " + kind.table() + " (" + String.join(", ", values.keySet()) + ") VALUES ("
					+ String.join(", ", values.keySet().stream().map(c -> "?").toList()) + ") RETURNING id")
			.params(new ArrayList<>(values.values()))
			.query(Long.class)
			.single();
		audit.created(kind.table(), id, name);
		return new Issued(id, token);
	}

	/**
	 * Revokes one of the person's own live secrets; another's, or one revoked already, is
	 * not found.
	 */
	@Transactional
	public void revoke(Kind kind, long userId, long id) {
		int n = jdbc
			.sql("UPDATE " + kind.table()
					+ " SET revoked_at = now() WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
			.params(id, userId)
			.update();
		if (n == 0) {
			throw new RecordNotFoundException(kind.table(), id);
		}
		audit.deleted(kind.table(), id, "無効化");
	}

	/** The person's secrets of the kind, newest first, revoked ones too. */
	public List<Listed> of(Kind kind, long userId) {
		return jdbc
			.sql("SELECT id, name, token_prefix, created_at, " + (kind.expires() ? "expires_at" : "NULL")
					+ ", last_used_at, revoked_at FROM " + kind.table()
					+ " WHERE user_id = ? ORDER BY created_at DESC, id DESC")
			.param(userId)
			.query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
					instant(rs, 5), instant(rs, 6), instant(rs, 7)))
			.list();
	}

	/**
	 * The row a live secret opens, read by {@code mapper} from the named columns (by
	 * name); its use is written at most once per the kind's interval. Anything not shaped
	 * like a secret of the kind is nothing, unasked.
	 */
	@Transactional
	public <T> Optional<T> open(Kind kind, String token, String columns, RowMapper<T> mapper) {
		if (token == null || !token.startsWith(kind.prefix()) || token.length() > 100
				|| !columns.matches("[a-z_]+(, [a-z_]+)*")) {
			return Optional.empty();
		}
		Optional<Map.Entry<Long, T>> found = jdbc
			.sql("SELECT id, " + columns + " FROM " + kind.table() + " WHERE token_hash = ? AND " + kind.live())
			.param(hash(token))
			.query((rs, n) -> Map.entry(rs.getLong("id"), mapper.mapRow(rs, n)))
			.optional();
		found.ifPresent(row -> jdbc
			.sql("UPDATE " + kind.table() + " SET last_used_at = now() WHERE id = ? AND (last_used_at IS NULL"
					+ " OR last_used_at < now() - interval '" + kind.touchInterval() + "')")
			.param(row.getKey())
			.update());
		return found.map(Map.Entry::getValue);
	}

	private static Instant instant(ResultSet rs, int col) throws SQLException {
		Timestamp ts = rs.getTimestamp(col);
		return ts == null ? null : ts.toInstant();
	}

}
