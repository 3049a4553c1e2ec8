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
 * The hub's spreadsheet imports, their saved mappings, what each wrote and what it rejected. Row-level security keeps
 * every statement to the hub in scope.
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
			String error, String startedByEmail, Instant createdAt, Instant finishedAt, Instant undoneAt) {

		public int percent() {
			if (status == Status.DONE || status == Status.UNDONE) {
				return 100;
			}
			return rowsTotal == 0 ? 0 : Math.min(99, rowsDone * 100 / rowsTotal);
		}

		public boolean finished() {
			return status == Status.DONE || status == Status.FAILED || status == Status.UNDONE;
		}

		public boolean undoable() {
			return status == Status.DONE;
		}

		public String kindKey() {
			return mapping == null ? "moving.kind.unknown" : "moving.kind." + mapping.kind();
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
		return jdbc.sql("SELECT * FROM spreadsheet_import ORDER BY id DESC LIMIT ?").param(limit).query(this::map).list();
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
		StringBuilder text = new StringBuilder();
		choices.forEach((row, company) -> text.append(row).append('=').append(company).append('\n'));
		return jdbc.sql("""
				UPDATE spreadsheet_import SET status = 'QUEUED', choices = ?, rows_total = ?
				 WHERE id = ? AND status = 'UPLOADED'""")
			.params(text.toString(), rowsTotal, id)
			.update() == 1;
	}

	@Transactional
	void started(long id) {
		jdbc.sql("UPDATE spreadsheet_import SET status = 'RUNNING', started_at = now() WHERE id = ?").param(id).update();
	}

	@Transactional
	void progress(long id, int rowsDone, int created, int matched, int updated, int consultations, int rejected) {
		jdbc.sql("""
				UPDATE spreadsheet_import SET rows_done = ?, created_count = ?, matched_count = ?, updated_count = ?,
				       consultations_count = ?, rejected_count = ? WHERE id = ?""")
			.params(rowsDone, created, matched, updated, consultations, rejected, id)
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
		return jdbc.sql("SELECT row_number, cells, reason FROM spreadsheet_import_rejection WHERE import_id = ? "
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
				instant(rs, "undone_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}

}
