package jp.kyoten.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.activity.ConsultationView;
import jp.kyoten.activity.Consultations;
import jp.kyoten.activity.Referral;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.institution.Institutions;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * Registers a talent need from a consultation, revises it, and makes the status changes
 * staff make by hand.
 */
@Service
class RegisterNeed {

	private final Clock clock;

	private final TalentNeedRepository needs;

	private final Consultations consultations;

	private final Institutions institutions;

	private final NeedHistory history;

	private final AuditTrail audit;

	RegisterNeed(TalentNeedRepository needs, Consultations consultations, Institutions institutions,
			NeedHistory history, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.needs = needs;
		this.consultations = consultations;
		this.institutions = institutions;
		this.history = history;
		this.audit = audit;
	}

	/**
	 * A need learned today. Its referral route is the consultation's unless
	 * {@code details} names one.
	 * @return the new need's id
	 * @throws RecordNotFoundException when the consultation or referring institution is
	 * not the hub's
	 */
	@Transactional
	public long register(long consultationId, NeedDetails details) {
		return register(consultationId, details, null);
	}

	/**
	 * As {@link #register(long, NeedDetails)}, for a need learned on an earlier day and
	 * entered afterwards.
	 */
	@Transactional
	public long register(long consultationId, NeedDetails details, LocalDate learnedOn) {
		long hubId = HubScope.require();
		ConsultationView consultation = consultations.get(consultationId);
		Referral referral = details.referral() != null ? details.referral() : consultation.referral();
		checkReferral(referral);
		if (learnedOn != null && learnedOn.isBefore(consultation.date())) {
			throw new BusinessRuleException("need.learnedOn.beforeConsultation");
		}
		Instant learnedAt = learnedOn == null || !learnedOn.isBefore(LocalDate.now(clock)) ? Instant.now()
				: learnedOn.atTime(LocalTime.NOON).atZone(HubTime.ZONE).toInstant();
		String actor = ActingUser.email();
		TalentNeed need = needs.save(new TalentNeed(hubId, consultation.companyId(), consultationId,
				details.withReferral(referral), learnedAt, actor));
		history.write(need, actor);
		audit.created("talent_need", need.getId(), "企業 " + consultation.companyId() + " " + need.getTitle());
		return need.getId();
	}

	/** Changes what staff wrote; the company and consultation stay. */
	@Transactional
	public void revise(long needId, NeedDetails details) {
		TalentNeed need = load(needId);
		checkReferral(details.referral());
		need.revise(details.referral() == null ? details.withReferral(Referral.NONE) : details, ActingUser.email());
		audit.updated("talent_need", needId, need.getTitle());
	}

	/**
	 * 確定, 選考中, 不成約, 取下げ or back to 掘り起こし/ニーズ確定 by hand.
	 * @throws BusinessRuleException when the flow does not allow it, or 不成約/取下げ come
	 * without a reason
	 */
	@Transactional
	public void changeStatus(long needId, NeedStatus target, String reason) {
		TalentNeed need = load(needId);
		NeedStatus from = need.getStatus();
		String actor = ActingUser.email();
		need.changeStatus(target, reason, actor);
		needs.save(need);
		history.write(need, actor);
		audit.updated("talent_need", needId, from + " → " + target + (reason == null ? "" : ": " + reason.strip()));
	}

	TalentNeed load(long needId) {
		return needs.findById(needId).orElseThrow(() -> new RecordNotFoundException("talent_need", needId));
	}

	private void checkReferral(Referral referral) {
		if (referral != null && referral.institutionId() != null
				&& institutions.find(referral.institutionId()).isEmpty()) {
			throw new RecordNotFoundException("institution", referral.institutionId());
		}
	}

}
