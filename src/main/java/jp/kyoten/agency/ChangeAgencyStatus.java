package jp.kyoten.agency;

import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * Changes an agency's registration status (hub managers): registers it once the hub's
 * checklist is complete, suspends, resumes or revokes it. Each change is written to the
 * status history and the audit log and publishes its event, all in one transaction.
 */
@Service
class ChangeAgencyStatus {

	private final RecruitmentAgencyRepository agencies;

	private final Agencies queries;

	private final AuditTrail audit;

	private final MessageSource messages;

	ChangeAgencyStatus(RecruitmentAgencyRepository agencies, Agencies queries, AuditTrail audit,
			MessageSource messages) {
		this.agencies = agencies;
		this.queries = queries;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * @throws BusinessRuleException when not 申請中, or naming the requirements not yet
	 * confirmed
	 */
	@Transactional
	public void register(long agencyId) {
		RequirementChecklist checklist = queries.checklist(agencyId);
		change(agencyId, null, agency -> agency.register(checklist, ActingStaff.current()));
	}

	/**
	 * @throws BusinessRuleException when not 登録, or without a reason
	 */
	@Transactional
	public void suspend(long agencyId, String reason) {
		change(agencyId, reason, agency -> agency.suspend(reason, ActingStaff.current()));
	}

	/**
	 * @throws BusinessRuleException when not 停止
	 */
	@Transactional
	public void resume(long agencyId) {
		change(agencyId, null, agency -> agency.resume(ActingStaff.current()));
	}

	/**
	 * @throws BusinessRuleException when already 取消, or without a reason
	 */
	@Transactional
	public void revoke(long agencyId, String reason) {
		change(agencyId, reason, agency -> agency.revoke(reason, ActingStaff.current()));
	}

	/** The transition a status-change button names. */
	@Transactional
	public void apply(long agencyId, AgencyTransition transition, String reason) {
		switch (transition) {
			case REGISTER -> register(agencyId);
			case SUSPEND -> suspend(agencyId, reason);
			case RESUME -> resume(agencyId);
			case REVOKE -> revoke(agencyId, reason);
		}
	}

	private void change(long agencyId, String reason, Consumer<RecruitmentAgency> transition) {
		RecruitmentAgency agency = agencies.findById(agencyId)
			.orElseThrow(() -> new RecordNotFoundException("agency", agencyId));
		AgencyStatus from = agency.getStatus();
		transition.accept(agency);
		agencies.save(agency);
		String summary = label(from) + " → " + label(agency.getStatus());
		if (reason != null && !reason.isBlank()) {
			summary += ": " + reason.strip();
		}
		audit.updated("agency", agencyId, summary);
	}

	/** The audit log is read by officials in Japanese, whoever made the change. */
	private String label(AgencyStatus status) {
		return messages.getMessage("agencyStatus." + status, null, Locale.JAPANESE);
	}

}
