package jp.kyoten.portal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Reads and edits the hub's self-diagnosis sheet. A hub that has never used the sheet
 * gets a copy of the default sheet (seeded by the migration) the first time it is read,
 * under an advisory lock so that two first visitors copy it once.
 */
@Service
@Transactional
class DiagnosisSheets {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	DiagnosisSheets(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	DiagnosisSheet sheet() {
		ensureCopied();
		List<DiagnosisSheet.Band> bands = jdbc.sql("""
				SELECT id, code, label, min_employees, max_employees, sort_order FROM diagnosis_band
				 ORDER BY sort_order, id""")
			.query((rs, n) -> new DiagnosisSheet.Band(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					(Integer) rs.getObject(5), rs.getInt(6)))
			.list();
		List<DiagnosisSheet.Area> areas = jdbc.sql("""
				SELECT id, code, label, sort_order, advice_low, advice_mid, advice_high FROM diagnosis_area
				 ORDER BY sort_order, id""")
			.query((rs, n) -> new DiagnosisSheet.Area(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
		List<DiagnosisSheet.Question> questions = jdbc.sql("""
				SELECT id, area_id, text, weight, bands, sort_order, active FROM diagnosis_question
				 ORDER BY sort_order, id""")
			.query((rs, n) -> new DiagnosisSheet.Question(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getBigDecimal(4), strings(rs.getArray(5)), rs.getInt(6), rs.getBoolean(7)))
			.list();
		return new DiagnosisSheet(bands, areas, questions);
	}

	/** Copies the default sheet into the hub's tables unless the hub has a sheet. */
	void ensureCopied() {
		long hubId = HubScope.require();
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM diagnosis_band)").query(Boolean.class).single()) {
			return;
		}
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('diagnosis_sheet'), ?::int)")
			.param((int) hubId)
			.query()
			.listOfRows();
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM diagnosis_band)").query(Boolean.class).single()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO diagnosis_band (hub_id, code, label, min_employees, max_employees, sort_order)
				SELECT ?, code, label, min_employees, max_employees, sort_order FROM diagnosis_default_band""")
			.param(hubId)
			.update();
		jdbc.sql("""
				INSERT INTO diagnosis_area (hub_id, code, label, sort_order, advice_low, advice_mid, advice_high)
				SELECT ?, code, label, sort_order, advice_low, advice_mid, advice_high FROM diagnosis_default_area""")
			.param(hubId)
			.update();
		jdbc.sql("""
				INSERT INTO diagnosis_question (hub_id, area_id, text, weight, bands, sort_order)
				SELECT ?, a.id, q.text, q.weight, q.bands, q.sort_order
				  FROM diagnosis_default_question q JOIN diagnosis_area a ON a.code = q.area_code
				 ORDER BY q.id""").param(hubId).update();
	}

	void updateBand(long id, String label, int minEmployees, Integer maxEmployees) {
		if (maxEmployees != null && maxEmployees < minEmployees) {
			throw new BusinessRuleException("diagnosis.band.range");
		}
		found(jdbc.sql("UPDATE diagnosis_band SET label = ?, min_employees = ?, max_employees = ? WHERE id = ?")
			.params(label, minEmployees, maxEmployees, id)
			.update(), "diagnosis_band", id);
		audit.updated("diagnosis_band", id, label);
	}

	void updateArea(long id, String label, String adviceLow, String adviceMid, String adviceHigh) {
		found(jdbc.sql("""
				UPDATE diagnosis_area SET label = ?, advice_low = ?, advice_mid = ?, advice_high = ? WHERE id = ?""")
			.params(label, adviceLow, adviceMid, adviceHigh, id)
			.update(), "diagnosis_area", id);
		audit.updated("diagnosis_area", id, label);
	}

	/** A question's text, area, weight, bands, order and whether it is asked. */
	record QuestionData(long areaId, String text, BigDecimal weight, List<String> bands, int sortOrder,
			boolean active) {
	}

	long addQuestion(QuestionData q) {
		checkBands(q);
		long id = jdbc.sql("""
				INSERT INTO diagnosis_question (hub_id, area_id, text, weight, bands, sort_order, active)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), area(q.areaId()), q.text(), q.weight(), q.bands().toArray(String[]::new),
					q.sortOrder(), q.active())
			.query(Long.class)
			.single();
		audit.created("diagnosis_question", id, q.text());
		return id;
	}

	void updateQuestion(long id, QuestionData q) {
		checkBands(q);
		found(jdbc.sql("""
				UPDATE diagnosis_question SET area_id = ?, text = ?, weight = ?, bands = ?, sort_order = ?, active = ?
				 WHERE id = ?""")
			.params(area(q.areaId()), q.text(), q.weight(), q.bands().toArray(String[]::new), q.sortOrder(), q.active(),
					id)
			.update(), "diagnosis_question", id);
		audit.updated("diagnosis_question", id, q.text());
	}

	private long area(long areaId) {
		return jdbc.sql("SELECT id FROM diagnosis_area WHERE id = ?")
			.param(areaId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("diagnosis_area", areaId));
	}

	private void checkBands(QuestionData q) {
		List<String> codes = jdbc.sql("SELECT code FROM diagnosis_band").query(String.class).list();
		if (q.bands().isEmpty() || !codes.containsAll(q.bands())) {
			throw new BusinessRuleException("diagnosis.question.bands");
		}
	}

	private static void found(int updated, String type, long id) {
		if (updated == 0) {
			throw new RecordNotFoundException(type, id);
		}
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

}
