package jp.kyoten.matching;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;

/**
 * The agency (or staff from the agency's report) records whether the talent of a
 * placement actually joined (seed 000 §5(1)⑤ ※1). KPI 2 leaves out a placement whose
 * talent did not join. Row-level security lets an agency user reach only its own agency's
 * placements.
 */
@Service
class RecordJoining {

	private final PlacementRepository placements;

	private final AuditTrail audit;

	RecordJoining(PlacementRepository placements, AuditTrail audit) {
		this.placements = placements;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException when the day is missing or before the contract
	 */
	@Transactional
	void record(long placementId, Joining status, LocalDate on) {
		if (status == null) {
			throw new BusinessRuleException("placement.joined.statusRequired");
		}
		Placement placement = placements.findById(placementId)
			.orElseThrow(() -> new RecordNotFoundException("placement", placementId));
		placement.recordJoining(status, on, ActingUser.email());
		placements.save(placement);
		audit.updated("placement", placementId, "実際の就職: " + status + (on == null ? "" : " " + on));
	}

}
