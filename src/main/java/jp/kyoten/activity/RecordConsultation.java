package jp.kyoten.activity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.Companies;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.StaffMember;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.institution.Institutions;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/** Records a consultation of a company of the hub in scope, and revises one. */
@Service
public class RecordConsultation {

	private final ConsultationRepository consultations;

	private final Companies companies;

	private final Institutions institutions;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	RecordConsultation(ConsultationRepository consultations, Companies companies, Institutions institutions,
			UserAccounts accounts, AuditTrail audit, ApplicationEventPublisher events) {
		this.consultations = consultations;
		this.companies = companies;
		this.institutions = institutions;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * @return the new consultation's id
	 * @throws RecordNotFoundException when the company, the referring institution or the
	 * consultation followed up is not the hub's
	 * @throws BusinessRuleException when a follow-up names another company's consultation
	 * or a later one
	 */
	@Transactional
	public long record(NewConsultation consultation) {
		long hubId = HubScope.require();
		NewConsultation c = consultation.staffUserId() != null ? consultation
				: consultation.withStaff(CurrentUser.get().map(KyotenUser::userId).orElse(null));
		checkReferences(c);
		Consultation earlier = c.followUpOf() == null ? null : consultations.findById(c.followUpOf())
			.orElseThrow(() -> new RecordNotFoundException("consultation", c.followUpOf()));
		Consultation saved = consultations
			.save(new Consultation(hubId, c, earlier, staffName(hubId, c.staffUserId()), ActingUser.email()));
		audit.created("consultation", saved.getId(), "企業 " + c.companyId() + " " + c.date());
		events
			.publishEvent(new ConsultationRecorded(hubId, saved.getId(), c.companyId(), c.date(), saved.isFollowUp()));
		return saved.getId();
	}

	@Transactional
	public void revise(long id, NewConsultation c) {
		Consultation consultation = consultations.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("consultation", id));
		checkReferences(c);
		consultation.revise(c, staffName(consultation.getHubId(), c.staffUserId()), ActingUser.email());
		audit.updated("consultation", id, "企業 " + c.companyId() + " " + c.date());
	}

	/** The follow-up date was kept: it no longer shows as due. */
	@Transactional
	public void markFollowedUp(long id) {
		consultations.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("consultation", id))
			.markFollowedUp(ActingUser.email());
		audit.updated("consultation", id, "フォロー済み");
	}

	private void checkReferences(NewConsultation c) {
		if (companies.find(c.companyId()).isEmpty()) {
			throw new RecordNotFoundException("company", c.companyId());
		}
		Long institutionId = c.referral().institutionId();
		if (institutionId != null && institutions.find(institutionId).isEmpty()) {
			throw new RecordNotFoundException("institution", institutionId);
		}
	}

	private String staffName(long hubId, Long staffUserId) {
		if (staffUserId == null) {
			return null;
		}
		return accounts.memberOf(hubId, staffUserId)
			.filter(StaffMember::isStaff)
			.map(StaffMember::displayName)
			.orElseThrow(() -> new BusinessRuleException("consultation.staff.notStaff"));
	}

}
