package jp.kyoten.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;

/**
 * The directory's API for other modules: register companies in bulk (demo data, registry imports) and look a
 * company up by id. Everything works on the hub in scope ({@code HubScope}).
 */
@Service
@Transactional
public class Companies {

	private final CompanyBulkInsert bulk;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Companies(CompanyBulkInsert bulk, JdbcClient jdbc, AuditTrail audit) {
		this.bulk = bulk;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Registers the companies and their contacts as given, without looking for duplicates: for data that has
	 * been checked before (demo data, a registry import that matched on corporate numbers). Fields are not marked
	 * as edited by hand. Answers the new ids in the order given.
	 */
	public List<Long> registerAll(List<NewCompany> companies) {
		List<Long> ids = bulk.insert(companies);
		if (!ids.isEmpty()) {
			audit.record(AuditAction.IMPORT, "company", null, ids.size() + " companies registered in bulk");
		}
		return ids;
	}

	/** A company of the hub in scope, merged or not (follow {@link #survivorOf} to the living record). */
	@Transactional(readOnly = true)
	public Optional<CompanyRow> find(long id) {
		return jdbc.sql("SELECT " + CompanySearch.COLUMNS + " FROM company WHERE id = ?")
			.param(id)
			.query(CompanySearch::row)
			.optional();
	}

	/** The id of the living record for a company id: itself, or the record it was merged into. */
	@Transactional(readOnly = true)
	public Optional<Long> survivorOf(long id) {
		return jdbc.sql("SELECT coalesce(merged_into_id, id) FROM company WHERE id = ?")
			.param(id)
			.query(Long.class)
			.optional();
	}

}
