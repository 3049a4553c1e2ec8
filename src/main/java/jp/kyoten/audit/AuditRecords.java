package jp.kyoten.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.time.HubTime;

/**
 * What the audit log can tell other modules about records: which records of a hub an
 * account read, exported or handed to a third party in a period — for an incident report,
 * the records a leak may have touched. An API token acts as its owner, so its reads are
 * the owner's.
 */
@Component
public class AuditRecords {

	/**
	 * A record one account touched in the period: how often, first and last, and the
	 * latest entry's summary.
	 */
	public record Touched(String entityType, String entityId, AuditAction action, long times, Instant first,
			Instant last, String summary) {
	}

	private final JdbcClient jdbc;

	AuditRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads, exports and third-party provisions of the account (by e-mail) in the hub
	 * between the two Tokyo days (both included), by record, most touched first, at most
	 * {@code limit}. An export of a list has no record id: each such export is a line of
	 * its own.
	 */
	public List<Touched> touchedBy(long hubId, String actorEmail, LocalDate from, LocalDate to, int limit) {
		return jdbc.sql("""
				SELECT entity_type, entity_id, action, count(*), min(occurred_at), max(occurred_at),
				       (array_agg(summary ORDER BY occurred_at DESC))[1]
				  FROM audit_log
				 WHERE hub_id = ? AND lower(actor_email) = lower(?) AND occurred_at >= ? AND occurred_at < ?
				   AND action IN ('VIEW', 'EXPORT', 'THIRD_PARTY_PROVISION')
				 GROUP BY entity_type, coalesce(entity_id, id::text), entity_id, action
				 ORDER BY count(*) DESC, max(occurred_at) DESC LIMIT ?""")
			.params(hubId, actorEmail.strip(), Timestamp.from(from.atStartOfDay(HubTime.ZONE).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(HubTime.ZONE).toInstant()), limit)
			.query((rs, n) -> new Touched(rs.getString(1), rs.getString(2), AuditAction.valueOf(rs.getString(3)),
					rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list();
	}

}
