package jp.kyoten.activity;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.institution.Institutions;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;
import jp.kyoten.schedule.WorkItem;
import jp.kyoten.schedule.WorkItemSource;

/**
 * Referrals of companies to other support institutions (他機関への紹介) and what came of them,
 * so that the loop closes back in the company's record; with the report of referrals made
 * and received per institution.
 */
@Service
@Transactional
class InstitutionReferrals implements WorkItemSource {

	private final Clock clock;

	// Names looked up per referral (lateral subqueries kept apart by OFFSET 0), so that a
	// page walks the list's own
	// index and stops, where the planner under row-level security would join everything
	// first and sort (as Visits).
	private static final String SELECT = """
			SELECT r.id, r.consultation_id, r.company_id, co.name AS company_name, r.institution_id,
			       si.name || coalesce(' ' || nullif(si.branch, ''), '') AS institution_name, r.referred_on, r.reason,
			       r.consent_form, r.consent_on, r.follow_up_on, r.status, r.outcome_note, r.outcome_on, r.staff_name,
			       r.version
			FROM institution_referral r
			CROSS JOIN LATERAL (SELECT c.name FROM company c WHERE c.id = r.company_id OFFSET 0) co
			CROSS JOIN LATERAL (SELECT s.name, s.branch FROM support_institution s WHERE s.id = r.institution_id
			                    OFFSET 0) si""";

	/**
	 * One institution's line of the report: referrals the hub made to it by outcome, and
	 * consultations it sent.
	 */
	public record InstitutionLine(long institutionId, String institutionName, long made, long inProgress, long resolved,
			long unsuccessful, long received) {
	}

	private final JdbcClient jdbc;

	private final Consultations consultations;

	private final Institutions institutions;

	private final AuditTrail audit;

	InstitutionReferrals(JdbcClient jdbc, Consultations consultations, Institutions institutions, AuditTrail audit,
			Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.consultations = consultations;
		this.institutions = institutions;
		this.audit = audit;
	}

