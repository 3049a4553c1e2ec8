package jp.kyoten.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * Reads the hub's talent needs, their history and selection sheets (row-level security
 * keeps them to the hub).
 */
@Service
@Transactional(readOnly = true)
public class Needs {

	private static final String SELECT = """
			SELECT n.id, n.company_id, co.name AS company_name, n.consultation_id, c.consulted_on, n.title,
			       n.job_category, n.employment_form, n.digital, n.cxo, n.referral_institution_id, n.referral_source,
			       si.name AS institution_name, si.branch AS institution_branch,
			       coalesce(si.kind IN ('REGIONAL_BANK', 'SECOND_REGIONAL_BANK', 'SHINKIN_BANK', 'CREDIT_COOPERATIVE',
			                        'GOVERNMENT_FINANCIAL'), false) AS financial,
			       n.description, n.conditions, n.status,
			       n.status_changed_at, n.follow_up_on, (n.created_at AT TIME ZONE 'Asia/Tokyo')::date AS learned_on,
			       n.created_by, n.version,
			       (SELECT count(*) FROM handoff h WHERE h.need_id = n.id) AS handoffs,
			       (SELECT count(*) FROM placement p WHERE p.need_id = n.id) AS placements
			  FROM talent_need n
			  JOIN company co ON co.id = n.company_id
			  JOIN consultation c ON c.id = n.consultation_id
			  LEFT JOIN support_institution si ON si.id = n.referral_institution_id
			""";

	private final JdbcClient jdbc;

	Needs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<NeedView> find(long id) {
		return jdbc.sql(SELECT + " WHERE n.id = ?").param(id).query(Needs::view).optional();
	}

