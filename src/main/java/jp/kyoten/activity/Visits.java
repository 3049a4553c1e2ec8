package jp.kyoten.activity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.Companies;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.StaffMember;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;
import jp.kyoten.schedule.AppointmentView;
import jp.kyoten.schedule.Appointments;
import jp.kyoten.schedule.WorkItem;
import jp.kyoten.schedule.WorkItemSource;

/**
 * Company visits of the hub in scope: recorded from their appointment in one step (and,
 * where the visit was a consultation, recorded as one too), read, revised, and their
 * follow-ups put on the visitors' "my work".
 */
@Service
@Transactional
public class Visits implements WorkItemSource {

	// The company's name is looked up per visit (a lateral subquery that OFFSET 0 keeps
	// from being flattened into a
	// join): under row-level security the planner expects one row of the hub and would
	// start from the company join and
	// sort everything, where walking the list's own (hub, date) index and stopping at the
	// page is what is cheap.
	private static final String SELECT = """
			SELECT v.id, v.company_id, co.name AS company_name, v.appointment_id, v.visited_on, v.staff_user_ids,
			       v.staff_names, v.met_with, v.discussed, v.next_action, v.follow_up_on, v.follow_up_done,
			       v.consultation_id, v.version
			FROM company_visit v
			CROSS JOIN LATERAL (SELECT c.name FROM company c WHERE c.id = v.company_id OFFSET 0) co""";

	private final JdbcClient jdbc;

	private final Companies companies;

	private final Appointments appointments;

	private final UserAccounts accounts;

	private final RecordConsultation consultations;

	private final AuditTrail audit;

