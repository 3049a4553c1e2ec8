package jp.kyoten.directory;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * Staff change a company. The fields the change touched are added to
 * {@code manually_edited_fields}, so that a registry import leaves them alone. A change
 * based on an outdated version is refused rather than overwriting what someone else saved
 * in between.
 */
@Service
@Transactional
class EditCompany {

	private final CompanyRepository companies;

	private final DuplicateCompanies duplicates;

	private final AuditTrail audit;

	EditCompany(CompanyRepository companies, DuplicateCompanies duplicates, AuditTrail audit) {
		this.companies = companies;
		this.duplicates = duplicates;
		this.audit = audit;
	}

	/** The company as it is now, to edit. */
	@Transactional(readOnly = true)
	CompanyView current(long id) {
		return find(id).view();
	}

	/**
	 * @param expectedVersion the version the user edited, or {@code null} to apply the
	 * change to whatever is current
	 * @throws ObjectOptimisticLockingFailureException when someone saved the company
	 * after that version
	 */
	CompanyView edit(long id, Long expectedVersion, CompanyData data) {
		Company company = find(id);
		if (company.isMerged()) {
			throw new BusinessRuleException("company.merged.readOnly");
		}
		if (expectedVersion != null && expectedVersion != company.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Company.class, id);
		}
		List<CompanyRow> sameNumber = duplicates.withCorporateNumber(data.corporateNumber(), id);
		if (!sameNumber.isEmpty()) {
			throw new BusinessRuleException("company.corporateNumber.taken", data.corporateNumber(),
					sameNumber.getFirst().name());
		}
		List<String> changed = data.changedColumns(company.data());
		if (changed.isEmpty()) {
			return company.view();
		}
		company.apply(data);
		company.markEditedByHand(changed);
		try {
			companies.saveAndFlush(company);
		}
		catch (DataIntegrityViolationException ex) {
			throw new BusinessRuleException("company.corporateNumber.taken", data.corporateNumber(), "");
		}
		audit.updated("company", id, company.getName() + ": " + String.join(", ", changed));
		return company.view();
	}

	/**
	 * Records the company's own answer on whether it used side-job talent before, outside
	 * the hub (KPI 5's override); {@code null} returns the decision to the hub's records.
	 */
	CompanyView answerPriorSideJobUse(long id, Boolean answer) {
		Company company = find(id);
		if (java.util.Objects.equals(company.getPriorSideJobUse(), answer)) {
			return company.view();
		}
		company.answerPriorSideJobUse(answer);
		companies.saveAndFlush(company);
		audit.updated("company", id,
				company.getName() + ": 副業・兼業人材の利用歴 " + (answer == null ? "不明" : answer ? "あり" : "なし"));
		return company.view();
	}

	private Company find(long id) {
		return companies.findById(id).orElseThrow(() -> new RecordNotFoundException("company", id));
	}

}
