package jp.kyoten.matching;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;

/**
 * Reports a hire (成約) on a hand-off: by the agency user, or by staff from the agency's
 * report — also on a hand-off the agency never touched in the portal. The placement
 * counts only once staff confirm it ({@link ConfirmPlacement}).
 */
@Service
class ReportPlacement {

	private final HandOffRepository handOffs;

	private final PlacementRepository placements;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ReportPlacement(HandOffRepository handOffs, PlacementRepository placements, JdbcClient jdbc, AuditTrail audit) {
		this.handOffs = handOffs;
		this.placements = placements;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * @return the new placement's id
	 * @throws BusinessRuleException when the hand-off already has a placement or is
	 * closed, or the report is incomplete
	 */
	@Transactional
	public long report(long handOffId, PlacementReport report) {
		HandOff handOff = handOffs.findById(handOffId)
			.orElseThrow(() -> new RecordNotFoundException("handoff", handOffId));
		if (placements.existsByHandOffId(handOffId)) {
			throw new BusinessRuleException("placement.already");
		}
		String actor = ActingUser.email();
		boolean byAgency = Acting.agency();
		Placement placement = new Placement(handOff, report, byAgency, actor);
		handOff.placed();
		handOffs.save(handOff);
		ProgressSteps.write(jdbc, handOff, actor);
		Placement saved = placements.save(placement);
		audit.created("placement", saved.getId(),
				"取り繋ぎ " + handOffId + " 成約日 " + report.contractDate() + (byAgency ? " (事業者報告)" : " (拠点入力)"));
		return saved.getId();
	}

}
