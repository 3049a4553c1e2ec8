package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;

/**
 * Activity's API for a hub bringing its consultation log in (moving in): a 継続相談 of the log continues the company's
 * latest consultation up to its date (so that KPI 1 counts it once, as it does for one typed in), and an imported
 * consultation can be taken back while nobody has changed it and nothing refers to it.
 */
@Service
@Transactional
public class ImportedConsultations {

	private final RecordConsultation record;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ImportedConsultations(RecordConsultation record, JdbcClient jdbc, AuditTrail audit) {
		this.record = record;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Records it as typed in would be ({@link RecordConsultation#record}), answering its id. */
	public long record(NewConsultation consultation) {
		return record.record(consultation);
	}

	/** The company's latest consultation dated on or before the day: what a 継続相談 of that day continues. */
	@Transactional(readOnly = true)
	public Optional<Long> latestOf(long companyId, LocalDate onOrBefore) {
		return jdbc.sql("""
				SELECT id FROM consultation WHERE company_id = ? AND consulted_on <= ?
				 ORDER BY consulted_on DESC, id DESC LIMIT 1""")
			.params(companyId, onOrBefore)
			.query(Long.class)
			.optional();
	}

	/** Whether the consultation is as recorded (version 0): nobody revised it since. */
	@Transactional(readOnly = true)
	public boolean untouched(long id) {
		return jdbc.sql("SELECT version = 0 FROM consultation WHERE id = ?")
			.param(id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Deletes an imported consultation nobody revised and nothing refers to; answers false when it was revised.
	 * @throws DataIntegrityViolationException when something refers to it (a follow-up, a need, a referral)
	 */
	public boolean withdraw(long id) {
		// a reference from elsewhere fails the statement (and the caller's transaction): the undo is then refused whole
		int deleted = jdbc.sql("DELETE FROM consultation WHERE id = ? AND version = 0").param(id).update();
		if (deleted == 1) {
			audit.deleted("consultation", id, "取込の取消");
		}
		return deleted == 1;
	}

}