	Visits(JdbcClient jdbc, Companies companies, Appointments appointments, UserAccounts accounts,
			RecordConsultation consultations, AuditTrail audit) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.appointments = appointments;
		this.accounts = accounts;
		this.consultations = consultations;
		this.audit = audit;
	}

	/**
	 * @return the visit's id
	 * @throws RecordNotFoundException for another hub's company or appointment
	 * @throws BusinessRuleException when the appointment was cancelled or already has its
	 * visit, or names no company
	 */
	public long record(VisitDetails visit) {
		long hubId = HubScope.require();
		VisitDetails v = withCompanyOfAppointment(visit);
		if (v.companyId() == null) {
			throw new BusinessRuleException("visit.company.required");
		}
		companies.find(v.companyId()).orElseThrow(() -> new RecordNotFoundException("company", v.companyId()));
		List<Long> staff = v.staffUserIds().isEmpty()
				? CurrentUser.get().map(KyotenUser::userId).map(List::of).orElse(List.of()) : v.staffUserIds();
		// one visit per appointment: the unique index decides, also between two
		// submissions at the same moment
		Long inserted = jdbc.sql("""
				INSERT INTO company_visit (hub_id, company_id, appointment_id, visited_on, staff_user_ids, staff_names,
				       met_with, discussed, next_action, follow_up_on, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (appointment_id) DO NOTHING RETURNING id""")
			.params(hubId, v.companyId(), v.appointmentId(), v.visitedOn(), staff.toArray(Long[]::new),
					staffNames(hubId, staff), v.metWith(), v.discussed(), v.nextAction(), v.followUpOn(),
					ActingUser.email())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleException("visit.appointment.recorded"));
		long id = inserted;
		if (v.asConsultation()) {
			long consultation = consultations
				.record(v.asNewConsultation(v.companyId(), staff.getFirst(), "企業訪問記録", "/visits/" + id));
			jdbc.sql("UPDATE company_visit SET consultation_id = ? WHERE id = ?").params(consultation, id).update();
		}
		audit.created("visit", id, "企業 " + v.companyId() + " " + v.visitedOn());
		return id;
	}

	/**
	 * Changes the record; the company, the appointment and the linked consultation stay.
	 */
	public void revise(long id, int version, VisitDetails v) {
		VisitView current = get(id);
		List<Long> staff = v.staffUserIds().isEmpty() ? current.staffUserIds() : v.staffUserIds();
		int updated = jdbc.sql("""
				UPDATE company_visit SET visited_on = ?, staff_user_ids = ?, staff_names = ?, met_with = ?,
				       discussed = ?, next_action = ?,
				       follow_up_done = CASE WHEN follow_up_on IS DISTINCT FROM ? THEN false ELSE follow_up_done END,
				       follow_up_on = ?, updated_at = now(), version = version + 1
				WHERE id = ? AND version = ?""")
			.params(v.visitedOn(), staff.toArray(Long[]::new), staffNames(HubScope.require(), staff), v.metWith(),
					v.discussed(), v.nextAction(), v.followUpOn(), v.followUpOn(), id, version)
			.update();
		if (updated == 0) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		audit.updated("visit", id, "企業 " + current.companyId() + " " + v.visitedOn());
	}

	public void markFollowedUp(long id) {
		get(id);
		jdbc.sql("UPDATE company_visit SET follow_up_done = true, updated_at = now() WHERE id = ?").param(id).update();
		audit.updated("visit", id, "フォロー済み");
	}

	@Transactional(readOnly = true)
	public VisitView get(long id) {
		return jdbc.sql(SELECT + " WHERE v.id = ?")
			.param(id)
			.query(Visits::view)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("visit", id));
	}

	/** The visit recorded from an appointment, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<VisitView> ofAppointment(long appointmentId) {
		return jdbc.sql(SELECT + " WHERE v.appointment_id = ?").param(appointmentId).query(Visits::view).optional();
	}

	/**
	 * The hub's visits in [from, to] (either may be null), optionally of one company or
	 * visitor, newest first.
	 */
	@Transactional(readOnly = true)
	public List<VisitView> list(LocalDate from, LocalDate to, Long companyId, Long staffUserId, int offset, int limit) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(from, to, companyId, staffUserId, null, params);
		params.add(Math.clamp(limit, 1, 200));
		params.add(Math.max(0, offset));
		return jdbc.sql(SELECT + where + " ORDER BY v.visited_on DESC, v.id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query(Visits::view)
			.list();
	}

	/** The orders of the visit list; by default 訪問日, newest first. */
	public static final ListSorting SORTING = ListSorting.by("date", "v.id")
		.dateKey("date", "v.visited_on")
		.key("company", "co.name")
		.key("staff", "v.staff_names");

	/**
	 * The list in company order is driven from the companies, A to Z: a nested loop walks
	 * {@code company (hub_id,
	 * name, id)} and looks up each company's visits by {@code company_visit_company_idx},
	 * stopping at the page. The visit-first shape above would join and sort the hub's
	 * every visit (657 ms on 250,000, bench/lists).
	 */
	private static final String SELECT_BY_COMPANY = """
			SELECT v.id, v.company_id, co.name AS company_name, v.appointment_id, v.visited_on, v.staff_user_ids,
			       v.staff_names, v.met_with, v.discussed, v.next_action, v.follow_up_on, v.follow_up_done,
			       v.consultation_id, v.version
			FROM company co
			JOIN company_visit v ON v.company_id = co.id""";

	/**
	 * One page of the list page; {@code text} searches what was discussed, whom staff met
	 * and the company.
	 */
	@Transactional(readOnly = true)
	public ListPage<VisitView> page(LocalDate from, LocalDate to, String text, ListRequest request, String baseUrl) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(from, to, null, null, text, params);
		String select = "company".equals(request.sort()) ? SELECT_BY_COMPANY : SELECT;
		if (ListQuery.given(text)) {
			return ListQuery.cappedPage(jdbc, select, "FROM company_visit v JOIN company co ON co.id = v.company_id",
					where, params, ListQuery.SEARCH_COUNT_CAP, SORTING, request, baseUrl, Visits::view);
		}
		return ListQuery.page(jdbc, select, "FROM company_visit v", where, params, SORTING, request, baseUrl,
				Visits::view);
	}

	private static StringBuilder where(LocalDate from, LocalDate to, Long companyId, Long staffUserId, String text,
			List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		if (from != null) {
			where.append(" AND v.visited_on >= ?");
			params.add(from);
		}
		if (to != null) {
			where.append(" AND v.visited_on <= ?");
			params.add(to);
		}
		if (companyId != null) {
			where.append(" AND v.company_id = ?");
			params.add(companyId);
		}
		if (staffUserId != null) {
			where.append(" AND v.staff_user_ids @> ARRAY[?]::bigint[]");
			params.add(staffUserId);
		}
		if (ListQuery.given(text)) {
			where.append(" AND (v.discussed ILIKE ? OR v.met_with ILIKE ? OR co.name ILIKE ?)");
			String like = ListQuery.containing(text);
			params.addAll(List.of(like, like, like));
		}
		return where;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> dueFor(long userId, LocalDate today, LocalDate horizon) {
		return jdbc.sql("""
				SELECT v.id, co.name, v.follow_up_on, v.next_action
				FROM company_visit v JOIN company co ON co.id = v.company_id
				WHERE v.staff_user_ids @> ARRAY[?]::bigint[] AND v.follow_up_on <= ? AND NOT v.follow_up_done
				  -- a visit that was also a consultation is followed up through the consultation
				  AND v.consultation_id IS NULL
				ORDER BY v.follow_up_on, v.id LIMIT 100""")
			.params(userId, horizon)
			.query((rs, n) -> new WorkItem(WorkItem.Section.FOLLOW_UP, "myWork.kind.visit",
					rs.getString(2) + (rs.getString(4) != null ? " — " + rs.getString(4) : ""),
					rs.getObject(3, LocalDate.class), "/visits/" + rs.getLong(1)))
			.list();
	}

	private VisitDetails withCompanyOfAppointment(VisitDetails v) {
		if (v.appointmentId() == null) {
			return v;
		}
		AppointmentView appointment = appointments.get(v.appointmentId());
		if (appointment.cancelled()) {
			throw new BusinessRuleException("visit.appointment.cancelled");
		}
		if (v.companyId() == null && appointment.companyId() != null) {
			return v.forCompany(appointment.companyId());
		}
		return v;
	}

	private String staffNames(long hubId, List<Long> staff) {
		return staff.stream()
			.map(id -> accounts.memberOf(hubId, id)
				.filter(StaffMember::isStaff)
				.orElseThrow(() -> new BusinessRuleException("consultation.staff.notStaff")))
			.map(StaffMember::displayName)
			.collect(Collectors.joining("、"));
	}

	private static VisitView view(ResultSet rs, int row) throws SQLException {
		long appointment = rs.getLong("appointment_id");
		Long appointmentId = rs.wasNull() ? null : appointment;
		long consultation = rs.getLong("consultation_id");
		Long consultationId = rs.wasNull() ? null : consultation;
		return new VisitView(rs.getLong("id"), rs.getLong("company_id"), rs.getString("company_name"), appointmentId,
				rs.getObject("visited_on", LocalDate.class), ids(rs.getArray("staff_user_ids")),
				rs.getString("staff_names"), rs.getString("met_with"), rs.getString("discussed"),
				rs.getString("next_action"), rs.getObject("follow_up_on", LocalDate.class),
				rs.getBoolean("follow_up_done"), consultationId, rs.getInt("version"));
	}

	private static List<Long> ids(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	/**
	 * Every visit of the list page's dates, text and order (not only a page), one by one
	 * from a cursor: the list export ({@code VisitListExportController}).
	 */
	@Transactional(readOnly = true)
	public void export(LocalDate from, LocalDate to, String text, ListRequest request,
			java.util.function.Consumer<VisitView> each) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(from, to, null, null, text, params);
		ListQuery.each(jdbc, "company".equals(request.sort()) ? SELECT_BY_COMPANY : SELECT, where, params, SORTING,
				request, Visits::view, each);
	}

}
