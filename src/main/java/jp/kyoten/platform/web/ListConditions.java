package jp.kyoten.platform.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code WHERE} of a list and its parameters, built in one place: each condition is a
 * fragment the list writes with {@code ?} for its values, which go to the parameters in
 * the same order — a value never enters the SQL text. The filters a person may leave
 * empty are added only when given ({@link #andIf}, {@link #containing}).
 *
 * <pre>
 * ListConditions where = ListConditions.where()
 * 	.and("e.fiscal_year = ?", fiscalYear)
 * 	.containing(text, "e.payee", "e.purpose");
 * ListQuery.page(jdbc, SELECT, "FROM finance_entry e", where, SORTING, request, baseUrl, mapper);
 * </pre>
 */
public final class ListConditions {

	private final List<String> conditions = new ArrayList<>();

	private final List<Object> params = new ArrayList<>();

	private ListConditions() {
	}

	/** No condition yet: every row. */
	public static ListConditions where() {
		return new ListConditions();
	}

	/**
	 * A condition that always holds for the list.
	 * @param condition SQL with one {@code ?} for each value, in order
	 * @throws IllegalArgumentException when the {@code ?} and the values do not pair up
	 */
	public ListConditions and(String condition, Object... values) {
		long placeholders = condition.chars().filter(c -> c == '?').count();
		if (placeholders != values.length) {
			throw new IllegalArgumentException(
					"condition " + condition + " has " + placeholders + " ? for " + values.length + " values");
		}
		conditions.add(condition);
		Collections.addAll(params, values);
		return this;
	}

	/** A condition on one value, when the value was given (not null). */
	public ListConditions andIf(Object value, String condition) {
		return value == null ? this : and(condition, value);
	}

	/**
	 * The search text contained in any of these columns ({@code ILIKE '%…%'}, its
	 * {@code % _ \} taken literally), when a text was given.
	 */
	public ListConditions containing(String text, String... columns) {
		if (!ListQuery.given(text)) {
			return this;
		}
		String like = ListQuery.containing(text);
		Object[] values = new Object[columns.length];
		java.util.Arrays.fill(values, like);
		return and("(" + String.join(" OR ", java.util.Arrays.stream(columns).map(c -> c + " ILIKE ?").toList()) + ")",
				values);
	}

	/** {@code " WHERE a AND b"}, or nothing when no condition was added. */
	public String sql() {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/** The values of the conditions' {@code ?}, in order (a copy). */
	public List<Object> params() {
		return new ArrayList<>(params);
	}

	@Override
	public String toString() {
		return sql();
	}

}
