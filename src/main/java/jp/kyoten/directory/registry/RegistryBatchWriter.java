package jp.kyoten.directory.registry;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies one batch of registry rows to the hub in scope, inside the caller's
 * transaction: COPY into a temporary staging table, then a few set-based statements.
 * Row-level security confines every statement to the hub. Fields that staff edited by
 * hand (company.manually_edited_fields) are never overwritten, and a row whose registry
 * hash is unchanged is left alone, which makes importing the same file twice a no-op.
 */
@Component
class RegistryBatchWriter {

	record Counts(long total, long created, long updated, long closed, long unchanged, long skipped) {
	}

	private static final String STAGE = """
			CREATE TEMP TABLE IF NOT EXISTS registry_stage (
			    ord bigint, last_in_batch boolean, corporate_number varchar(13), process char(2), correction boolean,
			    update_date date, change_date date, name text, name_kana text, legal_form text, postal_code text,
			    prefecture_code text, municipality_code text, address text, closed boolean, closed_on date,
			    closed_reason text, close_date date, close_cause text, successor text, change_cause text,
			    name_key text, search_text text, search_grams int4[], hash char(32), relevant boolean
			) ON COMMIT DELETE ROWS""";

	/**
	 * New companies from staged registry rows named {@code s} (the batch's, or a first
	 * load's, {@link FirstLoad}): the one place the registry's columns meet the company
	 * table's. The caller adds its WHERE, ORDER BY and {@link #NEW_ONLY}.
	 */
	static String insertCompanies(String source) {
		return """
				INSERT INTO company (hub_id, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code,
				                     municipality_code, address, closed, closed_on, closed_reason,
				                     successor_corporate_number, name_key, search_text, search_grams, registry_hash,
				                     registry_updated_on, created_by, updated_by)
				SELECT kyoten_current_hub(), s.corporate_number, s.name, s.name_kana, s.legal_form, s.postal_code,
				       s.prefecture_code, s.municipality_code, s.address, s.closed, s.closed_on, s.closed_reason,
				       nullif(s.successor, ''), s.name_key, s.search_text, s.search_grams, s.hash, s.update_date,
				       'registry', 'registry'
				  FROM"""
				+ " " + source;
	}

	/** A company the hub already has keeps its row (the update pass handles it). */
	static final String NEW_ONLY = " ON CONFLICT (hub_id, corporate_number)"
			+ " WHERE corporate_number IS NOT NULL AND merged_into_id IS NULL DO NOTHING";