	/**
	 * @throws RecordNotFoundException for another hub's consultation or institution
	 */
	public long refer(NewReferral r) {
		ConsultationView consultation = consultations.get(r.consultationId());
		institutions.get(r.institutionId());
		if (r.consentOn().isAfter(r.referredOn())) {
			throw new BusinessRuleException("referral.consent.afterReferral");
		}
		if (r.followUpOn() != null && r.followUpOn().isBefore(r.referredOn())) {
			throw new BusinessRuleException("referral.followUp.beforeReferral");
		}
		KyotenUser me = CurrentUser.get().orElse(null);
		long id = jdbc.sql("""
				INSERT INTO institution_referral (hub_id, consultation_id, company_id, institution_id, referred_on,
				       reason, consent_form, consent_on, follow_up_on, staff_user_id, staff_name, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), consultation.id(), consultation.companyId(), r.institutionId(), r.referredOn(),
					r.reason(), r.consentForm().name(), r.consentOn(), r.followUpOn(), me == null ? null : me.userId(),
					me == null ? null : me.displayName(), ActingUser.email())
			.query(Long.class)
			.single();
		audit.created("referral", id, consultation.companyName() + " → 支援機関 " + r.institutionId());
		return id;
	}

	/** Records what came of the referral; back to 対応中 clears the outcome date. */
	public void recordOutcome(long id, int version, ReferralStatus status, String note, LocalDate on) {
		ReferralView current = get(id);
		LocalDate outcomeOn = status == ReferralStatus.IN_PROGRESS ? null : (on != null ? on : LocalDate.now(clock));
		if (outcomeOn != null && outcomeOn.isBefore(current.referredOn())) {
			throw new BusinessRuleException("referral.outcome.beforeReferral");
		}
		int updated = jdbc.sql("""
				UPDATE institution_referral SET status = ?, outcome_note = ?, outcome_on = ?, updated_at = now(),
				       version = version + 1
				WHERE id = ? AND version = ?""")
			.params(status.name(), note == null || note.isBlank() ? null : note.strip(), outcomeOn, id, version)
			.update();
		if (updated == 0) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		audit.updated("referral", id, status.name());
	}

	@Transactional(readOnly = true)
	public ReferralView get(long id) {
		return jdbc.sql(SELECT + " WHERE r.id = ?")
			.param(id)
			.query(InstitutionReferrals::view)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("referral", id));
	}

	@Transactional(readOnly = true)
	public List<ReferralView> ofConsultation(long consultationId) {
		return jdbc.sql(SELECT + " WHERE r.consultation_id = ? ORDER BY r.referred_on DESC, r.id DESC")
			.param(consultationId)
			.query(InstitutionReferrals::view)
			.list();
	}

	/**
	 * The hub's referrals, newest first, filtered by date range, institution, company and
	 * status.
	 */
	@Transactional(readOnly = true)
	public List<ReferralView> list(LocalDate from, LocalDate to, Long institutionId, Long companyId,
			ReferralStatus status, int offset, int limit) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(from, to, institutionId, companyId, status, null, params);
		params.add(Math.clamp(limit, 1, 200));
		params.add(Math.max(0, offset));
		return jdbc.sql(SELECT + where + " ORDER BY r.referred_on DESC, r.id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query(InstitutionReferrals::view)
			.list();
	}

	/** The orders of the referral list; by default 紹介日, newest first. */
	public static final ListSorting SORTING = ListSorting.by("date", "r.id")
		.dateKey("date", "r.referred_on")
		.key("company", "co.name")
		.key("institution", "si.name")
		.key("status", "r.status")
		.key("staff", "r.staff_name");

	/**
	 * One page of the list page; {@code text} searches the reason, the outcome, the
	 * company and the institution.
	 */
	@Transactional(readOnly = true)
	public ListPage<ReferralView> page(LocalDate from, LocalDate to, ReferralStatus status, String text,
			ListRequest request, String baseUrl) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(from, to, null, null, status, text, params);
		String countFrom = ListQuery.given(text) ? SELECT.substring(SELECT.indexOf("FROM institution_referral"))
				: "FROM institution_referral r";
		return ListQuery.page(jdbc, SELECT, countFrom, where, params, SORTING, request, baseUrl,
				InstitutionReferrals::view);
	}

	private static StringBuilder where(LocalDate from, LocalDate to, Long institutionId, Long companyId,
			ReferralStatus status, String text, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		if (from != null) {
			where.append(" AND r.referred_on >= ?");
			params.add(from);
		}
		if (to != null) {
			where.append(" AND r.referred_on <= ?");
			params.add(to);
		}
		if (institutionId != null) {
			where.append(" AND r.institution_id = ?");
			params.add(institutionId);
		}
		if (companyId != null) {
			where.append(" AND r.company_id = ?");
			params.add(companyId);
		}
		if (status != null) {
			where.append(" AND r.status = ?");
			params.add(status.name());
		}
		if (ListQuery.given(text)) {
			where.append(" AND (r.reason ILIKE ? OR r.outcome_note ILIKE ? OR co.name ILIKE ? OR si.name ILIKE ?)");
			String like = ListQuery.containing(text);
			params.addAll(List.of(like, like, like, like));
		}
		return where;
	}

	/**
	 * Per institution with referrals made or received in [from, to]: made (by outcome),
	 * received, and their sum ({@code total}, the report's order). Referrals made:
	 * institution_referral rows by referred_on; received: consultations naming the
	 * institution as the one that referred the company (referral_institution_id) by
	 * consulted_on — the seed's definitions of 他機関への紹介 and 他機関からの紹介.
	 */
	private static final String BY_INSTITUTION = """
			SELECT * FROM (
			  WITH made AS (
			      SELECT institution_id, count(*) AS made,
			             count(*) FILTER (WHERE status = 'IN_PROGRESS') AS in_progress,
			             count(*) FILTER (WHERE status = 'RESOLVED') AS resolved,
			             count(*) FILTER (WHERE status = 'UNSUCCESSFUL') AS unsuccessful
			      FROM institution_referral WHERE referred_on BETWEEN ? AND ? GROUP BY institution_id),
			  received AS (
			      SELECT referral_institution_id AS institution_id, count(*) AS received
			      FROM consultation WHERE referral_institution_id IS NOT NULL AND consulted_on BETWEEN ? AND ?
			      GROUP BY referral_institution_id)
			  SELECT si.id, si.name || coalesce(' ' || nullif(si.branch, ''), '') AS name, coalesce(made.made, 0) AS made,
			         coalesce(made.in_progress, 0) AS in_progress, coalesce(made.resolved, 0) AS resolved,
			         coalesce(made.unsuccessful, 0) AS unsuccessful, coalesce(received.received, 0) AS received,
			         coalesce(made.made, 0) + coalesce(received.received, 0) AS total
			  FROM support_institution si
			  LEFT JOIN made ON made.institution_id = si.id
			  LEFT JOIN received ON received.institution_id = si.id
			  WHERE made.made > 0 OR received.received > 0) s""";

	/**
	 * The orders of the per-institution report: most referrals first (the default), or by
	 * name.
	 */
	public static final ListSorting INSTITUTION_SORTING = ListSorting.by("total", "s.id")
		.dateKey("total", "s.total")
		.key("name", "s.name");

	/**
	 * How many institutions the referral list shows above it; the rest are a page of
	 * their own.
	 */
	public static final int TOP_INSTITUTIONS = 20;

	/**
	 * Referrals made to each institution in [from, to] by outcome, beside the
	 * consultations it referred to the hub.
	 */
	@Transactional(readOnly = true)
	public List<InstitutionLine> byInstitution(LocalDate from, LocalDate to) {
		List<InstitutionLine> lines = new ArrayList<>();
		jdbc.sql(BY_INSTITUTION + " ORDER BY s.total DESC, s.name")
			.params(from, to, from, to)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> lines.add(line(rs)));
		return lines;
	}

	/**
	 * The institutions with most referrals in [from, to], at most {@code limit}, and how
	 * many there are in all: the summary above the referral list, which printed every
	 * institution of a large hub (20,000 rows, a 4 MB page).
	 */
	@Transactional(readOnly = true)
	public Top topInstitutions(LocalDate from, LocalDate to, int limit) {
		long[] all = { 0 };
		List<InstitutionLine> lines = new ArrayList<>();
		jdbc.sql("SELECT s.*, count(*) OVER () AS institutions FROM (" + BY_INSTITUTION
				+ ") s ORDER BY s.total DESC, s.id DESC LIMIT ?")
			.params(from, to, from, to, limit)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				all[0] = rs.getLong("institutions");
				lines.add(line(rs));
			});
		return new Top(lines, all[0]);
	}

	/** The first institutions of the report and the number of all of them. */
	public record Top(List<InstitutionLine> lines, long institutions) {

		public boolean more() {
			return institutions > lines.size();
		}

	}

	/** The whole per-institution report of [from, to], a page at a time. */
	@Transactional(readOnly = true)
	public ListPage<InstitutionLine> institutionPage(LocalDate from, LocalDate to, ListRequest request,
			String baseUrl) {
		return ListQuery.page(jdbc, "SELECT s.* FROM (" + BY_INSTITUTION + ") s", "FROM (" + BY_INSTITUTION + ") s",
				" WHERE true", List.of(from, to, from, to), INSTITUTION_SORTING, request, baseUrl, (rs, n) -> line(rs));
	}

	private static InstitutionLine line(ResultSet rs) throws SQLException {
		return new InstitutionLine(rs.getLong("id"), rs.getString("name"), rs.getLong("made"),
				rs.getLong("in_progress"), rs.getLong("resolved"), rs.getLong("unsuccessful"), rs.getLong("received"));
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> dueFor(long userId, LocalDate today, LocalDate horizon) {
		return jdbc.sql("""
				SELECT r.consultation_id, co.name, si.name, r.follow_up_on
				FROM institution_referral r
				JOIN company co ON co.id = r.company_id
				JOIN support_institution si ON si.id = r.institution_id
				WHERE r.staff_user_id = ? AND r.status = 'IN_PROGRESS' AND r.follow_up_on <= ?
				ORDER BY r.follow_up_on, r.id LIMIT 100""")
			.params(userId, horizon)
			.query((rs, n) -> new WorkItem(WorkItem.Section.FOLLOW_UP, "myWork.kind.referral",
					rs.getString(2) + " → " + rs.getString(3), rs.getObject(4, LocalDate.class),
					"/consultations/" + rs.getLong(1) + "#referrals"))
			.list();
	}

	private static ReferralView view(ResultSet rs, int row) throws SQLException {
		return new ReferralView(rs.getLong("id"), rs.getLong("consultation_id"), rs.getLong("company_id"),
				rs.getString("company_name"), rs.getLong("institution_id"), rs.getString("institution_name"),
				rs.getObject("referred_on", LocalDate.class), rs.getString("reason"),
				ConsentForm.valueOf(rs.getString("consent_form")), rs.getObject("consent_on", LocalDate.class),
				rs.getObject("follow_up_on", LocalDate.class), ReferralStatus.valueOf(rs.getString("status")),
				rs.getString("outcome_note"), rs.getObject("outcome_on", LocalDate.class), rs.getString("staff_name"),
				rs.getInt("version"));
	}

	/**
	 * Every referral of the list page's period, status, text and order (not only a page),
	 * one by one from a cursor: the list export ({@code ReferralListExportController}).
	 */
	@Transactional(readOnly = true)
	public void export(LocalDate from, LocalDate to, ReferralStatus status, String text, ListRequest request,
			java.util.function.Consumer<ReferralView> each) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(from, to, null, null, status, text, params);
		ListQuery.each(jdbc, SELECT, where, params, SORTING, request, InstitutionReferrals::view, each);
	}

}
