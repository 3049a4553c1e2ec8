package jp.kyoten.talent;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.Companies;
import jp.kyoten.directory.CompanyRow;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The supported-company programmes (seed 001 §2(1)①(b) 集中支援, §2(2)②(b) 伴走支援, §2(2)②(a)
 * スポット支援): a company is enrolled only with its recorded selection; sessions and
 * follow-ups are logged with the company's issues, the support given, the improvement and
 * the next direction; measures are compared before and after. The monthly report per
 * company (「支援した企業ごとに企業概要や経営課題…改善状況、今後の支援の方向性等を取りまとめ、1か月に1回程度」) and the list of
 * spot-support companies not yet followed up (「少なくとも1回以上のフォローアップ」) read the same rows.
 */
@Service
@Transactional
public class SupportedCompanies {

	public enum Programme {

		INTENSIVE, ACCOMPANY, SPOT

	}

	/** An enrolled company with its sessions and follow-ups counted. */
	public record Enrolment(long id, long companyId, String companyName, Programme programme, int fiscalYear,
			LocalDate selectedOn, String selectionMethod, String selectionReason, Integer plannedSessions,
			String outline, int sessions, int followUps, LocalDate lastOn) {
	}

	public record Session(long id, LocalDate heldOn, String kind, String format, String issues, String supportGiven,
			String improvement, String nextDirection, boolean bureauPresent) {
	}

	public record Measure(long id, String name, String unit, BigDecimal before, BigDecimal after) {

		/** after − before, or null while either is missing. */
		public BigDecimal change() {
			return before == null || after == null ? null : after.subtract(before);
		}

	}

	/**
	 * One company in the month's report: its outline, and the month's sessions (the
	 * report's rows).
	 */
	public record MonthlyEntry(Enrolment enrolment, List<Session> sessions) {
	}

	public record NewEnrolment(long companyId, Programme programme, int fiscalYear, LocalDate selectedOn,
			String selectionMethod, String selectionReason, Integer plannedSessions, String outline) {
	}

	public record NewSession(LocalDate heldOn, String kind, String format, String issues, String supportGiven,
			String improvement, String nextDirection, boolean bureauPresent) {
	}

	static final String ENROLMENTS = """
			SELECT e.id, e.company_id, e.company_name, e.programme, e.fiscal_year, e.selected_on, e.selection_method,
			       e.selection_reason, e.planned_sessions, e.outline,
			       count(s.id) FILTER (WHERE s.kind = 'SESSION'), count(s.id) FILTER (WHERE s.kind = 'FOLLOW_UP'),
			       max(s.held_on)
			  FROM support_enrolment e LEFT JOIN support_session s ON s.enrolment_id = e.id""";

	private final JdbcClient jdbc;

	private final Companies companies;

	private final AuditTrail audit;

