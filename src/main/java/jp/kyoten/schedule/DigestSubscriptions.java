package jp.kyoten.schedule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a person receives the morning digest: their own choice, kept in
 * {@code user_digest}.
 */
@Service
class DigestSubscriptions {

	private final JdbcClient jdbc;

	DigestSubscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	void set(long userId, Long hubId, boolean enabled) {
		jdbc.sql("""
				INSERT INTO user_digest (user_id, hub_id, enabled) VALUES (?, ?, ?)
				ON CONFLICT (user_id) DO UPDATE SET enabled = excluded.enabled, updated_at = now()""")
			.params(userId, hubId, enabled)
			.update();
	}

	@Transactional(readOnly = true)
	boolean enabled(long userId) {
		return jdbc.sql("SELECT enabled FROM user_digest WHERE user_id = ?")
			.param(userId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

}
