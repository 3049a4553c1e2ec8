package jp.kyoten.directory;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;

/**
 * Staff register a company by hand. A corporate number the hub already has is refused; a
 * name the hub already has (after normalisation, in the same municipality) is registered
 * only when the user confirms that it is another company. Every field given is recorded
 * as entered by hand.
 */
@Service
@Transactional
class RegisterCompany {

	private final CompanyRepository companies;

	private final DuplicateCompanies duplicates;

	private final AuditTrail audit;

	RegisterCompany(CompanyRepository companies, DuplicateCompanies duplicates, AuditTrail audit) {
		this.companies = companies;
		this.duplicates = duplicates;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException {@code company.corporateNumber.taken} when the
	 * corporate number is taken
	 * @throws PossibleDuplicateException when the name is taken and {@code confirmed} is
	 * false
	 */
	CompanyView register(CompanyData data, boolean confirmed) {
		List<CompanyRow> sameNumber = duplicates.withCorporateNumber(data.corporateNumber(), null);
		if (!sameNumber.isEmpty()) {
			throw new BusinessRuleException("company.corporateNumber.taken", data.corporateNumber(),
					sameNumber.getFirst().name());
		}
		if (!confirmed) {
			List<CompanyRow> sameName = duplicates.withSameName(data, null);
			if (!sameName.isEmpty()) {
				throw new PossibleDuplicateException(sameName);
			}
		}
		Company company = new Company(data);
		company.markEditedByHand(data.filledColumns());
		try {
			company = companies.saveAndFlush(company);
		}
		catch (DataIntegrityViolationException ex) {
			// another user registered the same corporate number a moment ago
			throw new BusinessRuleException("company.corporateNumber.taken", data.corporateNumber(), "");
		}
		audit.created("company", company.getId(), company.getName());
		return company.view();
	}

}