	/**
	 * @throws RecordNotFoundException when the need does not exist or is another hub's
	 */
	public NeedView get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("talent_need", id));
	}

	/** The company's needs, newest first. */
	public List<NeedView> ofCompany(long companyId) {
		return jdbc.sql(SELECT + " WHERE n.company_id = ? ORDER BY n.created_at DESC, n.id DESC")
			.param(companyId)
			.query(Needs::view)
			.list();
	}

	/** The needs born from one consultation, oldest first. */
	public List<NeedView> ofConsultation(long consultationId) {
		return jdbc.sql(SELECT + " WHERE n.consultation_id = ? ORDER BY n.id")
			.param(consultationId)
			.query(Needs::view)
			.list();
	}

	/**
	 * The orders of the needs list; by default 把握日 (when the need was learned), newest
	 * first.
	 */
	public static final ListSorting SORTING = ListSorting.by("learned", "n.id")
		.dateKey("learned", "n.created_at")
		.key("company", "co.name")
		.key("status", "n.status")
		.dateKey("changed", "n.status_changed_at");

	/**
	 * One page of the hub's needs matching the filter, most recently changed first (the
	 * API's order).
	 */
	public Page<NeedView> list(NeedFilter f, Pageable pageable) {
		ListRequest request = new ListRequest(pageable.getPageNumber(), pageable.getPageSize(), "changed", true);
		Result result = query(f, request);
		return new PageImpl<>(result.rows(), pageable, result.total());
	}

	/** One page of the hub's needs for the list page, in the order asked for. */
	public ListPage<NeedView> page(NeedFilter f, ListRequest request, String baseUrl) {
		Result result = query(f, request);
		return new ListPage<>(result.rows(), result.total(), request, baseUrl);
	}

	private record Result(List<NeedView> rows, long total) {
	}

	private static StringBuilder where(NeedFilter f, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		if (f.status() != null) {
			where.append(" AND n.status = ?");
			params.add(f.status().name());
		}
		if (Boolean.TRUE.equals(f.open())) {
			where.append(" AND n.status NOT IN ('PLACED', 'NOT_PLACED', 'WITHDRAWN')");
		}
		if (f.jobCategory() != null) {
			where.append(" AND n.job_category = ?");
			params.add(f.jobCategory().name());
		}
		if (f.employmentForm() != null) {
			where.append(" AND n.employment_form = ?");
			params.add(f.employmentForm().name());
		}
		if (f.digital() != null) {
			where.append(" AND n.digital = ?");
			params.add(f.digital());
		}
		if (f.cxo() != null) {
			where.append(" AND n.cxo = ?");
			params.add(f.cxo());
		}
		if (f.companyId() != null) {
			where.append(" AND n.company_id = ?");
			params.add(f.companyId());
		}
		if (f.text() != null && !f.text().isBlank()) {
			// position, company and the free text (description, conditions) staff wrote
			where.append(" AND (n.title ILIKE ? OR co.name ILIKE ? OR n.description ILIKE ? OR n.conditions ILIKE ?)");
			String like = ListQuery.containing(f.text());
			params.addAll(List.of(like, like, like, like));
		}
		return where;
	}

	/**
	 * Every need of the list page's filter and order (not only a page), one by one from a
	 * cursor: the list export ({@code NeedListExportController}).
	 */
	public void export(NeedFilter f, ListRequest request, java.util.function.Consumer<NeedView> each) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(f, params);
		ListQuery.each(jdbc, SELECT, where, params, SORTING, request, Needs::view, each);
	}

	private Result query(NeedFilter f, ListRequest request) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(f, params);
		String orderBy = SORTING.orderBy(request);
		// the company is joined only where its name is searched or sorted: counting stays
		// on talent_need
		String from = where.indexOf("co.name") >= 0 || orderBy.contains("co.name")
				? " FROM talent_need n JOIN company co ON co.id = n.company_id" : " FROM talent_need n";
		String countFrom = where.indexOf("co.name") >= 0 ? from : " FROM talent_need n";
		long total = jdbc.sql("SELECT count(*)" + countFrom + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(request.size());
		pageParams.add(request.offset());
		// The page's ids first, from the hub's index for the order alone; only those rows
		// are then joined to their
		// company and consultation. Joined before the LIMIT, the planner walked the hub's
		// whole history.
		String page = "WITH page AS (SELECT n.id, row_number() OVER (ORDER BY " + orderBy + ") AS position" + from
				+ where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?) ";
		List<NeedView> rows = jdbc
			.sql(page + SELECT.replace("FROM talent_need n", "FROM page JOIN talent_need n ON n.id = page.id")
					+ " ORDER BY page.position")
			.params(pageParams)
			.query(Needs::view)
			.list();
		return new Result(rows, total);
	}

	public List<StatusChangeView> history(long needId) {
		return jdbc.sql("""
				SELECT from_status, to_status, reason, changed_at, changed_by
				  FROM talent_need_status_history WHERE need_id = ? ORDER BY changed_at, id""")
			.param(needId)
			.query((rs, n) -> new StatusChangeView(rs.getString(1) == null ? null : NeedStatus.valueOf(rs.getString(1)),
					NeedStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getString(5)))
			.list();
	}

	/**
	 * The need's selection sheets, newest first, each with its agencies in the recorded
	 * order.
	 */
	public List<SheetView> sheets(long needId) {
		return sheets(" WHERE s.need_id = ?", needId);
	}

	/**
	 * @throws RecordNotFoundException when the sheet is not this need's or not the hub's
	 */
	public SheetView sheet(long needId, long sheetId) {
		return sheets(" WHERE s.need_id = ? AND s.id = ?", needId, sheetId).stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("selection_sheet", sheetId));
	}

	private List<SheetView> sheets(String where, Object... params) {
		Map<Long, SheetView> sheets = new LinkedHashMap<>();
		jdbc.sql(
				"""
						SELECT s.id, s.need_id, s.ordering, s.created_at, s.created_by, sa.position, a.id AS agency_id, a.name,
						       a.licence_number, a.description, a.website, coalesce(a.phone, ac.phone) AS phone,
						       coalesce(a.email, ac.email) AS email, ac.name AS contact_name, ac.department AS contact_department
						  FROM selection_sheet s
						  JOIN selection_sheet_agency sa ON sa.sheet_id = s.id
						  JOIN recruitment_agency a ON a.id = sa.agency_id
						  -- the agency's first contact person answers when the agency has no phone or mail of its own
						  LEFT JOIN LATERAL (SELECT c.name, c.department, c.phone, c.email FROM agency_contact c
						                      WHERE c.agency_id = a.id ORDER BY c.id LIMIT 1) ac ON true"""
						+ where + " ORDER BY s.created_at DESC, s.id DESC, sa.position")
			.params(params)
			.query((ResultSet rs) -> {
				long id = rs.getLong("id");
				SheetView sheet = sheets.computeIfAbsent(id, k -> {
					try {
						return new SheetView(k, rs.getLong("need_id"), rs.getString("ordering"),
								rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
								new ArrayList<>());
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
				sheet.agencies()
					.add(new SheetView.SheetAgency(rs.getInt("position"), rs.getLong("agency_id"), rs.getString("name"),
							rs.getString("licence_number"), rs.getString("description"), rs.getString("website"),
							rs.getString("phone"), rs.getString("email"), rs.getString("contact_name"),
							rs.getString("contact_department")));
			});
		return sheets.values()
			.stream()
			.map(s -> new SheetView(s.id(), s.needId(), s.ordering(), s.createdAt(), s.createdBy(),
					List.copyOf(s.agencies())))
			.toList();
	}

	private static NeedView view(ResultSet rs, int row) throws SQLException {
		long institutionId = rs.getLong("referral_institution_id");
		Referral referral;
		if (rs.wasNull()) {
			String source = rs.getString("referral_source");
			referral = new Referral(null, source == null ? null : ReferralSource.valueOf(source));
		}
		else {
			referral = Referral.institution(institutionId);
		}
		String institution = rs.getString("institution_name");
		String branch = rs.getString("institution_branch");
		if (institution != null && branch != null && !branch.isBlank()) {
			institution = institution + " " + branch;
		}
		Timestamp changed = rs.getTimestamp("status_changed_at");
		return new NeedView(rs.getLong("id"), rs.getLong("company_id"), rs.getString("company_name"),
				rs.getLong("consultation_id"), rs.getObject("consulted_on", LocalDate.class), rs.getString("title"),
				JobCategory.valueOf(rs.getString("job_category")),
				EmploymentForm.valueOf(rs.getString("employment_form")), rs.getBoolean("digital"), rs.getBoolean("cxo"),
				referral, institution, rs.getBoolean("financial"), rs.getString("description"),
				rs.getString("conditions"), NeedStatus.valueOf(rs.getString("status")),
				changed == null ? null : changed.toInstant(), rs.getObject("follow_up_on", LocalDate.class),
				rs.getObject("learned_on", LocalDate.class), rs.getString("created_by"), rs.getInt("handoffs"),
				rs.getInt("placements"), rs.getInt("version"));
	}

}
