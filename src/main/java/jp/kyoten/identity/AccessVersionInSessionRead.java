package jp.kyoten.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HexFormat;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Folds {@link SessionAccessFilter}'s check into the session's own read: the statement
 * that loads a session also answers, as one more attribute, the id and current access
 * version of the account the session is signed in as, while that account is enabled. A
 * page request then checks its access without a query of its own, and the value is as
 * fresh as the session itself: read from {@code user_account} in the same statement,
 * never kept anywhere.
 * <p>
 * The attribute is made up by the query and never stored (a constraint of V150 refuses a
 * row of its name): Spring Session writes only the attributes a request sets, and nothing
 * sets this one. Its bytes are those of a serialized {@link Long}, which is how Spring
 * Session deserializes an attribute.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AccessVersionInSessionRead implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	/**
	 * The account's id and access version at the moment the session was read, as
	 * {@code id << 32 | version}; absent when the account is disabled or none has the
	 * session's principal name.
	 */
	static final String ATTRIBUTE = "jp.kyoten.identity.ACCOUNT_ACCESS_VERSION";

	private static final String GET_SESSION_QUERY = """
			SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, \
			SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
			FROM %TABLE_NAME% S
			LEFT JOIN LATERAL (
				SELECT A.ATTRIBUTE_NAME, A.ATTRIBUTE_BYTES FROM %TABLE_NAME%_ATTRIBUTES A
				WHERE A.SESSION_PRIMARY_ID = S.PRIMARY_ID
				UNION ALL
				SELECT '%ATTRIBUTE%', decode('%LONG%', 'hex') || int8send(U.ID * 4294967296 + U.ACCESS_VERSION)
				FROM USER_ACCOUNT U WHERE lower(U.EMAIL) = lower(S.PRINCIPAL_NAME) AND U.ENABLED
			) SA ON true
			WHERE S.SESSION_ID = ?""";

	@Override
	public void customize(JdbcIndexedSessionRepository sessions) {
		sessions.setGetSessionQuery(GET_SESSION_QUERY.replace("%ATTRIBUTE%", ATTRIBUTE)
			.replace("%LONG%", HexFormat.of().formatHex(longPrefix())));
	}

	/**
	 * A serialized {@code Long} but its value, the last eight bytes (big-endian, as
	 * {@code int8send} writes).
	 */
	static byte[] longPrefix() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(Long.valueOf(0x0102030405060708L));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] serialized = bytes.toByteArray();
		int end = serialized.length - 8;
		if (!Arrays.equals(serialized, end, serialized.length, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, 0, 8)) {
			throw new IllegalStateException("a serialized Long does not end with its value");
		}
		return Arrays.copyOf(serialized, end);
	}

}
