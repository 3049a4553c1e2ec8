package jp.kyoten.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The orders a list offers, by key (the {@code sort} request parameter), each an SQL
 * {@code ORDER BY} written by the list itself: only these keys reach SQL, so a request
 * can choose an order but never write one. Every order ends with the list's id column so
 * that pages never overlap.
 */
public final class ListSorting {

	private final Map<String, java.util.List<String>> orders = new LinkedHashMap<>();

	private final java.util.Set<String> newestFirst = new java.util.HashSet<>();

	private final String defaultKey;

	private final String idColumn;

	private ListSorting(String defaultKey, String idColumn) {
		this.defaultKey = defaultKey;
		this.idColumn = idColumn;
	}

	/**
	 * @param defaultKey the order of a list opened without {@code sort}: the date that
	 * matters (把握日, 相談日)
	 * @param idColumn the tie-breaker, such as {@code n.id}
	 */
	public static ListSorting by(String defaultKey, String idColumn) {
		return new ListSorting(defaultKey, idColumn);
	}

	/**
	 * Offers an order, A to Z first: {@code key("company", "co.name")}; the columns are
	 * SQL the list wrote, each taking the direction asked for
	 * ({@code key("name", "coalesce(name_kana, name)", "name")}).
	 */
	public ListSorting key(String key, String... columns) {
		orders.put(key, java.util.List.of(columns));
		return this;
	}

	/** Offers an order by a date, newest first. */
	public ListSorting dateKey(String key, String column) {
		newestFirst.add(key);
		return key(key, column);
	}

	boolean offers(String key) {
		return orders.containsKey(key);
	}

	String defaultKey() {
		return defaultKey;
	}

	boolean newestFirst(String key) {
		return newestFirst.contains(key);
	}

	/** {@code co.name DESC, n.id DESC} for the request's key and direction. */
	public String orderBy(ListRequest request) {
		String direction = request.descending() ? " DESC" : " ASC";
		StringBuilder orderBy = new StringBuilder();
		for (String column : orders.getOrDefault(request.sort(), orders.get(defaultKey))) {
			orderBy.append(column).append(direction).append(", ");
		}
		return orderBy.append(idColumn).append(direction).toString();
	}

}
