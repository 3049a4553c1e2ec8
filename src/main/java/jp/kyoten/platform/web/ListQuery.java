package jp.kyoten.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two statements of a list page: the count of the rows the conditions keep, and the
 * page of them in the order asked for ({@link ListSorting#orderBy}) by
 * {@code LIMIT}/{@code OFFSET} over the list's index for that order. The lists write
 * their own SQL; only the order keys they offer and the parameters reach it.
 */
public final class ListQuery {

	private ListQuery() {
	}

	/**
	 * @param select {@code SELECT … FROM … JOIN …} of a row, without {@code WHERE}
	 * @param countFrom {@code FROM …} for the count, joining only what the conditions
	 * need
	 * @param where {@code " WHERE …"} with {@code ?} for {@code params}
	 */
	public static <T> ListPage<T> page(JdbcClient jdbc, String select, String countFrom, CharSequence where,
			List<Object> params, ListSorting sorting, ListRequest request, String baseUrl, RowMapper<T> mapper) {
		long total = jdbc.sql("SELECT count(*) " + countFrom + where).params(params).query(Long.class).single();
		return new ListPage<>(rows(jdbc, select, where, params, sorting, request, mapper), total, request, baseUrl);
	}

	/** {@link #page} with the conditions of one {@link ListConditions}. */
	public static <T> ListPage<T> page(JdbcClient jdbc, String select, String countFrom, ListConditions where,
			ListSorting sorting, ListRequest request, String baseUrl, RowMapper<T> mapper) {
		return page(jdbc, select, countFrom, where.sql(), where.params(), sorting, request, baseUrl, mapper);
	}

	/**
	 * A page whose count stops at {@code cap} rows, for lists too long to count (the
	 * audit log): past it the pager says 「{cap} 件以上」 and offers pages up to it.
	 */
	public static <T> ListPage<T> cappedPage(JdbcClient jdbc, String select, String countFrom, CharSequence where,
			List<Object> params, int cap, ListSorting sorting, ListRequest request, String baseUrl,
			RowMapper<T> mapper) {
		long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 " + countFrom + where + " LIMIT " + (cap + 1) + ") c")
			.params(params)
			.query(Long.class)
			.single();
		boolean capped = counted > cap;
		return new ListPage<>(rows(jdbc, select, where, params, sorting, request, mapper), capped ? cap : counted,
				request, baseUrl, capped);
	}

	/** {@link #cappedPage} with the conditions of one {@link ListConditions}. */
	public static <T> ListPage<T> cappedPage(JdbcClient jdbc, String select, String countFrom, ListConditions where,
			int cap, ListSorting sorting, ListRequest request, String baseUrl, RowMapper<T> mapper) {
		return cappedPage(jdbc, select, countFrom, where.sql(), where.params(), cap, sorting, request, baseUrl, mapper);
	}

	/**
	 * The page of a list searched by free text: its count stops at
	 * {@link #SEARCH_COUNT_CAP} when a text was given, and is exact otherwise.
	 */
	public static <T> ListPage<T> searchedPage(JdbcClient jdbc, String select, String countFrom, ListConditions where,
			String text, ListSorting sorting, ListRequest request, String baseUrl, RowMapper<T> mapper) {
		return given(text)
				? cappedPage(jdbc, select, countFrom, where, SEARCH_COUNT_CAP, sorting, request, baseUrl, mapper)
				: page(jdbc, select, countFrom, where, sorting, request, baseUrl, mapper);
	}

	private static <T> List<T> rows(JdbcClient jdbc, String select, CharSequence where, List<Object> params,
			ListSorting sorting, ListRequest request, RowMapper<T> mapper) {
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(request.size());
		pageParams.add(request.offset());
		return jdbc.sql(select + where + " ORDER BY " + sorting.orderBy(request) + " LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(mapper)
			.list();
	}

	/**
	 * How far a list counts the matches of a free-text search (「1,000 件以上」 past it):
	 * {@code ILIKE '%…%'} is served by no index, and an exact count of a common word
	 * reads the hub's whole table (bench/lists: /visits?q=話, /mail?q=お知らせ).
	 */
	public static final int SEARCH_COUNT_CAP = 1_000;

	/**
	 * Rows a list export reads from the database at a time (a cursor: the list is never
	 * held whole).
	 */
	public static final int EXPORT_FETCH = 500;

	/**
	 * Every row the conditions keep, in the order asked for (the page's own order,
	 * without a page), handed one by one to {@code each} as they come from a cursor of
	 * {@value #EXPORT_FETCH} rows: the list export. Must run inside a transaction
	 * (PostgreSQL keeps a cursor only there);
	 * {@code jp.kyoten.platform.export.ListExports} opens one.
	 */
	public static <T> void each(JdbcClient jdbc, String select, CharSequence where, List<Object> params,
			ListSorting sorting, ListRequest request, RowMapper<T> mapper,
			java.util.function.Consumer<? super T> each) {
		int[] n = { 0 };
		jdbc.sql(select + where + " ORDER BY " + sorting.orderBy(request))
			.params(params)
			.withFetchSize(EXPORT_FETCH)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(mapper.mapRow(rs, n[0]++)));
	}

	/** {@link #each} with the conditions of one {@link ListConditions}. */
	public static <T> void each(JdbcClient jdbc, String select, ListConditions where, ListSorting sorting,
			ListRequest request, RowMapper<T> mapper, java.util.function.Consumer<? super T> each) {
		each(jdbc, select, where.sql(), where.params(), sorting, request, mapper, each);
	}

	/**
	 * The {@code LIKE}/{@code ILIKE} pattern of a text contained anywhere, its
	 * {@code % _ \} taken literally.
	 */
	public static String containing(String text) {
		return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** Whether a search text was given. */
	public static boolean given(String text) {
		return text != null && !text.isBlank();
	}

}
