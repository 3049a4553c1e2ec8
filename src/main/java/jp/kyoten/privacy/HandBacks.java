package jp.kyoten.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * The hand-back jobs in the database: queued, claimed atomically by one node, their
 * progress, the entries written, the prefecture's confirmation. Row-level security lets a
 * hub's manager see only their own hub's; the system admin (no hub in scope) sees all.
 */
@Component
class HandBacks {

	private static final String COLUMNS = """
			id, target_hub_id, target_hub_name, status, requested_by, requested_at, finished_at, tables_total,
			tables_done, rows_estimate, rows_done, file_name, zip_bytes, zip_sha256, error, confirmed_at, confirmed_by,
			confirmation_note""";

	private final JdbcClient jdbc;

	private final Clock clock;

	HandBacks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws RecordNotFoundException for another hub's hand-back
	 */
	HandBack get(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM privacy_hand_back WHERE id = ?")
			.param(id)
			.query(HandBacks::row)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("hand-back", id));
	}

	List<HandBack> recent(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM privacy_hand_back ORDER BY requested_at DESC, id DESC LIMIT ?")
			.param(limit)
			.query(HandBacks::row)
			.list();
	}

	@Transactional
	long queue(long hubId, String hubName, String requestedBy) {
		if (jdbc
			.sql("SELECT count(*) FROM privacy_hand_back WHERE target_hub_id = ? AND status IN ('QUEUED', 'RUNNING')")
			.param(hubId)
			.query(Integer.class)
			.single() > 0) {
			throw new BusinessRuleException("handBack.alreadyRunning");
		}
		return jdbc.sql("""
				INSERT INTO privacy_hand_back (target_hub_id, target_hub_name, status, requested_by, requested_at)
				VALUES (?, ?, 'QUEUED', ?, ?) RETURNING id""")
			.params(hubId, hubName, requestedBy, Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * Takes the job for this node: a queued one, or a running one whose node stopped
	 * beating for {@code stale}. Two nodes asking at once: one gets it.
	 */
	boolean claim(long id, Duration stale) {
		return jdbc.sql("""
				UPDATE privacy_hand_back SET status = 'RUNNING', heartbeat_at = now(), error = NULL
				 WHERE id = ? AND (status = 'QUEUED' OR status = 'RUNNING' AND heartbeat_at < now() - ?::interval)
				RETURNING id""").params(id, stale.toSeconds() + " seconds").query(Long.class).optional().isPresent();
	}

	List<Long> claimable(Duration stale) {
		return jdbc.sql("""
				SELECT id FROM privacy_hand_back
				 WHERE status = 'QUEUED' OR status = 'RUNNING' AND heartbeat_at < now() - ?::interval ORDER BY id""")
			.param(stale.toSeconds() + " seconds")
			.query(Long.class)
			.list();
	}

	/**
	 * A failed hand-back goes back to the queue; what it had written stays and is not
	 * written again.
	 */
	void requeue(long id) {
		HandBack job = get(id);
		if (!job.failed()) {
			throw new BusinessRuleException("handBack.notResumable");
		}
		jdbc.sql("UPDATE privacy_hand_back SET status = 'QUEUED' WHERE id = ? AND status = 'FAILED'")
			.param(id)
			.update();
	}

	void sized(long id, int tables, long rows) {
		jdbc.sql("UPDATE privacy_hand_back SET tables_total = ?, rows_estimate = ?, heartbeat_at = now() WHERE id = ?")
			.params(tables, rows, id)
			.update();
	}

	void progressed(long id, long rows) {
		jdbc.sql("UPDATE privacy_hand_back SET rows_done = rows_done + ?, heartbeat_at = now() WHERE id = ?")
			.params(rows, id)
			.update();
	}

	/** Tables whose entries are all written: a resumed job skips them. */
	Set<String> doneTables(long id) {
		return Set.copyOf(jdbc.sql("SELECT DISTINCT table_name FROM privacy_hand_back_entry WHERE hand_back_id = ? "
				+ "AND table_name IS NOT NULL")
			.param(id)
			.query(String.class)
			.list());
	}

	@Transactional
	void tableDone(long id, List<HandBackExport.Entry> entries) {
		int position = jdbc.sql("SELECT coalesce(max(position), 0) FROM privacy_hand_back_entry WHERE hand_back_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		for (HandBackExport.Entry e : entries) {
			jdbc.sql(
					"""
							INSERT INTO privacy_hand_back_entry (hand_back_id, entry_name, table_name, rows, bytes, sha256, position)
							VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, e.name(), e.table(), e.rows(), e.bytes(), e.sha256(), ++position)
				.update();
		}
		jdbc.sql("UPDATE privacy_hand_back SET tables_done = tables_done + 1, heartbeat_at = now() WHERE id = ?")
			.param(id)
			.update();
	}

	List<HandBackExport.Entry> entries(long id) {
		return jdbc.sql("""
				SELECT entry_name, table_name, rows, bytes, sha256 FROM privacy_hand_back_entry
				 WHERE hand_back_id = ? ORDER BY position""")
			.param(id)
			.query((rs, n) -> new HandBackExport.Entry(rs.getString(1), rs.getString(2), (Long) rs.getObject(3),
					rs.getLong(4), rs.getString(5)))
			.list();
	}

	void complete(long id, String fileName, long bytes, String sha256) {
		jdbc.sql("""
				UPDATE privacy_hand_back SET status = 'DONE', finished_at = ?, file_name = ?, zip_bytes = ?,
				       zip_sha256 = ?, rows_done = 2 * rows_estimate WHERE id = ?""")
			.params(Timestamp.from(clock.instant()), fileName, bytes, sha256, id)
			.update();
	}

	void fail(long id, String error) {
		String e = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
		jdbc.sql("UPDATE privacy_hand_back SET status = 'FAILED', error = ? WHERE id = ?").params(e, id).update();
	}

	@Transactional
	void confirm(long id, String by, String note) {
		HandBack job = get(id);
		if (!job.done()) {
			throw new BusinessRuleException("handBack.notDone");
		}
		if (note == null || note.isBlank() || note.length() > 1000) {
			throw new BusinessRuleException("handBack.confirmation.noteRequired");
		}
		jdbc.sql("UPDATE privacy_hand_back SET confirmed_at = ?, confirmed_by = ?, confirmation_note = ? WHERE id = ?")
			.params(Timestamp.from(clock.instant()), by, note.strip(), id)
			.update();
	}

	void markErased(long id) {
		jdbc.sql("UPDATE privacy_hand_back SET status = 'ERASED' WHERE id = ?").param(id).update();
	}

	/**
	 * The system admin lets the hub's manager produce the hand-back themselves for the
	 * given days.
	 */
	void grantConsent(long hubId, String by, int days) {
		if (days < 1 || days > 90) {
			throw new BusinessRuleException("handBack.consent.days");
		}
		Instant now = clock.instant();
		jdbc.sql("INSERT INTO privacy_hand_back_consent (target_hub_id, granted_by, granted_at, valid_until) "
				+ "VALUES (?, ?, ?, ?)")
			.params(hubId, by, Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(days))))
			.update();
	}

	Optional<Instant> consentUntil(long hubId) {
		return jdbc
			.sql("SELECT valid_until FROM privacy_hand_back_consent WHERE target_hub_id = ? "
					+ "AND valid_until > ? ORDER BY valid_until DESC LIMIT 1")
			.params(hubId, Timestamp.from(clock.instant()))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	private static HandBack row(ResultSet rs, int n) throws SQLException {
		return new HandBack(rs.getLong("id"), rs.getLong("target_hub_id"), rs.getString("target_hub_name"),
				rs.getString("status"), rs.getString("requested_by"), instant(rs, "requested_at"),
				instant(rs, "finished_at"), rs.getInt("tables_total"), rs.getInt("tables_done"),
				rs.getLong("rows_estimate"), rs.getLong("rows_done"), rs.getString("file_name"),
				(Long) rs.getObject("zip_bytes"), rs.getString("zip_sha256"), rs.getString("error"),
				instant(rs, "confirmed_at"), rs.getString("confirmed_by"), rs.getString("confirmation_note"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
