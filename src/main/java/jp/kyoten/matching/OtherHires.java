package jp.kyoten.matching;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.Companies;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Hires by another route: recorded by staff on the company's page, read by the monthly
 * report. Row-level security keeps them to the hub's staff (an agency user's connection
 * sees none).
 */
@Service
public class OtherHires {

	static final int TALENT_MAX = 100;

	static final int VIA_MAX = 200;

	static final int NOTE_MAX = 1000;

	private final JdbcClient jdbc;

	private final Companies companies;

	private final AuditTrail audit;

	private final Clock clock;

	OtherHires(JdbcClient jdbc, Companies companies, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws RecordNotFoundException when the company is not one of the hub's
	 * @throws BusinessRuleException when the day is missing or after today, or the route
	 * is missing
	 */
	@Transactional
	public long record(long companyId, LocalDate hiredOn, HireRoute route, String talentName, String via, String note) {
		companies.find(companyId).orElseThrow(() -> new RecordNotFoundException("company", companyId));
		if (hiredOn == null) {
			throw new BusinessRuleException("otherHire.dayRequired");
		}
		if (hiredOn.isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException("otherHire.dayInFuture");
		}
		if (route == null) {
			throw new BusinessRuleException("otherHire.routeRequired");
		}
		long id = jdbc.sql("""
				INSERT INTO other_hire (hub_id, company_id, hired_on, route, talent_name, via, note, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), companyId, Date.valueOf(hiredOn), route.name(), talentName, via, note,
					CurrentUser.get().map(KyotenUser::userId).orElse(null))
			.query(Long.class)
			.single();
		audit.created("other_hire", id, "その他の経路による採用を記録（" + hiredOn + "）");
		return id;
	}

	/** The hub's hires by another route with hired_on in [from, to), oldest first. */
	@Transactional(readOnly = true)
	public List<OtherHire> between(LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + " WHERE h.hired_on >= ? AND h.hired_on < ? ORDER BY h.hired_on, h.id")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query(OtherHires::row)
			.list();
	}

	/** The company's hires by another route, newest first. */
	@Transactional(readOnly = true)
	public List<OtherHire> ofCompany(long companyId) {
		return jdbc.sql(SELECT + " WHERE h.company_id = ? ORDER BY h.hired_on DESC, h.id DESC")
			.param(companyId)
			.query(OtherHires::row)
			.list();
	}

	private static final String SELECT = """
			SELECT h.id, h.company_id, c.name, h.hired_on, h.route, h.talent_name, h.via, h.note
			  FROM other_hire h JOIN company c ON c.id = h.company_id""";

	private static OtherHire row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new OtherHire(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				HireRoute.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8));
	}

}
