package jp.kyoten.agency;

import java.time.Clock;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The agency module's read API. Everything here sees only the agencies of the hub in
 * scope (row-level security), so an id of another hub's agency is simply not found.
 */
@Service
@Transactional(readOnly = true)
public class Agencies {

	private final Clock clock;

	private static final String COLUMNS = """
			SELECT id, name, name_kana, corporate_number, licence_number, status, status_changed_at, agreement_date,
			       agreement_end, employment_forms, job_categories, industries, prefecture_codes, description, website,
			       phone, email, address, notes, created_at, updated_at, version
			  FROM recruitment_agency""";

	/** Filters of the agency list; {@code null} means "any". */
	record Filter(AgencyStatus status, EmploymentForm employmentForm, JobCategory jobCategory, String prefectureCode) {
	}

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public Optional<AgencyView> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(Agencies::view).optional();
	}

	/**
	 * Every agency of the hub, whatever its status, by id: a list a hub's records are
	 * matched against.
	 */
	public List<AgencyView> all() {
		return jdbc.sql(COLUMNS + " ORDER BY id").query(Agencies::view).list();
	}

	/**
	 * @throws RecordNotFoundException when the agency does not exist or belongs to
	 * another hub
	 */
	public AgencyView get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("agency", id));
	}

	/**
	 * The hub's registered agencies that take this employment form and job category and
	 * serve this prefecture, for a company to choose from. Only status 登録 counts, and
	 * only while the agreement with the hub (協定) has not ended. The list is ordered by id
	 * and favours no one: the caller rotates or shuffles it and records the order shown.
	 * A {@code null} argument does not restrict.
	 */
	public List<AgencyView> eligible(EmploymentForm employmentForm, JobCategory jobCategory, String prefectureCode) {
		StringBuilder sql = new StringBuilder(COLUMNS)
			.append(" WHERE status = 'REGISTERED' AND (agreement_end IS NULL OR agreement_end >= ?)");
		List<Object> params = new ArrayList<>();
		params.add(LocalDate.now(clock));
		if (employmentForm != null) {
			sql.append(" AND ? = ANY(employment_forms)");
			params.add(employmentForm.name());
		}
		if (jobCategory != null) {
			sql.append(" AND ? = ANY(job_categories)");
			params.add(jobCategory.name());
		}
		if (prefectureCode != null) {
			sql.append(" AND ? = ANY(prefecture_codes)");
			params.add(prefectureCode);
		}
		return jdbc.sql(sql + " ORDER BY id").params(params).query(Agencies::view).list();
	}

	private static final String STATUS_ORDER = "array_position(ARRAY['APPLIED','REGISTERED','SUSPENDED','REVOKED']"
			+ "::text[], status::text)";

	/** One page of the API's list, in the list page's default order. */
	Page<AgencyView> search(Filter filter, Pageable pageable) {
		return page(filter, null, ListRequest.of(pageable, "status", false), "").asPage();
	}

	/**
	 * The orders of the list page: by default by registration status (申請中 first, the ones
	 * that need work), then kana; by name; by licence number; by the day the status last
	 * changed, newest first.
	 */
	static final ListSorting SORTING = ListSorting.by("status", "id")
		.key("status", STATUS_ORDER, "coalesce(name_kana, name)")
		.key("name", "coalesce(name_kana, name)", "name")
		.key("licence", "licence_number")
		.dateKey("changed", "status_changed_at");

	/**
	 * One page of the list; {@code text} searches the name, its kana and what the agency
	 * says of itself.
	 */
	ListPage<AgencyView> page(Filter filter, String text, ListRequest request, String baseUrl) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, text, params);
		return ListQuery.page(jdbc, COLUMNS, "FROM recruitment_agency", where, params, SORTING, request, baseUrl,
				Agencies::view);
	}

	/**
	 * Every agency of the list page's filter, text and order, from a cursor: the export
	 * ({@code AgencyListExportController}).
	 */
	void export(Filter filter, String text, ListRequest request, java.util.function.Consumer<AgencyView> each) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, text, params);
		ListQuery.each(jdbc, COLUMNS, where, params, SORTING, request, Agencies::view, each);
	}

	private static String where(Filter filter, String text, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		if (filter.status() != null) {
			where.append(" AND status = ?");
			params.add(filter.status().name());
		}
		if (filter.employmentForm() != null) {
			where.append(" AND ? = ANY(employment_forms)");
			params.add(filter.employmentForm().name());
		}
		if (filter.jobCategory() != null) {
			where.append(" AND ? = ANY(job_categories)");
			params.add(filter.jobCategory().name());
		}
		if (filter.prefectureCode() != null) {
			where.append(" AND ? = ANY(prefecture_codes)");
			params.add(filter.prefectureCode());
		}
		if (ListQuery.given(text)) {
			where.append(" AND (name ILIKE ? OR name_kana ILIKE ? OR description ILIKE ?)");
			String like = ListQuery.containing(text);
			params.addAll(List.of(like, like, like));
		}
		return where.toString();
	}

	/**
	 * The hub's active requirements, each with whether it is confirmed for this agency.
	 */
	RequirementChecklist checklist(long agencyId) {
		return new RequirementChecklist(jdbc.sql("""
				SELECT r.id, r.label, r.description, coalesce(c.satisfied, false), c.checked_at, c.checked_by_name,
				       c.note
				  FROM agency_requirement r
				  LEFT JOIN agency_requirement_check c ON c.requirement_id = r.id AND c.agency_id = ?
				 WHERE r.active
				 ORDER BY r.sort_order, r.id""")
			.param(agencyId)
			.query((rs, n) -> new ChecklistItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					instant(rs.getTimestamp(5)), rs.getString(6), rs.getString(7)))
			.list());
	}

	List<StatusChangeView> history(long agencyId) {
		return jdbc.sql("""
				SELECT from_status, to_status, reason, changed_at, changed_by, changed_by_name
				  FROM agency_status_history WHERE agency_id = ? ORDER BY changed_at, id""")
			.param(agencyId)
			.query((rs, n) -> new StatusChangeView(
					rs.getString(1) == null ? null : AgencyStatus.valueOf(rs.getString(1)),
					AgencyStatus.valueOf(rs.getString(2)), rs.getString(3), instant(rs.getTimestamp(4)),
					(Long) rs.getObject(5), rs.getString(6)))
			.list();
	}

	private static AgencyView view(ResultSet rs, int n) throws SQLException {
		return new AgencyView(rs.getLong("id"), rs.getString("name"), rs.getString("name_kana"),
				rs.getString("corporate_number"), rs.getString("licence_number"),
				AgencyStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("status_changed_at")),
				rs.getObject("agreement_date", LocalDate.class), rs.getObject("agreement_end", LocalDate.class),
				enums(rs.getArray("employment_forms"), EmploymentForm.class),
				enums(rs.getArray("job_categories"), JobCategory.class), strings(rs.getArray("industries")),
				strings(rs.getArray("prefecture_codes")), rs.getString("description"), rs.getString("website"),
				rs.getString("phone"), rs.getString("email"), rs.getString("address"), rs.getString("notes"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		EnumSet<E> set = EnumSet.noneOf(type);
		Arrays.stream(strings(array).toArray(String[]::new)).map(code -> Enum.valueOf(type, code)).forEach(set::add);
		return java.util.Collections.unmodifiableSet(set);
	}

	private static java.time.Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

}
