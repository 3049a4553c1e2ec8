package jp.kyoten.agency;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * Changes an agency's details and strengths; its status changes only through
 * {@link ChangeAgencyStatus}.
 */
@Service
class UpdateAgency {

	private final RecruitmentAgencyRepository agencies;

	private final AuditTrail audit;

	UpdateAgency(RecruitmentAgencyRepository agencies, AuditTrail audit) {
		this.agencies = agencies;
		this.audit = audit;
	}

	/**
	 * @param expectedVersion the version the editor started from: someone else's save in
	 * between is refused rather than overwritten
	 */
	@Transactional
	void update(long id, int expectedVersion, AgencyDetails details) {
		RecruitmentAgency agency = agencies.findById(id).orElseThrow(() -> new RecordNotFoundException("agency", id));
		if (agency.getVersion() != expectedVersion) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		if (agencies.licenceTakenByOther(details.licenceNumber(), id)) {
			throw new BusinessRuleException("agency.licence.taken", details.licenceNumber());
		}
		agency.update(details);
		audit.updated("agency", id, agency.getName() + " (" + agency.getLicenceNumber() + ")");
	}

}
