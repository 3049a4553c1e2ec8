package jp.kyoten.agency;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Records an agency's application for pre-registration with the hub in scope: it starts
 * as 申請中.
 */
@Service
class ReceiveAgencyApplication {

	private final RecruitmentAgencyRepository agencies;

	private final AuditTrail audit;

	ReceiveAgencyApplication(RecruitmentAgencyRepository agencies, AuditTrail audit) {
		this.agencies = agencies;
		this.audit = audit;
	}

	/**
	 * @return the new agency's id
	 * @throws BusinessRuleException {@code agency.licence.taken} when the hub already has
	 * an agency with this licence number
	 */
	@Transactional
	public long receive(AgencyDetails details) {
		if (agencies.licenceTakenByOther(details.licenceNumber(), -1)) {
			throw new BusinessRuleException("agency.licence.taken", details.licenceNumber());
		}
		RecruitmentAgency agency = agencies
			.save(new RecruitmentAgency(HubScope.require(), details, ActingStaff.current()));
		audit.created("agency", agency.getId(), agency.getName() + " (" + agency.getLicenceNumber() + ") 申請中");
		return agency.getId();
	}

}