	/**
	 * Columns a manual edit protects from the registry (company.manually_edited_fields
	 * names columns).
	 */
	private static final List<String> EDITABLE = List.of("name", "name_kana", "legal_form", "postal_code",
			"prefecture_code", "municipality_code", "address", "closed", "closed_on");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	RegistryBatchWriter(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	Counts apply(List<StagedRow> rows, String hubPrefecture, boolean diff, long importId) {
		jdbc.sql(STAGE).update();
		boolean allInPrefecture = copy(rows, hubPrefecture);
		return applyStaged(rows, allInPrefecture, diff, importId);
	}

	/**
	 * Stages one batch of a hub's first load ({@link FirstLoad}): the rows in the hub's
	 * prefecture go to {@code registry_first_load}, none to the company table yet. The
	 * hub has no company, so each is counted as created.
	 */
	Counts stageFirstLoad(List<StagedRow> rows, String hubPrefecture, long importId) {
		jdbc.sql(STAGE).update();
		copy(rows, hubPrefecture);
		long lastRows = rows.stream().map(StagedRow::corporateNumber).distinct().count();
		long staged = jdbc
			.sql("""
					INSERT INTO registry_first_load (import_id, hub_id, corporate_number, name, name_kana, legal_form,
					    postal_code, prefecture_code, municipality_code, address, closed, closed_on, closed_reason, successor,
					    name_key, search_text, search_grams, hash, update_date)
					SELECT ?, kyoten_current_hub(), s.corporate_number, s.name, s.name_kana, s.legal_form, s.postal_code,
					       s.prefecture_code, s.municipality_code, s.address, s.closed, s.closed_on, s.closed_reason,
					       s.successor, s.name_key, s.search_text, s.search_grams, s.hash, s.update_date
					  FROM registry_stage s
					 WHERE s.last_in_batch AND s.relevant
					 ORDER BY s.ord""")
			.param(importId)
			.update();
		return new Counts(lastRows, staged, 0, 0, 0, lastRows - staged);
	}

	private Counts applyStaged(List<StagedRow> rows, boolean allInPrefecture, boolean diff, long importId) {
		// Every statement below is driven by the few thousand staged rows, each probing
		// the company table by its
		// index (LATERAL, ON CONFLICT): the company table may hold millions of rows and
		// grows during an import faster
		// than its statistics follow, so nothing here may leave the join order to the
		// planner.
		// joins below are nested loops by construction; the planner must not swap in a
		// scan of the whole table
		jdbc.sql("SET LOCAL enable_hashjoin = off").update();
		jdbc.sql("SET LOCAL enable_mergejoin = off").update();
		if (!allInPrefecture) {
			// a company of this hub that moved to another prefecture is still this hub's
			// to update
			jdbc.sql("""
					UPDATE registry_stage s SET relevant = true
					 WHERE NOT s.relevant AND EXISTS (SELECT 1 FROM company c
					        WHERE c.corporate_number = s.corporate_number AND c.merged_into_id IS NULL)""").update();
		}
		long lastRows = rows.stream().map(StagedRow::corporateNumber).distinct().count();
		long relevant = allInPrefecture ? lastRows
				: jdbc.sql("SELECT count(*) FROM registry_stage WHERE last_in_batch AND relevant")
					.query(Long.class)
					.single();
		long created = jdbc
			.sql(insertCompanies("registry_stage s") + " WHERE s.last_in_batch AND s.relevant" + NEW_ONLY)
			.update();
		Map<String, Long> changed = new HashMap<>();
		// when every row was new there is nothing to compare: a hub's first load skips
		// the second pass entirely
		if (created < relevant) {
			var update = jdbc.sql(updateSql(diff));
			if (!diff) {
				update = update.param(importId);
			}
			update.query(rs -> {
				changed.put(rs.getString(1), rs.getLong(2));
			});
		}
		long closed = changed.getOrDefault("closed", 0L);
		long updated = changed.getOrDefault("updated", 0L);
		if (diff) {
			insertEvents(importId, "s.relevant");
		}
		return new Counts(lastRows, created, updated, closed, relevant - created - updated - closed,
				lastRows - relevant);
	}

	/**
	 * Updates companies whose registry data changed, counting closures apart; a full file
	 * records an event for each company it changed, in the same statement. The changed
	 * rows are found once, by index probes from the staged rows, and carry the staged
	 * values with them, so that the update and the events join nothing else.
	 */
	private static String updateSql(boolean diff) {
		StringBuilder set = new StringBuilder();
		EDITABLE.forEach(column -> set.append(column)
			.append(" = CASE WHEN '")
			.append(column)
			.append("' = ANY(c.manually_edited_fields) THEN c.")
			.append(column)
			.append(" ELSE b.")
			.append(column)
			.append(" END, "));
		String events = diff ? ""
				: """
						, ev AS (
						    INSERT INTO company_registry_event (hub_id, company_id, corporate_number, process, correction,
						        update_date, change_date, name, address, municipality_code, close_date, close_cause,
						        successor_corporate_number, change_cause, import_id)
						    SELECT kyoten_current_hub(), b.id, b.corporate_number, b.process, b.correction, b.update_date,
						           b.change_date, b.name, b.address, b.municipality_code, b.close_date, nullif(b.close_cause, ''),
						           nullif(b.successor, ''), nullif(b.change_cause, ''), ?
						      FROM before b
						    ON CONFLICT DO NOTHING)""";
		return """
				WITH before AS MATERIALIZED (
				    SELECT c.id, c.was_closed, s.*
				      FROM registry_stage s
				      CROSS JOIN LATERAL (SELECT c.id, c.closed AS was_closed, c.registry_hash FROM company c
				                           WHERE c.corporate_number = s.corporate_number AND c.merged_into_id IS NULL
				                           OFFSET 0) c
				     WHERE s.last_in_batch AND s.relevant AND c.registry_hash IS DISTINCT FROM s.hash),
				upd AS (
				    UPDATE company c SET %s
				           name_key = CASE WHEN 'name' = ANY(c.manually_edited_fields) THEN c.name_key ELSE b.name_key END,
				           search_text = CASE WHEN 'name' = ANY(c.manually_edited_fields)
				                                OR 'name_kana' = ANY(c.manually_edited_fields)
				                              THEN c.search_text ELSE b.search_text END,
				           search_grams = CASE WHEN 'name' = ANY(c.manually_edited_fields)
				                                 OR 'name_kana' = ANY(c.manually_edited_fields)
				                               THEN c.search_grams ELSE b.search_grams END,
				           closed_reason = b.closed_reason,
				           successor_corporate_number = nullif(b.successor, ''), registry_hash = b.hash,
				           registry_updated_on = b.update_date, updated_at = now(), updated_by = 'registry',
				           version = c.version + 1
				      FROM before b
				     WHERE c.id = b.id
				    RETURNING c.id, c.closed)%s
				SELECT CASE WHEN u.closed AND NOT b.was_closed THEN 'closed' ELSE 'updated' END, count(*)
				  FROM upd u JOIN before b ON b.id = u.id
				 GROUP BY 1"""
			.formatted(set, events);
	}

	private void insertEvents(long importId, String condition) {
		jdbc.sql("""
				INSERT INTO company_registry_event (hub_id, company_id, corporate_number, process, correction,
				    update_date, change_date, name, address, municipality_code, close_date, close_cause,
				    successor_corporate_number, change_cause, import_id)
				SELECT kyoten_current_hub(), c.id, s.corporate_number, s.process, s.correction, s.update_date,
				       s.change_date, s.name, s.address, s.municipality_code, s.close_date, nullif(s.close_cause, ''),
				       nullif(s.successor, ''), nullif(s.change_cause, ''), ?
				  FROM registry_stage s
				  CROSS JOIN LATERAL (SELECT c.id FROM company c
				                       WHERE c.corporate_number = s.corporate_number AND c.merged_into_id IS NULL
				                       OFFSET 0) c
				 WHERE %s
				 ORDER BY s.ord
				ON CONFLICT DO NOTHING""".formatted(condition)).param(importId).update();
	}

	/**
	 * Copies the rows into the staging table; answers whether all of them lie in the
	 * hub's prefecture.
	 */
	private boolean copy(List<StagedRow> rows, String hubPrefecture) {
		boolean allInPrefecture = true;
		Map<String, Integer> lastIndex = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			lastIndex.put(rows.get(i).corporateNumber(), i);
		}
		int length = 0;
		for (StagedRow row : rows) {
			length += row.copyFields().length() + 16;
		}
		StringBuilder sb = new StringBuilder(length);
		for (int i = 0; i < rows.size(); i++) {
			StagedRow row = rows.get(i);
			sb.append(i).append('\t');
			sb.append(lastIndex.get(row.corporateNumber()) == i ? 't' : 'f').append('\t');
			sb.append(row.copyFields());
			boolean inPrefecture = hubPrefecture.equals(row.prefectureCode());
			allInPrefecture &= inPrefecture;
			sb.append(inPrefecture ? "t\n" : "f\n");
		}
		template.execute((ConnectionCallback<Long>) con -> {
			try {
				return con.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY registry_stage FROM STDIN", new StringReader(sb.toString()));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		return allInPrefecture;
	}

}
