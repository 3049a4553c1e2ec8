package jp.kyoten.agency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Staff confirm (or withdraw the confirmation of) one of the hub's requirements for one
 * agency.
 */
@Service
class CheckAgencyRequirement {

	static final int NOTE_MAX = 500;

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final AuditTrail audit;

	CheckAgencyRequirement(JdbcClient jdbc, Agencies agencies, AuditTrail audit) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
	}

	/**
	 * @param note how it was confirmed (「許可証の写しを受領」), optional
	 * @throws BusinessRuleException for a revoked agency, whose registration is final
	 */
	@Transactional
	public void check(long agencyId, long requirementId, boolean satisfied, String note) {
		AgencyView agency = agencies.get(agencyId);
		if (agency.status() == AgencyStatus.REVOKED) {
			throw new BusinessRuleException("agency.checklist.revoked");
		}
		String label = jdbc.sql("SELECT label FROM agency_requirement WHERE id = ? AND active")
			.param(requirementId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("agency_requirement", requirementId));
		String why = note == null || note.isBlank() ? null : note.strip();
		if (why != null && why.length() > NOTE_MAX) {
			throw new BusinessRuleException("agency.checklist.noteTooLong", NOTE_MAX);
		}
		ActingStaff by = ActingStaff.current();
		jdbc.sql("""
				INSERT INTO agency_requirement_check (hub_id, agency_id, requirement_id, satisfied, checked_at,
				                                      checked_by, checked_by_name, note)
				VALUES (?, ?, ?, ?, now(), ?, ?, ?)
				ON CONFLICT (agency_id, requirement_id) DO UPDATE
				   SET satisfied = EXCLUDED.satisfied, checked_at = EXCLUDED.checked_at,
				       checked_by = EXCLUDED.checked_by, checked_by_name = EXCLUDED.checked_by_name,
				       note = EXCLUDED.note""")
			.params(HubScope.require(), agencyId, requirementId, satisfied, by.userId(), by.name(), why)
			.update();
		audit.updated("agency", agencyId, "要件「" + label + "」" + (satisfied ? "確認済み" : "未確認に戻す"));
	}

	/** Confirms every active requirement at once (for data brought over from paper). */
	@Transactional
	public void checkAll(long agencyId, String note) {
		agencies.checklist(agencyId).items().forEach(item -> check(agencyId, item.requirementId(), true, note));
	}

}
