package jp.kyoten.privacy;

import org.springframework.stereotype.Service;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.Actor;

/**
 * 返還 at the contract's end (seed 000 特記事項 第13): the system admin starts the hand-back of
 * a hub, or lets the hub's manager start it (a consent with an end); it runs in the
 * background ({@link HandBackRunner}); a failed one is resumed where it stopped; the
 * admin records that the prefecture received it complete, which alone opens the way to
 * the erasure.
 */
@Service
class ProduceHandBack {

	private final HandBacks jobs;

	private final HandBackRunner runner;

	private final Hubs hubs;

	private final AuditTrail audit;

	ProduceHandBack(HandBacks jobs, HandBackRunner runner, Hubs hubs, AuditTrail audit) {
		this.jobs = jobs;
		this.runner = runner;
		this.hubs = hubs;
		this.audit = audit;
	}

	/**
	 * @param hubId the hub to hand back: any for the admin (no hub of their own), only
	 * their own for a manager
	 * @throws BusinessRuleException {@code handBack.consentRequired} for a manager
	 * without the admin's consent, {@code handBack.alreadyRunning}
	 */
	long start(Actor actor, long hubId) {
		if (actor.hubId() != null) {
			if (actor.hubId() != hubId) {
				throw new jp.kyoten.platform.RecordNotFoundException("hub", hubId);
			}
			if (jobs.consentUntil(hubId).isEmpty()) {
				throw new BusinessRuleException("handBack.consentRequired");
			}
		}
		long id = jobs.queue(hubId, hubs.nameOf(hubId), actor.email());
		audit.record(AuditAction.EXPORT, "hand_back", id, "返還データの作成を開始: " + hubs.nameOf(hubId));
		runner.start(id);
		return id;
	}

	void resume(long id) {
		jobs.requeue(id);
		audit.updated("hand_back", id, "返還データの作成を再開");
		runner.start(id);
	}

	void grantConsent(Actor admin, long hubId, int days) {
		hubs.get(hubId);
		jobs.grantConsent(hubId, admin.email(), days);
		audit.updated("hand_back_consent", hubId, "拠点の責任者による返還データの作成を " + days + " 日間承認");
	}

	void confirm(Actor admin, long id, String note) {
		jobs.confirm(id, admin.email(), note);
		audit.updated("hand_back", id, "県による受領を確認: " + note);
	}

}
