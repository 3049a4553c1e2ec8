package jp.kyoten.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * Reads hand-offs from the hand-off table and its provided-data record only. Staff see
 * the hub's; an agency user sees only its own agency's (row-level security), so another
 * agency's id is not found.
 */
@Service
@Transactional(readOnly = true)
public class HandOffs {

	private static final String SELECT = """
			SELECT h.id, h.need_id, h.company_id, h.agency_id, a.name AS agency_name, h.selection_sheet_id, h.chosen_by,
			       h.choice_method, h.chosen_on, h.status, h.status_changed_at, h.not_placed_reason,
			       h.provided_data::text AS provided_data, h.provided_at, h.provided_by, p.id AS placement_id,
			       coalesce(p.confirmed, false) AS placement_confirmed
			  FROM handoff h
			  JOIN recruitment_agency a ON a.id = h.agency_id
			  LEFT JOIN placement p ON p.handoff_id = h.id
			""";

	private final JdbcClient jdbc;

	/**
	 * Lenient: records written by other tools may lack a field (a missing flag reads as
	 * false).
	 */
	private final ObjectReader provided;

	HandOffs(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.provided = json.readerFor(ProvidedData.class)
			.without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
					DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	public Optional<HandOffView> find(long id) {
		return jdbc.sql(SELECT + " WHERE h.id = ?").param(id).query(this::view).optional();
	}

	/**
	 * @throws RecordNotFoundException when the hand-off does not exist or the caller may
	 * not see it
	 */
	public HandOffView get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("handoff", id));
	}

	/** The need's hand-offs in agency order of choice. */
	public List<HandOffView> ofNeed(long needId) {
		return jdbc.sql(SELECT + " WHERE h.need_id = ? ORDER BY h.id").param(needId).query(this::view).list();
	}

	/** One page of hand-offs, most recently changed first (the API's order). */
	public Page<HandOffView> list(HandOffFilter f, Pageable pageable) {
		return page(f, null, ListRequest.of(pageable, "changed", true), "").asPage();
	}

	/**
	 * The orders of the hand-off lists (staff and agency portal); by default 選択日, the day
	 * the company chose the agency, newest first. The company is the name the hub
	 * provided with the hand-off.
	 */
	public static final ListSorting SORTING = ListSorting.by("chosen", "h.id")
		.dateKey("chosen", "h.chosen_on")
		.key("company", "(h.provided_data ->> 'companyName')")
		.key("status", "h.status")
		.dateKey("changed", "h.status_changed_at");

	/**
	 * A text in the company or need named in the provided data, or in the agency's name:
	 * three parameters.
	 */
	static final String PROVIDED_TEXT = " AND (h.provided_data ->> 'companyName' ILIKE ?"
			+ " OR h.provided_data ->> 'needTitle' ILIKE ? OR a.name ILIKE ?)";

	/**
	 * One page of a hand-off list in the order asked for; {@code text} searches company,
	 * need and agency.
	 */
	public ListPage<HandOffView> page(HandOffFilter f, String text, ListRequest request, String baseUrl) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(f, text, params);
		String countFrom = ListQuery.given(text) ? "FROM handoff h JOIN recruitment_agency a ON a.id = h.agency_id"
				: "FROM handoff h";
		return ListQuery.page(jdbc, SELECT, countFrom, where, params, SORTING, request, baseUrl, this::view);
	}

	private static StringBuilder where(HandOffFilter f, String text, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		// row-level security already narrows an agency user to its agency; saying so lets
		// the index on agency_id serve
		HubScope.currentAgency().ifPresent(agency -> {
			where.append(" AND h.agency_id = ?");
			params.add(agency);
		});
		if (f.needId() != null) {
			where.append(" AND h.need_id = ?");
			params.add(f.needId());
		}
		if (f.companyId() != null) {
			where.append(" AND h.company_id = ?");
			params.add(f.companyId());
		}
		if (f.agencyId() != null) {
			where.append(" AND h.agency_id = ?");
			params.add(f.agencyId());
		}
		if (f.status() != null) {
			where.append(" AND h.status = ?");
			params.add(f.status().name());
		}
		if (Boolean.TRUE.equals(f.open())) {
			where.append(" AND h.status NOT IN ('DECLINED', 'PLACED', 'NOT_PLACED')");
		}
		if (ListQuery.given(text)) {
			where.append(PROVIDED_TEXT);
			String like = ListQuery.containing(text);
			params.addAll(List.of(like, like, like));
		}
		return where;
	}

	/** The hand-off's steps, oldest first. */
	public List<ProgressView> progress(long handOffId) {
		return jdbc.sql("""
				SELECT status, note, recorded_at, recorded_by FROM handoff_progress
				 WHERE handoff_id = ? ORDER BY recorded_at, id""")
			.param(handOffId)
			.query((rs, n) -> new ProgressView(HandOffStatus.valueOf(rs.getString(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	private HandOffView view(ResultSet rs, int row) throws SQLException {
		long placement = rs.getLong("placement_id");
		Long placementId = rs.wasNull() ? null : placement;
		return new HandOffView(rs.getLong("id"), rs.getLong("need_id"), rs.getLong("company_id"),
				rs.getLong("agency_id"), rs.getString("agency_name"), rs.getLong("selection_sheet_id"),
				rs.getString("chosen_by"), ChoiceMethod.valueOf(rs.getString("choice_method")),
				rs.getObject("chosen_on", java.time.LocalDate.class), HandOffStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("status_changed_at").toInstant(), rs.getString("not_placed_reason"),
				provided.readValue(rs.getString("provided_data")), rs.getTimestamp("provided_at").toInstant(),
				rs.getString("provided_by"), placementId, rs.getBoolean("placement_confirmed"));
	}

	/**
	 * Every hand-off of the list page's filter, text and order (not only a page), one by
	 * one from a cursor: the list export ({@code HandOffListExportController}).
	 */
	public void export(HandOffFilter f, String text, ListRequest request,
			java.util.function.Consumer<HandOffView> each) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = where(f, text, params);
		ListQuery.each(jdbc, SELECT, where, params, SORTING, request, this::view, each);
	}

}
