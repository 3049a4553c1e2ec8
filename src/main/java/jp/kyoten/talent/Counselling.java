package jp.kyoten.talent;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * キャリアカウンセリング (seed 001 §2(2)②(c)): before a matching, career and skills sorted out, the
 * person's career intentions, interview preparation, the Japanese workplace explained —
 * notes, next steps and how ready the person is.
 */
@Service
@Transactional
public class Counselling {

	public record Session(long id, LocalDate heldOn, String counsellorName, String notes, String nextSteps,
			Readiness readiness) {
	}

	static final int MAX_NOTES = 4000;

	private final JdbcClient jdbc;

	private final TalentProfiles profiles;

	private final AuditTrail audit;

	Counselling(JdbcClient jdbc, TalentProfiles profiles, AuditTrail audit) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException {@code counselling.dateRequired},
	 * {@code counselling.notesRequired}, {@code counselling.readinessRequired},
	 * {@code counselling.notesTooLong}
	 */
	public long record(long talentId, LocalDate heldOn, String notes, String nextSteps, Readiness readiness) {
		String code = profiles.get(talentId).code();
		if (heldOn == null) {
			throw new BusinessRuleException("counselling.dateRequired");
		}
		if (Assessments.blank(notes)) {
			throw new BusinessRuleException("counselling.notesRequired");
		}
		if (notes.strip().length() > MAX_NOTES) {
			throw new BusinessRuleException("counselling.notesTooLong", MAX_NOTES);
		}
		if (readiness == null) {
			throw new BusinessRuleException("counselling.readinessRequired");
		}
		KyotenUser user = CurrentUser.get().orElse(null);
		long id = jdbc
			.sql("""
					INSERT INTO talent_counselling (hub_id, talent_id, held_on, counsellor_name, notes, next_steps, readiness,
					                                recorded_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), talentId, Date.valueOf(heldOn), user == null ? "—" : user.displayName(),
					notes.strip(), Assessments.blank(nextSteps) ? null : Assessments.cut(nextSteps, 2000),
					readiness.name(), user == null ? null : user.userId())
			.query(Long.class)
			.single();
		audit.created("talent_counselling", id, code + " のキャリアカウンセリング " + heldOn);
		return id;
	}

	/** The talent's sessions, the latest first. */
	@Transactional(readOnly = true)
	public List<Session> of(long talentId) {
		return jdbc.sql("""
				SELECT id, held_on, counsellor_name, notes, next_steps, readiness FROM talent_counselling
				 WHERE talent_id = ? ORDER BY held_on DESC, id DESC""")
			.param(talentId)
			.query((rs, n) -> new Session(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getString(5), Readiness.valueOf(rs.getString(6))))
			.list();
	}

}
