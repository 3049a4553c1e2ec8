package jp.kyoten.matching;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;

/**
 * Staff confirm a reported placement: only a confirmed placement counts (KPIs 2–5), by
 * its contract date. The need moves to 成約.
 */
@Service
class ConfirmPlacement {

	private final PlacementRepository placements;

	private final RegisterNeed register;

	private final TalentNeedRepository needs;

	private final NeedHistory history;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	ConfirmPlacement(PlacementRepository placements, RegisterNeed register, TalentNeedRepository needs,
			NeedHistory history, AuditTrail audit, ApplicationEventPublisher events) {
		this.placements = placements;
		this.register = register;
		this.needs = needs;
		this.history = history;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * @throws BusinessRuleException when already confirmed, when an agency user asks, or
	 * the need was withdrawn
	 */
	@Transactional
	public void confirm(long placementId) {
		if (Acting.agency()) {
			throw new BusinessRuleException("placement.confirm.staffOnly");
		}
		Placement placement = placements.findById(placementId)
			.orElseThrow(() -> new RecordNotFoundException("placement", placementId));
		TalentNeed need = register.load(placement.getNeedId());
		String actor = ActingUser.email();
		placement.confirm(actor);
		need.placed(actor);
		placements.save(placement);
		needs.save(need);
		history.write(need, actor);
		audit.updated("placement", placementId, "成約を確認 (成約日 " + placement.getContractDate() + ")");
		events.publishEvent(new PlacementConfirmed(placement.getHubId(), placementId, placement.getNeedId(),
				placement.getCompanyId(), placement.getContractDate()));
	}

}
