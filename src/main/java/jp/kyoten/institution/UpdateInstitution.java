package jp.kyoten.institution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * Changes an institution's details, or retires it (inactive institutions stay for the
 * records that name them).
 */
@Service
class UpdateInstitution {

	private final SupportInstitutionRepository institutions;

	private final AuditTrail audit;

	UpdateInstitution(SupportInstitutionRepository institutions, AuditTrail audit) {
		this.institutions = institutions;
		this.audit = audit;
	}

	/**
	 * @param expectedVersion the version the editor started from: someone else's save in
	 * between is refused rather than overwritten
	 */
	@Transactional
	void update(long id, int expectedVersion, InstitutionDetails details, boolean active) {
		SupportInstitution institution = institutions.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("institution", id));
		if (institution.getVersion() != expectedVersion) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		if (institutions.existsOther(details.name(), RegisterInstitution.nullToEmpty(details.branch()), id)) {
			throw new BusinessRuleException("institution.duplicate", RegisterInstitution.displayName(details));
		}
		boolean wasActive = institution.isActive();
		institution.update(details, active);
		String summary = institution.displayName() + " (" + details.kind() + ")";
		if (wasActive != active) {
			summary += active ? " 有効化" : " 無効化";
		}
		audit.updated("institution", id, summary);
	}

}
