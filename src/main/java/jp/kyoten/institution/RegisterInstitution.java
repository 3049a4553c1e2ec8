package jp.kyoten.institution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/** Adds a support institution to the hub in scope. */
@Service
class RegisterInstitution {

	private final SupportInstitutionRepository institutions;

	private final AuditTrail audit;

	RegisterInstitution(SupportInstitutionRepository institutions, AuditTrail audit) {
		this.institutions = institutions;
		this.audit = audit;
	}

	/**
	 * @return the new institution's id
	 * @throws BusinessRuleException {@code institution.duplicate} when the hub already
	 * has one of this name and branch
	 */
	@Transactional
	public long register(InstitutionDetails details) {
		if (institutions.existsOther(details.name(), nullToEmpty(details.branch()), -1)) {
			throw new BusinessRuleException("institution.duplicate", displayName(details));
		}
		SupportInstitution institution = institutions.save(new SupportInstitution(HubScope.require(), details));
		audit.created("institution", institution.getId(), institution.displayName() + " (" + details.kind() + ")");
		return institution.getId();
	}

	static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	static String displayName(InstitutionDetails d) {
		return d.branch() == null ? d.name() : d.name() + " " + d.branch();
	}

}
