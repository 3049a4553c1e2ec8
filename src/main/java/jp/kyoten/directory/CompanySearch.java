package jp.kyoten.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company list and search as a read model: one SQL query for the page and one capped count, written for the
 * question. Reads the {@code company_search} view (the hub's rows; see V10__directory.sql for why a view), so that
 * the GIN index on the name and kana grams and the pattern index on the corporate number can be used.
 * <ul>
 * <li>a query of four or more digits (after NFKC) is the beginning of a corporate number;</li>
 * <li>any other query is normalised like the stored names ({@link JapaneseText#normalize}) and must be contained in
 * the normalised name or kana: the GIN index narrows to the rows that have all its 2-grams, LIKE confirms;</li>
 * <li>filters combine with AND; merged-away records never appear; closed companies only when asked for.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
public class CompanySearch {

	/** Counting stops here: a page says 「10,000件以上」 rather than counting a whole large hub. */
	public static final int COUNT_CAP = 10_000;

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
	 * A page of results. {@code total} is exact up to {@link #COUNT_CAP}; {@code capped} tells that there are more.
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

	/** The SQL of a search and its parameters, so that a benchmark can run exactly the same statement directly. */
	record Statement(String where, List<Object> params) {

		String pageSql() {
			return "SELECT " + COLUMNS + " FROM company_search" + where
					+ " ORDER BY name_kana, name, id LIMIT ? OFFSET ?";
		}

		String countSql() {
			return "SELECT count(*) FROM (SELECT 1 FROM company_search" + where + " LIMIT " + (COUNT_CAP + 1) + ") c";
		}

	}

	static final String COLUMNS = "id, corporate_number, name, name_kana, prefecture_code, municipality_code, "
			+ "industry, employees, main_bank, sme, closed";

	private final JdbcClient jdbc;

	CompanySearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Result search(Criteria criteria, int page, int size) {
		int safePage = Math.max(0, Math.min(page, COUNT_CAP / Math.max(size, 1)));
		Statement statement = statement(criteria);
		long total = jdbc.sql(statement.countSql()).params(statement.params()).query(Long.class).single();
		List<CompanyRow> rows = List.of();
		if (total > 0) {
			List<Object> params = new ArrayList<>(statement.params());
			params.add(size);
			params.add((long) safePage * size);
			rows = jdbc.sql(statement.pageSql()).params(params).query(CompanySearch::row).list();
		}
		boolean capped = total > COUNT_CAP;
		return new Result(rows, safePage, size, capped ? COUNT_CAP : total, capped);
	}

	static Statement statement(Criteria criteria) {
		StringBuilder where = new StringBuilder(" WHERE merged_into_id IS NULL");
		List<Object> params = new ArrayList<>();
		String q = criteria.q();
		if (q != null && !q.isEmpty()) {
			if (JapaneseText.isDigits(q) && JapaneseText.digitsOf(q).length() >= 4) {
				where.append(" AND corporate_number LIKE ?");
				params.add(JapaneseText.digitsOf(q) + "%");
			}
			else {
				String normalized = JapaneseText.normalize(q);
				if (!normalized.isEmpty()) {
					Set<String> grams = JapaneseText.queryGrams(normalized);
					where.append(" AND search_grams @> ?::text[] AND search_text LIKE ? ESCAPE '\\'");
					params.add(grams.toArray(String[]::new));
					params.add("%" + escapeLike(normalized) + "%");
				}
			}
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
			params.add("%" + escapeLike(criteria.mainBank()) + "%");
		}
		switch (criteria.status()) {
			case ACTIVE -> where.append(" AND NOT closed");
			case CLOSED -> where.append(" AND closed");
			case ALL -> {
			}
		}
		return new Statement(where.toString(), params);
	}

	static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static CompanyRow row(ResultSet rs, int n) throws SQLException {
		return new CompanyRow(rs.getLong("id"), rs.getString("corporate_number"), rs.getString("name"),
				rs.getString("name_kana"), rs.getString("prefecture_code"), rs.getString("municipality_code"),
				rs.getString("industry"), (Integer) rs.getObject("employees"), rs.getString("main_bank"),
				rs.getBoolean("sme"), rs.getBoolean("closed"));
	}

}
