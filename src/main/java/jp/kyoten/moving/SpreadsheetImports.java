package jp.kyoten.moving;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's spreadsheet imports, their saved mappings, what each wrote and what it
 * rejected. Row-level security keeps every statement to the hub in scope.
 */
@Component
public class SpreadsheetImports {

	public enum Status {

		UPLOADED, QUEUED, RUNNING, DONE, FAILED, UNDONE

	}

	/** One import, as the pages and the API show it. */
	public record Job(long id, String fileName, SpreadsheetReader.Format format, SpreadsheetReader.Encoding encoding,
			String storedPath, ColumnMapping mapping, String mappingName, Map<Integer, Long> choices, Status status,
			int rowsTotal, int rowsDone, int created, int matched, int updated, int consultations, int rejected,
			String error, String startedByEmail, Instant createdAt, Instant finishedAt, Instant undoneAt,
			Long startedByUserId, Instant heartbeatAt, int resumedCount, int needs, int placements, int participants) {

		/**
		 * Stopped before its end: failed, or running (or queued) without a sign of life
		 * for {@link #STALE} — its node was restarted. It can be resumed after its last
		 * committed batch.
		 */
		public boolean interrupted() {
			return status == Status.FAILED || ((status == Status.RUNNING || status == Status.QUEUED)
					&& (heartbeatAt == null || heartbeatAt.isBefore(Instant.now().minus(STALE))));
		}

		public int percent() {
			if (status == Status.DONE || status == Status.UNDONE) {
				return 100;
			}
			return rowsTotal == 0 ? 0 : Math.min(99, rowsDone * 100 / rowsTotal);
		}

		public boolean finished() {
			return status == Status.DONE || status == Status.FAILED || status == Status.UNDONE || interrupted();
		}

		public boolean undoable() {
			return status == Status.DONE;
		}

		public String kindKey() {
			return mapping == null ? "moving.kind.unknown" : "moving.kind." + mapping.kind();
		}

	}

	/**
	 * How long a running job may go without a sign of life before it counts as
	 * interrupted.
	 */
	static final java.time.Duration STALE = java.time.Duration.ofMinutes(2);

	/** Who may claim a job to run it. */
	enum Claim {

		/** the queued job just started */
		START("status = 'QUEUED'"),
		/** a job its node left queued or running (no sign of life), found by the poll */
		ABANDONED(
				"status IN ('QUEUED', 'RUNNING') AND (heartbeat_at IS NULL OR heartbeat_at < now() - interval '2 minutes')"),
		/** the person's resume: a failed job too */
		RESUME("(status = 'FAILED' OR (status IN ('QUEUED', 'RUNNING') AND (heartbeat_at IS NULL OR heartbeat_at < now() - interval '2 minutes')))");

		final String condition;

		Claim(String condition) {
			this.condition = condition;
		}

	}

	/** A row the import did not write, with its cells and reason. */
	public record Rejection(int rowNumber, List<String> cells, String reason) {
	}

