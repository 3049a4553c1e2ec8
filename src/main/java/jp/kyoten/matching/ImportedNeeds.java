package jp.kyoten.matching;

import java.time.LocalDate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;

/**
 * Matching's API for a hub bringing its list of talent needs in (moving in): a need is
 * registered from the consultation it was born of, as staff register one for a day past
 * ({@link RegisterNeed#register(long, NeedDetails, LocalDate)}: learned that day, so that
 * the funnel's 求人ニーズ counts it in that fiscal year), and taken back while nobody changed
 * it since and nothing refers to it (no selection sheet, no hand-off).
 */
@Service
@Transactional
public class ImportedNeeds {

	/**
	 * A need registered: its id and the version it was left at, to tell a later change on
	 * undo.
	 */
	public record Registered(long id, long version) {
	}

	private final RegisterNeed register;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ImportedNeeds(RegisterNeed register, JdbcClient jdbc, AuditTrail audit) {
		this.register = register;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Registers the need from the consultation, learned on the day given (or today).
	 * @throws jp.kyoten.platform.BusinessRuleException when the day is before the
	 * consultation's, or the need lacks its title, job category or employment form
	 */
	public Registered register(long consultationId, NeedDetails details, LocalDate learnedOn) {
		long id = register.register(consultationId, details, learnedOn);
		long version = jdbc.sql("SELECT version FROM talent_need WHERE id = ?").param(id).query(Long.class).single();
		return new Registered(id, version);
	}

	/**
	 * {@link #withdraw} for many needs in three statements.
	 * @return empty when all were deleted; else the first one changed since or gone
	 * (nothing deleted)
	 * @throws DataIntegrityViolationException when something refers to one (a selection
	 * sheet, a hand-off)
	 */
	public java.util.Optional<Long> withdrawAll(java.util.List<Long> ids, java.util.List<Long> versionsAfter) {
		if (ids.isEmpty()) {
			return java.util.Optional.empty();
		}
		Long[] id = ids.toArray(Long[]::new);
		java.util.List<Long> touched = jdbc.sql("""
				SELECT t.id FROM unnest(?::bigint[], ?::bigint[]) WITH ORDINALITY AS t(id, version_after, ord)
				 WHERE NOT EXISTS (SELECT 1 FROM talent_need n WHERE n.id = t.id AND n.version = t.version_after)
				 ORDER BY t.ord LIMIT 1""").params(id, versionsAfter.toArray(Long[]::new)).query(Long.class).list();
		if (!touched.isEmpty()) {
			return java.util.Optional.of(touched.getFirst());
		}
		jdbc.sql("DELETE FROM talent_need_status_history WHERE need_id = ANY(?)").param(id).update();
		jdbc.sql("DELETE FROM talent_need WHERE id = ANY(?)").param(id).update();
		audit.deleted("talent_need", id[0], "取込の取消: 求人ニーズ " + id.length + "件（ID " + id[0] + " ほか）");
		return java.util.Optional.empty();
	}

	/**
	 * Deletes an imported need (and its status history) while it is at the version the
	 * import left; answers false when it was changed since.
	 * @throws DataIntegrityViolationException when something refers to it (a selection
	 * sheet, a hand-off)
	 */
	public boolean withdraw(long id, long versionAfter) {
		Long version = jdbc.sql("SELECT version FROM talent_need WHERE id = ?")
			.param(id)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (version == null || version != versionAfter) {
			return false;
		}
		// a selection sheet or hand-off made since fails the statement (and the caller's
		// transaction): undo refused
		jdbc.sql("DELETE FROM talent_need_status_history WHERE need_id = ?").param(id).update();
		int deleted = jdbc.sql("DELETE FROM talent_need WHERE id = ? AND version = ?")
			.params(id, versionAfter)
			.update();
		if (deleted == 1) {
			audit.deleted("talent_need", id, "取込の取消");
		}
		return deleted == 1;
	}

}
