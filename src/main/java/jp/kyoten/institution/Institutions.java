package jp.kyoten.institution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.text.JapaneseFold;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * The institution module's read API. Everything here sees only the institutions of the
 * hub in scope (row-level security), so an id of another hub's institution is simply not
 * found.
 */
@Service
@Transactional(readOnly = true)
public class Institutions {

	/**
	 * Banks first, then the other kinds in the order of DOMAIN.md; within a kind by kana,
	 * then name.
	 */
	private static final String KIND_ORDER = "array_position(ARRAY["
			+ Arrays.stream(InstitutionKind.values()).map(k -> "'" + k.name() + "'").collect(Collectors.joining(","))
			+ "]::text[], kind::text)";

	private static final String ORDER = " ORDER BY " + KIND_ORDER
			+ ", coalesce(name_kana, name), name, branch NULLS FIRST, id";

	private static final String COLUMNS = """
			SELECT id, name, name_kana, kind, branch, postal_code, address, phone, url, notes, active, created_at,
			       updated_at, version
			  FROM support_institution""";

	/** Filters of the institution list; {@code null} or blank means "any". */
	record Filter(String q, InstitutionKind kind, boolean financialOnly, boolean includeInactive) {

		static Filter none() {
			return new Filter(null, null, false, true);
		}

	}

	private final JdbcClient jdbc;

	Institutions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<InstitutionView> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(Institutions::view).optional();
	}

	/**
	 * @throws RecordNotFoundException when the institution does not exist or belongs to
	 * another hub
	 */
	public InstitutionView get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("institution", id));
	}

	/**
	 * The hub's active financial institutions (banks, shinkin banks, credit cooperatives,
	 * government lenders).
	 */
	public List<InstitutionView> financial() {
		return jdbc.sql(COLUMNS + " WHERE active AND kind = ANY(?)" + ORDER)
			.param(financialCodes())
			.query(Institutions::view)
			.list();
	}

	/**
	 * Every active institution of the hub, for pickers (referral source, referral
	 * target).
	 */
	public List<InstitutionView> active() {
		return jdbc.sql(COLUMNS + " WHERE active" + ORDER).query(Institutions::view).list();
	}

	/**
	 * @throws RecordNotFoundException when the institution does not exist or belongs to
	 * another hub
	 */
	public boolean isFinancial(long id) {
		return get(id).kind().isFinancial();
	}

	/** One page of the API's list, in the list page's default order. */
	Page<InstitutionView> search(Filter filter, Pageable pageable) {
		return page(filter, ListRequest.of(pageable, "kind", false), "").asPage();
	}

	/**
	 * The orders of the list page: by default banks first as in {@link #ORDER}; or by
	 * name (kana) alone.
	 */
	static final ListSorting SORTING = ListSorting.by("kind", "id")
		.key("kind", KIND_ORDER, "coalesce(name_kana, name)")
		.key("name", "coalesce(name_kana, name)", "name");

	ListPage<InstitutionView> page(Filter filter, ListRequest request, String baseUrl) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		return ListQuery.page(jdbc, COLUMNS, "FROM support_institution", where, params, SORTING, request, baseUrl,
				Institutions::view);
	}

	/**
	 * Every institution of the list page's filter and order, from a cursor: the export
	 * ({@code InstitutionListExportController}).
	 */
	void export(Filter filter, ListRequest request, java.util.function.Consumer<InstitutionView> each) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		ListQuery.each(jdbc, COLUMNS, where, params, SORTING, request, Institutions::view, each);
	}

	private String where(Filter filter, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		if (filter.q() != null && !JapaneseFold.fold(filter.q()).isEmpty()) {
			where.append(" AND search_text LIKE ? ESCAPE '\\'");
			params.add(SearchText.containing(filter.q()));
		}
		if (filter.kind() != null) {
			where.append(" AND kind = ?");
			params.add(filter.kind().name());
		}
		if (filter.financialOnly()) {
			where.append(" AND kind = ANY(?)");
			params.add(financialCodes());
		}
		if (!filter.includeInactive()) {
			where.append(" AND active");
		}
		return where.toString();
	}

	private static String[] financialCodes() {
		return InstitutionKind.financialKinds().stream().map(Enum::name).toArray(String[]::new);
	}

	private static InstitutionView view(ResultSet rs, int n) throws SQLException {
		return new InstitutionView(rs.getLong("id"), rs.getString("name"), rs.getString("name_kana"),
				InstitutionKind.valueOf(rs.getString("kind")), rs.getString("branch"), rs.getString("postal_code"),
				rs.getString("address"), rs.getString("phone"), rs.getString("url"), rs.getString("notes"),
				rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

}