	/** What an import wrote, to undo. */
	record Written(long id, int rowNumber, String entity, long entityId, String action, String before,
			Long versionAfter) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SpreadsheetImports(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional
	long create(String fileName, SpreadsheetReader.Format format, SpreadsheetReader.Encoding encoding,
			String storedPath, String email) {
		return jdbc.sql("""
				INSERT INTO spreadsheet_import (hub_id, file_name, file_format, encoding, stored_path, status,
				                                started_by_email)
				VALUES (?, ?, ?, ?, ?, 'UPLOADED', ?) RETURNING id""")
			.params(HubScope.require(), fileName, format.name(), encoding.name(), storedPath, email)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	Job get(long id) {
		return jdbc.sql("SELECT * FROM spreadsheet_import WHERE id = ?")
			.param(id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("spreadsheetImport", id));
	}

	@Transactional(readOnly = true)
	List<Job> recent(int limit) {
		return jdbc.sql("SELECT * FROM spreadsheet_import ORDER BY id DESC LIMIT ?")
			.param(limit)
			.query(this::map)
			.list();
	}

	@Transactional
	void setEncoding(long id, SpreadsheetReader.Encoding encoding) {
		jdbc.sql("UPDATE spreadsheet_import SET encoding = ? WHERE id = ? AND status = 'UPLOADED'")
			.params(encoding.name(), id)
			.update();
	}

	@Transactional
	void setMapping(long id, ColumnMapping mapping, String mappingName) {
		jdbc.sql("UPDATE spreadsheet_import SET mapping = ?, mapping_name = ? WHERE id = ? AND status = 'UPLOADED'")
			.params(json.writeValueAsString(mapping), mappingName, id)
			.update();
	}

	/** Queues the import with the person's choices; false when it was queued already. */
	@Transactional
	boolean queue(long id, Map<Integer, Long> choices, int rowsTotal) {
		return queue(id, choices, rowsTotal, null);
	}

	/**
	 * Queues the import with the person's choices, for the person who starts it; false
	 * when queued already.
	 */
	@Transactional
	boolean queue(long id, Map<Integer, Long> choices, int rowsTotal, Long userId) {
		StringBuilder text = new StringBuilder();
		choices.forEach((row, company) -> text.append(row).append('=').append(company).append('\n'));
		return jdbc.sql("""
				UPDATE spreadsheet_import SET status = 'QUEUED', choices = ?, rows_total = ?, heartbeat_at = now(),
				       started_by_user_id = coalesce(?, started_by_user_id)
				 WHERE id = ? AND status = 'UPLOADED'""").params(text.toString(), rowsTotal, userId, id).update() == 1;
	}

	/**
	 * Claims the job for this thread: atomic, so that of several nodes (and the poll
	 * beside the person's button) exactly one runs it. A job that ran before resumes: its
	 * count of resumes goes up.
	 */
	@Transactional
	boolean claim(long id, Claim claim) {
		return jdbc
			.sql("""
					UPDATE spreadsheet_import SET resumed_count = resumed_count + CASE WHEN started_at IS NULL THEN 0 ELSE 1 END,
					       status = 'RUNNING', started_at = coalesce(started_at, now()), heartbeat_at = now(), error = NULL,
					       finished_at = NULL
					 WHERE id = ?"""
					+ " AND " + claim.condition)
			.param(id)
			.update() == 1;
	}

	/** The hub's jobs that a stopped node left queued or running. */
	@Transactional(readOnly = true)
	List<Long> abandoned() {
		return jdbc.sql("SELECT id FROM spreadsheet_import WHERE " + Claim.ABANDONED.condition + " ORDER BY id")
			.query(Long.class)
			.list();
	}

	/**
	 * How far the job got, written in the transaction of the batch it counts, so that a
	 * resumed job goes on after the last committed row; also its sign of life. Only from
	 * the row count the batch started at: false when another runner moved the job on
	 * meanwhile (it was taken over), and the batch must then roll back.
	 */
	boolean progress(long id, int rowsBefore, int rowsDone, int created, int matched, int updated, int consultations,
			int needs, int placements, int participants, int rejected) {
		return jdbc.sql("""
				UPDATE spreadsheet_import SET rows_done = ?, created_count = ?, matched_count = ?, updated_count = ?,
				       consultations_count = ?, needs_count = ?, placements_count = ?, participants_count = ?,
				       rejected_count = ?, heartbeat_at = now()
				 WHERE id = ? AND rows_done = ? AND status = 'RUNNING'""")
			.params(rowsDone, created, matched, updated, consultations, needs, placements, participants, rejected, id,
					rowsBefore)
			.update() == 1;
	}

	/**
	 * The companies the job's file's companies became so far, by their key in the file.
	 */
	@Transactional(readOnly = true)
	Map<String, Long> companies(long importId) {
		Map<String, Long> m = new java.util.HashMap<>();
		jdbc.sql("SELECT company_key, company_id FROM spreadsheet_import_company WHERE import_id = ?")
			.param(importId)
			.query((rs, n) -> m.put(rs.getString(1), rs.getLong(2)))
			.list();
		return m;
	}

	void companiesDecided(long importId, Map<String, Long> decided) {
		if (decided.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO spreadsheet_import_company (import_id, hub_id, company_key, company_id)
				SELECT ?, ?, k, c FROM unnest(?::text[], ?::bigint[]) AS t(k, c)""")
			.params(importId, HubScope.require(), decided.keySet().toArray(String[]::new),
					decided.values().toArray(Long[]::new))
			.update();
	}

	/** A write to keep for undo, as {@link #wrote} keeps one. */
	record Write(int rowNumber, String entity, long entityId, String action, Object before, Long versionAfter) {
	}

	/**
	 * Writes to keep for undo, in one statement and in their order (undo takes the last
	 * first).
	 */
	void wroteAll(long importId, List<Write> writes) {
		if (writes.isEmpty()) {
			return;
		}
		int n = writes.size();
		Integer[] row = new Integer[n];
		String[] entity = new String[n], action = new String[n], before = new String[n];
		Long[] entityId = new Long[n], version = new Long[n];
		for (int i = 0; i < n; i++) {
			Write w = writes.get(i);
			row[i] = w.rowNumber();
			entity[i] = w.entity();
			entityId[i] = w.entityId();
			action[i] = w.action();
			before[i] = w.before() == null ? null : json.writeValueAsString(w.before());
			version[i] = w.versionAfter();
		}
		jdbc.sql("""
				INSERT INTO spreadsheet_import_record (import_id, hub_id, row_number, entity, entity_id, action, before,
				                                       version_after)
				SELECT ?, ?, r, e, i, a, b, v
				  FROM unnest(?::int[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::bigint[]) WITH ORDINALITY
				    AS t(r, e, i, a, b, v, ord)
				 ORDER BY ord""")
			.params(importId, HubScope.require(), row, entity, entityId, action, before, version)
			.update();
	}

	/** Rejected rows with their cells and reasons, in one statement. */
	void rejectAll(long importId, List<Rejection> rejections) {
		if (rejections.isEmpty()) {
			return;
		}
		List<Object> params = new ArrayList<>();
		long hubId = HubScope.require();
		for (Rejection r : rejections) {
			params.addAll(List.of(importId, hubId, r.rowNumber(), r.cells().toArray(String[]::new), r.reason()));
		}
		jdbc.sql("INSERT INTO spreadsheet_import_rejection (import_id, hub_id, row_number, cells, reason) VALUES "
				+ String.join(", ", java.util.Collections.nCopies(rejections.size(), "(?, ?, ?, ?, ?)"))
				+ " ON CONFLICT DO NOTHING")
			.params(params)
			.update();
	}

	@Transactional
	void finished(long id, String error) {
		jdbc.sql("UPDATE spreadsheet_import SET status = ?, error = ?, finished_at = now() WHERE id = ?")
			.params(error == null ? "DONE" : "FAILED", error, id)
			.update();
	}

	void undone(long id, String email) {
		jdbc.sql("UPDATE spreadsheet_import SET status = 'UNDONE', undone_at = now(), undone_by = ? WHERE id = ?")
			.params(email, id)
			.update();
	}

	void wrote(long importId, int rowNumber, String entity, long entityId, String action, Object before,
			Long versionAfter) {
		jdbc.sql("""
				INSERT INTO spreadsheet_import_record (import_id, hub_id, row_number, entity, entity_id, action, before,
				                                       version_after)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(importId, HubScope.require(), rowNumber, entity, entityId, action,
					before == null ? null : json.writeValueAsString(before), versionAfter)
			.update();
	}

	/** Newest first: undo takes back the last write first. */
	List<Written> written(long importId) {
		return jdbc.sql("""
				SELECT id, row_number, entity, entity_id, action, before, version_after
				  FROM spreadsheet_import_record WHERE import_id = ? ORDER BY id DESC""")
			.param(importId)
			.query((rs, n) -> new Written(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5),
					rs.getString(6), rs.getObject(7) == null ? null : rs.getLong(7)))
			.list();
	}

	<T> T read(String text, Class<T> type) {
		return json.readValue(text, type);
	}

	@Transactional
	void reject(long importId, int rowNumber, List<String> cells, String reason) {
		jdbc.sql("""
				INSERT INTO spreadsheet_import_rejection (import_id, hub_id, row_number, cells, reason)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(importId, HubScope.require(), rowNumber, cells.toArray(String[]::new), reason)
			.update();
	}

	@Transactional(readOnly = true)
	List<Rejection> rejections(long importId) {
		return jdbc
			.sql("SELECT row_number, cells, reason FROM spreadsheet_import_rejection WHERE import_id = ? "
					+ "ORDER BY row_number")
			.param(importId)
			.query((rs, n) -> new Rejection(rs.getInt(1), strings(rs.getArray(2)), rs.getString(3)))
			.list();
	}

	/** The hub's saved mappings by name. */
	@Transactional(readOnly = true)
	Map<String, ColumnMapping> mappings() {
		Map<String, ColumnMapping> m = new LinkedHashMap<>();
		jdbc.sql("SELECT name, body FROM spreadsheet_mapping ORDER BY name")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> m.put(e.getKey(), json.readValue(e.getValue(), ColumnMapping.class)));
		return m;
	}

	@Transactional
	void saveMapping(String name, ColumnMapping mapping, String email) {
		jdbc.sql("""
				INSERT INTO spreadsheet_mapping (hub_id, name, kind, body, updated_by) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (hub_id, name) DO UPDATE SET kind = EXCLUDED.kind, body = EXCLUDED.body,
				    updated_at = now(), updated_by = EXCLUDED.updated_by""")
			.params(HubScope.require(), name, mapping.kind().name(), json.writeValueAsString(mapping), email)
			.update();
	}

	private Job map(ResultSet rs, int n) throws SQLException {
		String mapping = rs.getString("mapping");
		Map<Integer, Long> choices = new LinkedHashMap<>();
		for (String line : rs.getString("choices").split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				choices.put(Integer.parseInt(line.substring(0, eq)), Long.parseLong(line.substring(eq + 1)));
			}
		}
		return new Job(rs.getLong("id"), rs.getString("file_name"),
				SpreadsheetReader.Format.valueOf(rs.getString("file_format")),
				SpreadsheetReader.Encoding.valueOf(rs.getString("encoding")), rs.getString("stored_path"),
				mapping == null ? null : json.readValue(mapping, ColumnMapping.class), rs.getString("mapping_name"),
				choices, Status.valueOf(rs.getString("status")), rs.getInt("rows_total"), rs.getInt("rows_done"),
				rs.getInt("created_count"), rs.getInt("matched_count"), rs.getInt("updated_count"),
				rs.getInt("consultations_count"), rs.getInt("rejected_count"), rs.getString("error"),
				rs.getString("started_by_email"), instant(rs, "created_at"), instant(rs, "finished_at"),
				instant(rs, "undone_at"), (Long) rs.getObject("started_by_user_id"), instant(rs, "heartbeat_at"),
				rs.getInt("resumed_count"), rs.getInt("needs_count"), rs.getInt("placements_count"),
				rs.getInt("participants_count"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}

}
