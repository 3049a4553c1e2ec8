package jp.kyoten.directory.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;

/**
 * The import jobs and their counts. These tables carry no row-level security (an all-hub
 * import belongs to no hub), so every read on behalf of a user names the user's hub here:
 * {@code null} is the system admin's own imports.
 */
@Component
public class ImportJobs {

	public enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

	public enum Kind {

		FULL, DIFF

	}

	public record Job(long id, Long hubId, String fileName, Kind kind, LocalDate fileDate,
			RegistryFileReader.Encoding encoding, String storedPath, Status status, long bytesTotal, long bytesRead,
			long linesRead, long rejected, String warning, String error, String startedByEmail, Instant createdAt,
			Instant startedAt, Instant finishedAt, long total, long created, long updated, long closed, long unchanged,
			long skipped, long rejectedKept, String refusal, Instant publishingSince) {

		/**
		 * Whether the file is read and a hub's first load is being published in kana
		 * order (docs/adr/252): the last step, with the bar at 99 %.
		 */
		public boolean publishing() {
			return status == Status.RUNNING && publishingSince != null;
		}

		/**
		 * Whether the file was refused as a whole (see {@link RefusedFile}); such a job
		 * cannot be resumed.
		 */
		public boolean refused() {
			return refusal != null;
		}

		/** The message key of the refusal, for the page; null when not refused. */
		public String refusalKey() {
			return refusal == null ? null : RefusedFile.decode(refusal).reasonKey();
		}

		public Object[] refusalArguments() {
			return refusal == null ? new Object[0] : RefusedFile.decode(refusal).arguments();
		}

		/** Rejected lines counted but not stored, beyond the bound of those kept. */
		public long rejectedNotKept() {
			return Math.max(0, rejected - rejectedKept);
		}

		public int percent() {
			if (status == Status.DONE) {
				return 100;
			}
			return bytesTotal == 0 ? 0 : (int) Math.min(99, bytesRead * 100 / bytesTotal);
		}

		public boolean finished() {
			return status == Status.DONE || status == Status.FAILED;
		}

		/**
		 * How long the import has run (or ran, once finished); null before it started.
		 */
		public Duration elapsed() {
			return elapsed(Instant.now());
		}

		Duration elapsed(Instant now) {
			if (startedAt == null) {
				return null;
			}
			Instant end = finishedAt != null && finished() ? finishedAt : now;
			return end.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, end);
		}

		/**
		 * The time left while running, told from the share of the file applied so far at
		 * the pace so far; null when that cannot be told yet (nothing applied) or the
		 * import is not running.
		 */
		public Duration remaining() {
			return remaining(Instant.now());
		}

