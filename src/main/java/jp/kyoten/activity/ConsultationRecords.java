package jp.kyoten.activity;

import java.sql.Array;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;

/**
 * The よろず支援拠点's consultation record (相談カルテ): the company's consent to share its record
 * with the national HQ and other hubs, the policy areas, and the monthly support record —
 * sessions (延べ相談件数) beside companies, per coordinator. What leaves the hub for the
 * national HQ holds consented records only.
 */
@Service
@Transactional
public class ConsultationRecords {

	/** One consultation of the monthly support record. */
	public record SupportRecord(long id, LocalDate date, long companyId, String companyName, String corporateNumber,
			String staffName, Channel channel, List<ManagementIssue> issues, List<PolicyArea> policyAreas,
			boolean followUp, boolean shareConsent, String summary) {
	}

	/** Sessions and distinct companies of one coordinator in the month. */
	public record StaffTotals(String staffName, long sessions, long companies) {
	}

	/** The consent and the policy areas of one consultation. */
	public record Karte(boolean shareConsent, ConsentForm consentForm, LocalDate consentOn, List<PolicyArea> areas) {
	}

	private static final String RECORDS = """
			SELECT c.id, c.consulted_on, c.company_id, co.name, co.corporate_number, c.staff_name, c.channel, c.issues,
			       c.policy_areas, c.follow_up_of IS NOT NULL, c.share_consent, c.summary
			FROM consultation c JOIN company co ON co.id = c.company_id
			WHERE c.consulted_on BETWEEN ? AND ? AND (?::bigint IS NULL OR c.staff_user_id = ?)""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ConsultationRepository consultations;

	ConsultationRecords(JdbcClient jdbc, AuditTrail audit, ConsultationRepository consultations) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.consultations = consultations;
	}

	@Transactional(readOnly = true)
	public Karte karte(long consultationId) {
		return jdbc.sql(
				"SELECT share_consent, share_consent_form, share_consent_on, policy_areas FROM consultation WHERE id = ?")
			.param(consultationId)
			.query((rs, n) -> new Karte(rs.getBoolean(1),
					rs.getString(2) == null ? null : ConsentForm.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), areas(rs.getArray(4))))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("consultation", consultationId));
	}

	/**
	 * Records the company's consent to share (or its withdrawal) and the policy areas.
	 * @throws BusinessRuleException when consent is given without its form and date
	 */
	public void update(long consultationId, boolean shareConsent, ConsentForm form, LocalDate on,
			Set<PolicyArea> areas) {
		// ADR 211/245: consultation is a JPA aggregate, written through the entity only
		// (its @Version sees the change; the consent rule is the entity's)
		consultations.findById(consultationId)
			.orElseThrow(() -> new RecordNotFoundException("consultation", consultationId))
			.recordKarte(shareConsent, form, on, areas, ActingUser.email());
		audit.updated("consultation", consultationId, "相談カルテ: 共有同意=" + shareConsent + " 施策分野=" + areas);
	}

	/**
	 * The month's consultations of the hub in scope (of one coordinator if given), oldest
	 * first, streamed.
	 */
	@Transactional(readOnly = true)
	public void supportRecords(YearMonth month, Long staffUserId, Consumer<SupportRecord> each) {
		try (var records = jdbc.sql(RECORDS + " ORDER BY c.consulted_on, c.id")
			.params(month.atDay(1), month.atEndOfMonth(), staffUserId, staffUserId)
			.query((rs, n) -> record(rs))
			.stream()) {
			records.forEach(each);
		}
	}

	/**
	 * Sessions (延べ相談件数) and distinct companies per coordinator for the month, with the
	 * hub's total first.
	 */
	@Transactional(readOnly = true)
	public List<StaffTotals> totals(YearMonth month) {
		return jdbc.sql("""
				SELECT CASE WHEN GROUPING(staff_name) = 1 THEN NULL ELSE coalesce(staff_name, '') END,
				       count(*), count(DISTINCT company_id)
				FROM consultation WHERE consulted_on BETWEEN ? AND ?
				GROUP BY ROLLUP (staff_name)
				ORDER BY GROUPING(staff_name) DESC, staff_name""")
			.params(month.atDay(1), month.atEndOfMonth())
			.query((rs, n) -> new StaffTotals(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/**
	 * The month's records for the national HQ: only those whose company consented to
	 * sharing; the others stay in the hub and are counted only ({@code unsharedCount}).
	 * The export is audited.
	 */
	public long sharedRecords(YearMonth month, Consumer<SupportRecord> each) {
		long[] unshared = { 0 };
		supportRecords(month, null, r -> {
			if (r.shareConsent()) {
				each.accept(r);
			}
			else {
				unshared[0]++;
			}
		});
		audit.record(jp.kyoten.audit.AuditAction.EXPORT, "consultation", null, "よろず本部向け相談カルテ " + month);
		return unshared[0];
	}

	private static SupportRecord record(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new SupportRecord(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getString(4),
				rs.getString(5), rs.getString(6), Channel.valueOf(rs.getString(7)), issues(rs.getArray(8)),
				areas(rs.getArray(9)), rs.getBoolean(10), rs.getBoolean(11), rs.getString(12));
	}

	private static List<ManagementIssue> issues(Array array) throws java.sql.SQLException {
		return array == null ? List.of()
				: Arrays.stream((String[]) array.getArray()).map(ManagementIssue::valueOf).sorted().toList();
	}

	private static List<PolicyArea> areas(Array array) throws java.sql.SQLException {
		return array == null ? List.of()
				: Arrays.stream((String[]) array.getArray()).map(PolicyArea::valueOf).sorted().toList();
	}

}
