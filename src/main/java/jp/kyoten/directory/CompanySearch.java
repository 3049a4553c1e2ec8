package jp.kyoten.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * The company list and search as a read model: SQL written for the question, reading the
 * {@code company_search} view (the hub's rows; see docs/adr/010 for why a view), so that
 * the GIN index on the name and kana grams and the pattern index on the corporate number
 * can be used.
 * <ul>
 * <li>the words are read by {@link CompanyQuery}, as the search across hubs reads them:
 * four or more digits (after NFKC) are the beginning of a corporate number;</li>
 * <li>any other query is normalised like the stored names
 * ({@link JapaneseText#normalize}) and must be contained in the normalised name or kana:
 * the GIN index narrows to the rows that have all its 2-grams, LIKE confirms;</li>
 * <li>filters combine with AND; merged-away records never appear; closed companies only
 * when asked for;</li>
 * <li>results are sorted by kana, then name; the number of matches is counted up to
 * {@link DirectorySettings#countCap()}.</li>
 * </ul>
 * A name search answers in one or two statements ({@link #nameSearch}); a list without a
 * name query in two (a capped count and the page), both following the kana index.
 */
@Component
@Transactional(readOnly = true)
public class CompanySearch {

	public enum Status {

		ACTIVE, CLOSED, ALL

	}

	/** What the user asked for; every field is optional. */
	public record Criteria(String q, String municipalityCode, String industry, SizeBand sizeBand, Boolean sme,
			String mainBank, Status status) {

		public Criteria {
			q = q == null ? null : q.strip();
			municipalityCode = blankToNull(municipalityCode);
			industry = blankToNull(industry);
			mainBank = blankToNull(mainBank);
			status = status == null ? Status.ACTIVE : status;
		}

		public static Criteria query(String q) {
			return new Criteria(q, null, null, null, null, null, Status.ACTIVE);
		}

		private static String blankToNull(String s) {
			return s == null || s.isBlank() ? null : s.strip();
		}

	}

	/**
	 * A page of results. {@code total} is exact up to the count cap; {@code capped} says
	 * that there are more.
	 */
	public record Result(List<CompanyRow> rows, int page, int size, long total, boolean capped) {

		public int totalPages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < totalPages();
		}

		public boolean isEmpty() {
			return rows.isEmpty();
		}

	}

	/**
	 * The conditions of a search and their parameters; {@code nameQuery} when it searches
	 * names through the grams. A benchmark runs exactly these statements directly.
	 */
	record Statement(String where, List<Object> params, boolean nameQuery, String filterWhere,
			List<Object> filterParams) {

		/**
		 * The view a statement reads: a name search the one whose hub condition no index
		 * serves, since the hub's key is among the gram keys it asks the GIN for (V271,
		 * docs/adr/250); every other search the one whose hub condition leads the kana
		 * index.
		 */
		String viewName() {
			return nameQuery ? "company_name_search" : "company_search";
		}

		/** The capped count. */
		String countSql(int cap) {
			return "SELECT count(*) FROM (SELECT 1 FROM " + viewName() + where + " LIMIT " + (cap + 1) + ") c";
		}

		/**
		 * One page in kana order; parameters: those of the conditions, then LIMIT and
		 * OFFSET.
		 */
		String pageSql() {
			return pageSql(ORDER);
		}

		/** One page in the order given ({@code " ORDER BY …"}). */
		String pageSql(String order) {
			return "SELECT " + COLUMNS + " FROM " + viewName() + where + order + " LIMIT ? OFFSET ?";
		}

		/**
		 * Count and page of a name search in one pass over at most cap + 1 matches: when
		 * there are no more, the page sorted from them is the right one. Parameters:
		 * conditions, LIMIT, OFFSET.
		 */
		String cappedPageSql(int cap) {
			return cappedPageSql(cap, ORDER);
		}

		String cappedPageSql(int cap, String order) {
			return "WITH m AS MATERIALIZED (SELECT " + COLUMNS + " FROM " + viewName() + where + " LIMIT " + (cap + 1)
					+ ") SELECT m.*, count(*) OVER () AS total FROM m" + order + " LIMIT ? OFFSET ?";
		}

		/**
		 * The page sorted from every match, the matches collected by the GIN index
		 * whatever the planner estimates: a broad word whose matches cluster in kana
		 * order (「熊本」 around クマモト) is estimated at a few hundred matches, and the plain
		 * page statement then walks the kana index from ア, filtering hundreds of
		 * thousands of companies before the first match (7.9 s p95 at 1,000,000
		 * companies, bench/company-search). Parameters: conditions, LIMIT, OFFSET.
		 */
		String allMatchesPageSql() {
			return allMatchesPageSql(ORDER);
		}

		/**
		 * The page in the order given, sorted from every match as
		 * {@link #allMatchesPageSql()}.
		 */
		String allMatchesPageSql(String order) {
			return "WITH m AS MATERIALIZED (SELECT " + COLUMNS + " FROM " + viewName() + where + ") SELECT * FROM m"
					+ order + " LIMIT ? OFFSET ?";
		}

		/**
		 * The page among the first {@code budget} companies in kana order (the kana
		 * index), for broad searches whose matches are spread over the alphabet: any
		 * match found there comes before every match after it, so a full page found there
		 * is the right page. The grams are left out (LIKE alone decides; the grams only
		 * serve the index). Parameters: {@link #filterParams}, LIMIT, OFFSET.
		 */
		String orderedPageSql(int budget, String statusCondition) {
			return "SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS + ", merged_into_id, search_text"
					+ " FROM company_search WHERE merged_into_id IS NULL" + statusCondition + ORDER + " LIMIT " + budget
					+ ") first_in_kana_order" + filterWhere + ORDER + " LIMIT ? OFFSET ?";
		}

	}

	static final String COLUMNS = "id, corporate_number, name, name_kana, prefecture_code, municipality_code, "
			+ "industry, employees, main_bank, sme, closed";

	/**
	 * Kana order, as {@link #SORTING} writes its default: the searches' shortcuts below
	 * hold for this order only.
	 */
	private static final String ORDER = " ORDER BY name_kana ASC, name ASC, id ASC";

	/**
	 * The orders of the list page: by default by kana as a directory reads (the order the
	 * searches above are built for); by municipality, then kana; by the number of
	 * employees. Each walks an index of the hub's companies.
	 */
	public static final ListSorting SORTING = ListSorting.by("name", "id")
		.key("name", "name_kana", "name")
		.key("municipality", "municipality_code", "name_kana", "name")
		.key("employees", "employees");

	private final JdbcClient jdbc;

	private final DirectorySettings settings;

	CompanySearch(JdbcClient jdbc, DirectorySettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	public int countCap() {
		return settings.countCap();
	}

	public Result search(Criteria criteria, int page, int size) {
		return search(criteria, page, size, ORDER);
	}

	/**
	 * The page in the order asked for, counted up to the cap as
	 * {@link #search(Criteria, int, int)}.
	 */
	public Result search(Criteria criteria, ListRequest request) {
		return search(criteria, request.page(), request.size(), " ORDER BY " + SORTING.orderBy(request));
	}

	private Result search(Criteria criteria, int page, int size, String order) {
		int cap = settings.countCap();
		int safePage = Math.max(0, Math.min(page, (cap - 1) / Math.max(size, 1)));
		Statement statement = statement(criteria);
		return statement.nameQuery() ? nameSearch(criteria, statement, safePage, size, order)
				: listSearch(statement, safePage, size, order);
	}

	/**
	 * A name search: one statement collects up to cap + 1 matches through the GIN index,
	 * counts them and sorts the page from them. Only when there are more matches than
	 * that does the page need another statement: first the first companies in kana order
	 * (cheap when the matches are spread, as for 「セイキ」), else all matches sorted (when
	 * they cluster, as 「熊本」 does around クマモト).
	 */
	private Result nameSearch(Criteria criteria, Statement statement, int page, int size, String order) {
		int cap = settings.countCap();
		long[] total = { 0 };
		List<CompanyRow> rows = jdbc.sql(statement.cappedPageSql(cap, order))
			.params(withPaging(statement.params(), page, size))
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return row(rs, n);
			})
			.list();
		if (rows.isEmpty() && page > 0) {
			// the total is only known from a row; ask again for the first page
			total[0] = jdbc.sql(statement.countSql(cap)).params(statement.params()).query(Long.class).single();
		}
		boolean capped = total[0] > cap;
		if (capped) {
			rows = ORDER.equals(order) ? broadPage(criteria, statement, page, size)
					: jdbc.sql(statement.allMatchesPageSql(order))
						.params(withPaging(statement.params(), page, size))
						.query(CompanySearch::row)
						.list();
		}
		return new Result(rows, page, size, capped ? cap : total[0], capped);
	}

	private List<CompanyRow> broadPage(Criteria criteria, Statement statement, int page, int size) {
		int budget = settings.orderedScanBudget();
		if (budget >= (page + 1) * size) {
			List<CompanyRow> rows = jdbc.sql(statement.orderedPageSql(budget, statusCondition(criteria.status())))
				.params(withPaging(statement.filterParams(), page, size))
				.query(CompanySearch::row)
				.list();
			if (rows.size() == size) {
				return rows;
			}
		}
		return jdbc.sql(statement.allMatchesPageSql())
			.params(withPaging(statement.params(), page, size))
			.query(CompanySearch::row)
			.list();
	}

	private Result listSearch(Statement statement, int page, int size, String order) {
		int cap = settings.countCap();
		long total = jdbc.sql(statement.countSql(cap)).params(statement.params()).query(Long.class).single();
		List<CompanyRow> rows = List.of();
		if (total > 0) {
			rows = jdbc.sql(statement.pageSql(order))
				.params(withPaging(statement.params(), page, size))
				.query(CompanySearch::row)
				.list();
		}
		boolean capped = total > cap;
		return new Result(rows, page, size, capped ? cap : total, capped);
	}

	static Statement statement(Criteria criteria) {
		StringBuilder where = new StringBuilder(" WHERE merged_into_id IS NULL");
		List<Object> params = new ArrayList<>();
		boolean nameQuery = false;
		String gramsCondition = null;
		CompanyQuery query = CompanyQuery.of(criteria.q());
		if (query.kind() == CompanyQuery.Kind.CORPORATE_NUMBER) {
			where.append(" AND corporate_number LIKE ?");
			params.add(query.corporateNumberPattern());
		}
		else if (query.kind() == CompanyQuery.Kind.NAME) {
			// the hub's key beside the query's: the GIN answers with this hub's matches
			// only (V271)
			gramsCondition = " AND search_grams @> (?::int4[] || kyoten_hub_gram_key(kyoten_current_hub()))";
			where.append(gramsCondition).append(" AND search_text LIKE ? ESCAPE '\\'");
			params.add(query.gramKeys());
			params.add(query.namePattern());
			nameQuery = true;
		}
		if (criteria.municipalityCode() != null) {
			where.append(" AND municipality_code = ?");
			params.add(criteria.municipalityCode());
		}
		if (criteria.industry() != null) {
			where.append(" AND industry = ?");
			params.add(criteria.industry());
		}
		if (criteria.sizeBand() == SizeBand.UNKNOWN) {
			where.append(" AND employees IS NULL");
		}
		else if (criteria.sizeBand() != null) {
			where.append(" AND employees BETWEEN ? AND ?");
			params.add(criteria.sizeBand().min());
			params.add(criteria.sizeBand().max());
		}
		if (criteria.sme() != null) {
			where.append(" AND sme = ?");
			params.add(criteria.sme());
		}
		if (criteria.mainBank() != null) {
			where.append(" AND main_bank LIKE ? ESCAPE '\\'");
			params.add("%" + CompanyQuery.escapeLike(criteria.mainBank()) + "%");
		}
		where.append(statusCondition(criteria.status()));
		String filterWhere = where.toString();
		List<Object> filterParams = params;
		if (gramsCondition != null) {
			filterWhere = filterWhere.replace(gramsCondition, "");
			filterParams = new ArrayList<>(params);
			filterParams.removeIf(p -> p instanceof int[]);
		}
		return new Statement(where.toString(), params, nameQuery, filterWhere, filterParams);
	}

	private static String statusCondition(Status status) {
		return switch (status) {
			case ACTIVE -> " AND NOT closed";
			case CLOSED -> " AND closed";
			case ALL -> "";
		};
	}

	private static List<Object> withPaging(List<Object> params, int page, int size) {
		List<Object> all = new ArrayList<>(params);
		all.add(size);
		all.add((long) page * size);
		return all;
	}

	/**
	 * Every company the criteria find, in the list page's order, from a cursor (no count
	 * cap: an export holds every match): the list export
	 * ({@code CompanyListExportController}).
	 */
	public void export(Criteria criteria, ListRequest request, java.util.function.Consumer<CompanyRow> each) {
		Statement statement = statement(criteria);
		jp.kyoten.platform.web.ListQuery.each(jdbc, "SELECT " + COLUMNS + " FROM " + statement.viewName(),
				statement.where(), statement.params(), SORTING, request, CompanySearch::row, each);
	}

	static CompanyRow row(ResultSet rs, int n) throws SQLException {
		return new CompanyRow(rs.getLong("id"), rs.getString("corporate_number"), rs.getString("name"),
				rs.getString("name_kana"), rs.getString("prefecture_code"), rs.getString("municipality_code"),
				rs.getString("industry"), (Integer) rs.getObject("employees"), rs.getString("main_bank"),
				rs.getBoolean("sme"), rs.getBoolean("closed"));
	}

}
