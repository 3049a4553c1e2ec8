package jp.kyoten.portal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.tenancy.HubScope;

/**
 * Spam resistance, part two: at most {@link PortalSettings#submissionsPerHour()} forms per sender address, hub and
 * clock hour. The count lives in PostgreSQL (one atomic upsert), so every app node sees the same count. Windows
 * older than a day are cleared as new ones open.
 */
@Component
class SubmissionLimiter {

	private final JdbcClient jdbc;

	private final FormGuard guard;

	private final PortalSettings settings;

	SubmissionLimiter(JdbcClient jdbc, FormGuard guard, PortalSettings settings) {
		this.jdbc = jdbc;
		this.guard = guard;
		this.settings = settings;
	}

	/**
	 * Counts one submission from the address; false when the address has used up its allowance. Counted in its own
	 * transaction, so that a refused or failed submission still counts.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean tryAcquire(String address) {
		OffsetDateTime window = Instant.now().truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
		int count = jdbc.sql("""
				INSERT INTO portal_submission_window (hub_id, address_hash, window_start, submissions)
				VALUES (?, ?, ?, 1)
				ON CONFLICT (hub_id, address_hash, window_start)
				DO UPDATE SET submissions = portal_submission_window.submissions + 1
				RETURNING submissions""")
			.params(HubScope.require(), guard.addressHash(address == null ? "" : address), window)
			.query(Integer.class)
			.single();
		if (count == 1) {
			jdbc.sql("DELETE FROM portal_submission_window WHERE window_start < ?").param(window.minusDays(1)).update();
		}
		return count <= settings.submissionsPerHour();
	}

}
