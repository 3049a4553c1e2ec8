package jp.kyoten.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

/**
 * Reads placements: the hub's for staff, its own for an agency user (row-level security).
 */
@Service
@Transactional(readOnly = true)
public class Placements {

	private static final String SELECT = """
			SELECT p.id, p.handoff_id, p.need_id, h.provided_data ->> 'needTitle' AS need_title, p.company_id,
			       h.provided_data ->> 'companyName' AS company_name, p.agency_id, a.name AS agency_name,
			       p.contract_date, p.start_date, p.employment_form, p.residence_before_pref, p.residence_before_muni,
			       p.residence_after_pref, p.residence_after_muni, p.fee, p.reported_at, p.reported_by,
			       p.reported_by_agency, p.confirmed, p.confirmed_at, p.confirmed_by, p.joined, p.joined_on
			  FROM placement p
			  JOIN handoff h ON h.id = p.handoff_id
			  JOIN recruitment_agency a ON a.id = p.agency_id
			""";

	private final JdbcClient jdbc;

	Placements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PlacementView> find(long id) {
		return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(Placements::view).optional();
	}

	/**
	 * @throws RecordNotFoundException when the placement does not exist or the caller may
	 * not see it
	 */
	public PlacementView get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("placement", id));
	}

	public Optional<PlacementView> ofHandOff(long handOffId) {
		return jdbc.sql(SELECT + " WHERE p.handoff_id = ?").param(handOffId).query(Placements::view).optional();
	}

	/** One page of placements, latest contract date first. */
	public Page<PlacementView> list(PlacementFilter f, Pageable pageable) {
		return page(f, null, ListRequest.of(pageable, "contract", true), "").asPage();
	}

	/**
	 * The orders of the placement list; by default 成約日, newest first. The company is the
	 * name provided with the hand-off.
	 */
	public static final ListSorting SORTING = ListSorting.by("contract", "p.id")
		.dateKey("contract", "p.contract_date")
		.key("company", "(h.provided_data ->> 'companyName')")
		.key("confirmed", "p.confirmed")
		.key("fee", "p.fee");

	/**
	 * One page of the list page; {@code text} searches the company, the need and the
	 * agency.
	 */
	public ListPage<PlacementView> page(PlacementFilter f, String text, ListRequest request, String baseUrl) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(f, text, params);
		String countFrom = ListQuery.given(text) ? SELECT.substring(SELECT.indexOf("FROM placement"))
				: "FROM placement p";
		return ListQuery.page(jdbc, SELECT, countFrom, where, params, SORTING, request, baseUrl, Placements::view);
	}

	private static StringBuilder where(PlacementFilter f, String text, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		if (f.from() != null) {
			where.append(" AND p.contract_date >= ?");
			params.add(f.from());
		}
		if (f.to() != null) {
			where.append(" AND p.contract_date <= ?");
			params.add(f.to());
		}
		if (f.confirmed() != null) {
			where.append(" AND p.confirmed = ?");
			params.add(f.confirmed());
		}
		if (f.companyId() != null) {
			where.append(" AND p.company_id = ?");
			params.add(f.companyId());
		}
		if (f.agencyId() != null) {
			where.append(" AND p.agency_id = ?");
			params.add(f.agencyId());
		}
		if (ListQuery.given(text)) {
			where.append(HandOffs.PROVIDED_TEXT);
			String like = ListQuery.containing(text);
			params.addAll(List.of(like, like, like));
		}
		return where;
	}

	private static PlacementView view(ResultSet rs, int row) throws SQLException {
		long fee = rs.getLong("fee");
		Long feeYen = rs.wasNull() ? null : fee;
		Timestamp confirmedAt = rs.getTimestamp("confirmed_at");
		return new PlacementView(rs.getLong("id"), rs.getLong("handoff_id"), rs.getLong("need_id"),
				rs.getString("need_title"), rs.getLong("company_id"), rs.getString("company_name"),
				rs.getLong("agency_id"), rs.getString("agency_name"), rs.getObject("contract_date", LocalDate.class),
				rs.getObject("start_date", LocalDate.class), EmploymentForm.valueOf(rs.getString("employment_form")),
				new Residence(rs.getString("residence_before_pref"), rs.getString("residence_before_muni")),
				new Residence(rs.getString("residence_after_pref"), rs.getString("residence_after_muni")), feeYen,
				rs.getTimestamp("reported_at").toInstant(), rs.getString("reported_by"),
				rs.getBoolean("reported_by_agency"), rs.getBoolean("confirmed"),
				confirmedAt == null ? null : confirmedAt.toInstant(), rs.getString("confirmed_by"),
				rs.getString("joined") == null ? null : Joining.valueOf(rs.getString("joined")),
				rs.getObject("joined_on", LocalDate.class));
	}

	/**
	 * Every placement of the list page's filter, text and order (not only a page), one by
	 * one from a cursor: the list export ({@code HandOffListExportController}).
	 */
	public void export(PlacementFilter f, String text, ListRequest request,
			java.util.function.Consumer<PlacementView> each) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(f, text, params);
		ListQuery.each(jdbc, SELECT, where, params, SORTING, request, Placements::view, each);
	}

}
