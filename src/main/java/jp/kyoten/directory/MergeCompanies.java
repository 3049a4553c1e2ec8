package jp.kyoten.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * Two records turn out to be the same company: staff keep one and merge the other into
 * it. The directory's own records of it (its contacts) move to the kept one; the merged
 * record remains only as a pointer to the survivor, so that old links — and the records
 * other modules made about it (consultations, needs, visits), which stay where they were
 * made and are counted there — still lead somewhere. No event is published: none had a
 * listener (ADR 245).
 */
@Service
@Transactional
class MergeCompanies {

	private final CompanyRepository companies;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	MergeCompanies(CompanyRepository companies, JdbcClient jdbc, AuditTrail audit) {
		this.companies = companies;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	void merge(long keptId, long mergedId) {
		Company kept = find(keptId);
		Company merged = find(mergedId);
		merged.mergeInto(kept);
		companies.saveAndFlush(merged);
		// records merged into the merged one earlier now point at the survivor directly
		jdbc.sql("UPDATE company SET merged_into_id = ? WHERE merged_into_id = ? AND id <> ?")
			.params(keptId, mergedId, keptId)
			.update();
		int moved = jdbc.sql("UPDATE contact SET company_id = ?, updated_at = now() WHERE company_id = ?")
			.params(keptId, mergedId)
			.update();
		audit.record(AuditAction.MERGE, "company", mergedId,
				merged.getName() + " → " + kept.getName() + " (#" + keptId + ") に統合、担当者 " + moved + " 名を移動");
	}

	private Company find(long id) {
		return companies.findById(id).orElseThrow(() -> new RecordNotFoundException("company", id));
	}

}