	SupportedCompanies(JdbcClient jdbc, Companies companies, AuditTrail audit) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException {@code support.selectionRequired} without the
	 * selection's day, method and reason, {@code support.enrolled} when the company is
	 * already in the programme that year, {@code support.companyUnknown}
	 */
	public long enrol(NewEnrolment e) {
		if (e.selectedOn() == null || e.selectionMethod() == null
				|| !e.selectionMethod().matches("PUBLIC_CALL|BUREAU|REQUEST") || Assessments.blank(e.selectionReason())
				|| e.programme() == null) {
			throw new BusinessRuleException("support.selectionRequired");
		}
		CompanyRow company = companies.find(e.companyId())
			.orElseThrow(() -> new BusinessRuleException("support.companyUnknown"));
		try {
			long id = jdbc
				.sql("""
						INSERT INTO support_enrolment (hub_id, company_id, company_name, programme, fiscal_year, selected_on,
						                               selection_method, selection_reason, planned_sessions, outline, enrolled_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(HubScope.require(), company.id(), company.name(), e.programme().name(), e.fiscalYear(),
						Date.valueOf(e.selectedOn()), e.selectionMethod(), Assessments.cut(e.selectionReason(), 2000),
						e.plannedSessions(), Assessments.blank(e.outline()) ? null : Assessments.cut(e.outline(), 2000),
						CurrentUser.get().map(KyotenUser::userId).orElse(null))
				.query(Long.class)
				.single();
			audit.created("support_enrolment", id, company.name() + " " + switch (e.programme()) {
				case INTENSIVE -> "集中支援";
				case ACCOMPANY -> "伴走支援";
				case SPOT -> "スポット支援";
			});
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("support.enrolled", company.name());
		}
	}

	/**
	 * @throws BusinessRuleException {@code support.sessionIncomplete} without the day,
	 * kind, format or support given
	 */
	public long log(long enrolmentId, NewSession s) {
		Enrolment e = get(enrolmentId);
		if (s.heldOn() == null || s.kind() == null || !s.kind().matches("SESSION|FOLLOW_UP") || s.format() == null
				|| !s.format().matches("IN_PERSON|ONLINE|PHONE") || Assessments.blank(s.supportGiven())) {
			throw new BusinessRuleException("support.sessionIncomplete");
		}
		long id = jdbc
			.sql("""
					INSERT INTO support_session (hub_id, enrolment_id, held_on, kind, format, issues, support_given, improvement,
					                             next_direction, bureau_present, recorded_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), enrolmentId, Date.valueOf(s.heldOn()), s.kind(), s.format(), text(s.issues()),
					Assessments.cut(s.supportGiven(), 2000), text(s.improvement()), text(s.nextDirection()),
					s.bureauPresent(), CurrentUser.get().map(KyotenUser::userId).orElse(null))
			.query(Long.class)
			.single();
		audit.created("support_session", id,
				e.companyName() + ("FOLLOW_UP".equals(s.kind()) ? " フォローアップ " : " 支援 ") + s.heldOn());
		return id;
	}

	/**
	 * Records (or corrects) a measure before and after. @throws BusinessRuleException
	 * {@code support.measureName}
	 */
	public void measure(long enrolmentId, String name, String unit, BigDecimal before, BigDecimal after) {
		get(enrolmentId);
		if (Assessments.blank(name)) {
			throw new BusinessRuleException("support.measureName.required");
		}
		jdbc.sql(
				"""
						INSERT INTO support_measure (hub_id, enrolment_id, name, unit, before_value, after_value)
						VALUES (?, ?, ?, ?, ?, ?)
						ON CONFLICT (enrolment_id, name) DO UPDATE SET unit = excluded.unit, before_value = excluded.before_value,
						       after_value = excluded.after_value""")
			.params(HubScope.require(), enrolmentId, Assessments.cut(name, 200), text(unit), before, after)
			.update();
		audit.updated("support_measure", enrolmentId, name.strip());
	}

	/** The year's enrolments by programme and company: one query. */
	@Transactional(readOnly = true)
	public List<Enrolment> ofYear(int fiscalYear) {
		return jdbc
			.sql(ENROLMENTS + " WHERE e.fiscal_year = ? GROUP BY e.id ORDER BY e.programme, e.company_name, e.id")
			.param(fiscalYear)
			.query((rs, n) -> enrolment(rs))
			.list();
	}

	/**
	 * @throws RecordNotFoundException for another hub's enrolment
	 */
	@Transactional(readOnly = true)
	public Enrolment get(long id) {
		return jdbc.sql(ENROLMENTS + " WHERE e.id = ? GROUP BY e.id")
			.param(id)
			.query((rs, n) -> enrolment(rs))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("support enrolment", id));
	}

	@Transactional(readOnly = true)
	public List<Session> sessions(long enrolmentId) {
		return jdbc.sql("""
				SELECT id, held_on, kind, format, issues, support_given, improvement, next_direction, bureau_present
				  FROM support_session WHERE enrolment_id = ? ORDER BY held_on, id""")
			.param(enrolmentId)
			.query((rs, n) -> session(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Measure> measures(long enrolmentId) {
		return jdbc
			.sql("SELECT id, name, unit, before_value, after_value FROM support_measure WHERE enrolment_id = ? "
					+ "ORDER BY name")
			.param(enrolmentId)
			.query((rs, n) -> new Measure(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5)))
			.list();
	}

	/**
	 * The month's report per company (seed 001 §2(2)②(a) 月次報告書): every company of the
	 * year's programmes with the sessions and follow-ups it had in the month, outline
	 * first. Two queries.
	 */
	@Transactional(readOnly = true)
	public List<MonthlyEntry> monthly(YearMonth month, int fiscalYear) {
		Map<Long, List<Session>> byEnrolment = new HashMap<>();
		jdbc.sql("""
				SELECT s.enrolment_id, s.id, s.held_on, s.kind, s.format, s.issues, s.support_given, s.improvement,
				       s.next_direction, s.bureau_present
				  FROM support_session s WHERE s.held_on >= ? AND s.held_on < ? ORDER BY s.held_on, s.id""")
			.params(Date.valueOf(month.atDay(1)), Date.valueOf(month.plusMonths(1).atDay(1)))
			.query((rs, n) -> byEnrolment.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Session(rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10))))
			.list();
		return ofYear(fiscalYear).stream()
			.map(e -> new MonthlyEntry(e, byEnrolment.getOrDefault(e.id(), List.of())))
			.toList();
	}

	/**
	 * スポット支援 companies of the year with no follow-up yet (each is to be followed up at
	 * least once).
	 */
	@Transactional(readOnly = true)
	public List<Enrolment> notFollowedUp(int fiscalYear) {
		return ofYear(fiscalYear).stream().filter(e -> e.programme() == Programme.SPOT && e.followUps() == 0).toList();
	}

	private static Enrolment enrolment(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Enrolment(rs.getLong(1), rs.getLong(2), rs.getString(3), Programme.valueOf(rs.getString(4)),
				rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
				rs.getObject(9) == null ? null : rs.getInt(9), rs.getString(10), rs.getInt(11), rs.getInt(12),
				rs.getObject(13, LocalDate.class));
	}

	private static Session session(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Session(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9));
	}

	private static String text(String s) {
		return Assessments.blank(s) ? null : Assessments.cut(s, 2000);
	}

}
