package jp.kyoten.platform.web;

import java.util.List;

/**
 * What a person asked of a list: the page (from 0), how many rows a page, and the order.
 * Built from the request parameters {@code page}, {@code size}, {@code sort} and
 * {@code dir} ({@code asc}/{@code desc}); anything unknown falls back to the list's
 * default rather than failing.
 */
public record ListRequest(int page, int size, String sort, boolean descending) {

	/** The page sizes offered beside the page numbers. */
	public static final List<Integer> SIZES = List.of(20, 50, 100);

	public static final int DEFAULT_SIZE = 50;

	public static ListRequest of(Integer page, Integer size, String sort, String dir, ListSorting sorting) {
		String key = sort != null && sorting.offers(sort) ? sort : sorting.defaultKey();
		boolean descending = "desc".equalsIgnoreCase(dir) || !"asc".equalsIgnoreCase(dir) && sorting.newestFirst(key);
		int s = size != null && SIZES.contains(size) ? size : DEFAULT_SIZE;
		return new ListRequest(page == null ? 0 : Math.max(page, 0), s, key, descending);
	}

	/**
	 * An API's page (Spring's {@code Pageable}) in one of a list's orders, for the read
	 * model both share.
	 */
	public static ListRequest of(org.springframework.data.domain.Pageable pageable, String sort, boolean descending) {
		return new ListRequest(pageable.getPageNumber(), pageable.getPageSize(), sort, descending);
	}

	public long offset() {
		return (long) page * size;
	}

}