		Duration remaining(Instant now) {
			Duration elapsed = elapsed(now);
			if (status != Status.RUNNING || elapsed == null || bytesRead <= 0 || bytesTotal <= 0
					|| bytesRead >= bytesTotal) {
				return null;
			}
			return Duration.ofMillis((long) ((double) elapsed.toMillis() * (bytesTotal - bytesRead) / bytesRead));
		}

	}

	public record Rejection(long lineNumber, String reason, String detail, String line) {
	}

	private static final String SELECT = """
			SELECT j.*, coalesce(h.total, 0) AS total, coalesce(h.created, 0) AS created,
			       coalesce(h.updated, 0) AS updated, coalesce(h.closed, 0) AS closed,
			       coalesce(h.unchanged, 0) AS unchanged, coalesce(h.skipped, 0) AS skipped,
			       (SELECT count(*) FROM registry_import_rejection r WHERE r.import_id = j.id) AS rejected_kept
			  FROM registry_import j
			  LEFT JOIN (SELECT import_id, sum(total) total, sum(created) created, sum(updated) updated,
			                    sum(closed) closed, sum(unchanged) unchanged, sum(skipped) skipped
			               FROM registry_import_hub GROUP BY import_id) h ON h.import_id = j.id""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ImportJobs(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Transactional
	long create(Long hubId, String fileName, Kind kind, LocalDate fileDate, RegistryFileReader.Encoding encoding,
			String storedPath, long bytes, Long userId, String email, String warning) {
		return jdbc.sql("""
				INSERT INTO registry_import (hub_id, file_name, file_kind, file_date, encoding, stored_path, status,
				                             bytes_total, started_by, started_by_email, warning)
				VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?) RETURNING id""")
			.params(hubId, fileName, kind.name(), fileDate, encoding.name(), storedPath, bytes, userId, email, warning)
			.query(Long.class)
			.single();
	}

	/** A job as the given hub's user (or, with null, the system admin) may see it. */
	Job visible(Long hubId, long id) {
		return jdbc.sql(SELECT + " WHERE j.id = ? AND j.hub_id IS NOT DISTINCT FROM ?")
			.params(id, hubId)
			.query(ImportJobs::map)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("import", id));
	}

	List<Job> recent(Long hubId, int limit) {
		return jdbc.sql(SELECT + " WHERE j.hub_id IS NOT DISTINCT FROM ? ORDER BY j.id DESC LIMIT ?")
			.params(hubId, limit)
			.query(ImportJobs::map)
			.list();
	}

	/** For the runner, which works for whichever hub queued the job. */
	Job get(long id) {
		return jdbc.sql(SELECT + " WHERE j.id = ?").param(id).query(ImportJobs::map).single();
	}

	/**
	 * The last line each (hub, lane) has committed: everything of that lane up to it is
	 * applied and counted.
	 */
	Map<LaneKey, Long> committedLines(long importId) {
		return jdbc.sql("SELECT hub_id, lane, lines_committed FROM registry_import_hub WHERE import_id = ?")
			.param(importId)
			.query((rs, n) -> Map.entry(new LaneKey(rs.getLong(1), rs.getInt(2)), rs.getLong(3)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	record LaneKey(long hubId, int lane) {
	}

	/**
	 * Called inside the batch's transaction, so the counts and the applied rows commit
	 * together.
	 */
	void addProgress(long importId, long hubId, int lane, long linesCommitted, RegistryBatchWriter.Counts c) {
		jdbc.sql("""
				INSERT INTO registry_import_hub (import_id, hub_id, lane, lines_committed, total, created, updated,
				                                 closed, unchanged, skipped)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (import_id, hub_id, lane) DO UPDATE SET lines_committed = EXCLUDED.lines_committed,
				    total = registry_import_hub.total + EXCLUDED.total,
				    created = registry_import_hub.created + EXCLUDED.created,
				    updated = registry_import_hub.updated + EXCLUDED.updated,
				    closed = registry_import_hub.closed + EXCLUDED.closed,
				    unchanged = registry_import_hub.unchanged + EXCLUDED.unchanged,
				    skipped = registry_import_hub.skipped + EXCLUDED.skipped""")
			.params(importId, hubId, lane, linesCommitted, c.total(), c.created(), c.updated(), c.closed(),
					c.unchanged(), c.skipped())
			.update();
	}

	/**
	 * One batched statement for all the rejected lines of a batch; a line already
	 * recorded is left as it is.
	 */
	@Transactional
	void reject(long importId, List<Rejection> rejections) {
		template.batchUpdate("""
				INSERT INTO registry_import_rejection (import_id, line_number, reason, detail, line)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", rejections, 1000, (ps, r) -> {
			ps.setLong(1, importId);
			ps.setLong(2, r.lineNumber());
			ps.setString(3, r.reason());
			ps.setString(4, truncate(r.detail(), 200));
			ps.setString(5, truncate(r.line(), 4000));
		});
	}

	List<Rejection> rejections(long importId) {
		return jdbc.sql("""
				SELECT line_number, reason, detail, line FROM registry_import_rejection
				 WHERE import_id = ? ORDER BY line_number""")
			.param(importId)
			.query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * Claims a job for this process: queued, failed, or running without a sign of life
	 * for two minutes (its process died). Atomic, so that of several app nodes exactly
	 * one runs it.
	 */
	@Transactional
	boolean claim(long id) {
		return jdbc.sql("""
				UPDATE registry_import SET status = 'RUNNING', started_at = coalesce(started_at, now()),
				       heartbeat_at = now(), error = NULL, finished_at = NULL
				 WHERE id = ? AND (status = 'QUEUED' OR (status = 'FAILED' AND refusal IS NULL)
				                   OR (status = 'RUNNING' AND heartbeat_at < now() - interval '2 minutes'))""")
			.param(id)
			.update() == 1;
	}

	/** Queued jobs, and running ones whose process stopped beating. */
	List<Long> claimable() {
		return jdbc.sql("""
				SELECT id FROM registry_import
				 WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - interval '2 minutes')
				 ORDER BY id""").query(Long.class).list();
	}

	@Transactional
	/** The first load's rows are being published; the job is alive. */
	void publishing(long id) {
		jdbc.sql("UPDATE registry_import SET publishing_since = coalesce(publishing_since, now()), heartbeat_at = now()"
				+ " WHERE id = ?")
			.param(id)
			.update();
	}

	/** The job is alive though it reads no line (a long statement runs on its behalf). */
	void heartbeat(long id) {
		jdbc.sql("UPDATE registry_import SET heartbeat_at = now() WHERE id = ?").param(id).update();
	}

	void progress(long id, long bytesRead, long linesRead) {
		jdbc.sql(
				"""
						UPDATE registry_import SET bytes_read = greatest(bytes_read, ?), lines_read = greatest(lines_read, ?), heartbeat_at = now(),
						       rejected = greatest(rejected, (SELECT count(*) FROM registry_import_rejection WHERE import_id = ?))
						 WHERE id = ?""")
			.params(bytesRead, linesRead, id, id)
			.update();
	}

	/** Every rejected line counted so far, stored or not. */
	@Transactional
	void rejectedSoFar(long id, long rejected) {
		jdbc.sql("UPDATE registry_import SET rejected = greatest(rejected, ?), heartbeat_at = now() WHERE id = ?")
			.params(rejected, id)
			.update();
	}

	@Transactional
	void refused(long id, RefusedFile refusal) {
		jdbc.sql("UPDATE registry_import SET refusal = ? WHERE id = ?")
			.params(truncate(refusal.encoded(), 300), id)
			.update();
		finished(id, Status.FAILED, refusal.getMessage());
	}

	@Transactional
	void finished(long id, Status status, String error) {
		jdbc.sql(
				"""
						UPDATE registry_import SET status = ?, error = ?, finished_at = now(),
						       bytes_read = CASE WHEN ? = 'DONE' THEN bytes_total ELSE bytes_read END,
						       rejected = greatest(rejected, (SELECT count(*) FROM registry_import_rejection WHERE import_id = ?))
						 WHERE id = ?""")
			.params(status.name(), truncate(error, 1000), status.name(), id, id)
			.update();
	}

	Optional<LocalDate> lastDiffDate(long hubKey) {
		return jdbc.sql("SELECT max(file_date) FROM registry_diff_applied WHERE hub_key = ?")
			.param(hubKey)
			.query(LocalDate.class)
			.optional();
	}

	boolean diffApplied(long hubKey, LocalDate date) {
		return jdbc.sql("SELECT count(*) FROM registry_diff_applied WHERE hub_key = ? AND file_date = ?")
			.params(hubKey, date)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether a change file of this date is already queued or running for the hub. */
	boolean diffPending(Long hubId, LocalDate date) {
		return jdbc.sql("""
				SELECT count(*) FROM registry_import
				 WHERE hub_id IS NOT DISTINCT FROM ? AND file_kind = 'DIFF' AND file_date = ?
				   AND status IN ('QUEUED', 'RUNNING')""").params(hubId, date).query(Long.class).single() > 0;
	}

	@Transactional
	void diffDone(long hubKey, LocalDate date, long importId) {
		jdbc.sql("INSERT INTO registry_diff_applied (hub_key, file_date, import_id) VALUES (?, ?, ?) "
				+ "ON CONFLICT DO NOTHING")
			.params(hubKey, date, importId)
			.update();
	}

	List<LocalDate> appliedDiffDates(long hubKey, int limit) {
		return jdbc.sql("SELECT file_date FROM registry_diff_applied WHERE hub_key = ? ORDER BY file_date DESC LIMIT ?")
			.params(hubKey, limit)
			.query(LocalDate.class)
			.list();
	}

	private static Job map(ResultSet rs, int n) throws SQLException {
		return new Job(rs.getLong("id"), (Long) rs.getObject("hub_id"), rs.getString("file_name"),
				Kind.valueOf(rs.getString("file_kind")), rs.getObject("file_date", LocalDate.class),
				RegistryFileReader.Encoding.valueOf(rs.getString("encoding")), rs.getString("stored_path"),
				Status.valueOf(rs.getString("status")), rs.getLong("bytes_total"), rs.getLong("bytes_read"),
				rs.getLong("lines_read"), rs.getLong("rejected"), rs.getString("warning"), rs.getString("error"),
				rs.getString("started_by_email"), instant(rs, "created_at"), instant(rs, "started_at"),
				instant(rs, "finished_at"), rs.getLong("total"), rs.getLong("created"), rs.getLong("updated"),
				rs.getLong("closed"), rs.getLong("unchanged"), rs.getLong("skipped"), rs.getLong("rejected_kept"),
				rs.getString("refusal"), instant(rs, "publishing_since"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
