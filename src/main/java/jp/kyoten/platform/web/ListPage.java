package jp.kyoten.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list as a page shows it: the rows, the total, and the links of the shared
 * list fragments ({@code fragments/lists :: sort} and {@code :: pager}): page numbers 「1
 * … 4 5 6 … 20」, the page size, and column headings that sort. {@code baseUrl} carries
 * the list's filters; the links add page, size and order. {@code capped}: the list was
 * counted only up to {@code total} and has more rows (「10,000 件以上」).
 */
public record ListPage<T>(List<T> rows, long total, ListRequest request, String baseUrl, boolean capped) {

	public ListPage(List<T> rows, long total, ListRequest request, String baseUrl) {
		this(rows, total, request, baseUrl, false);
	}

	/** The same rows as Spring's {@code Page}, for the JSON API ({@code ApiPage.of}). */
	public org.springframework.data.domain.Page<T> asPage() {
		return new org.springframework.data.domain.PageImpl<>(rows,
				org.springframework.data.domain.PageRequest.of(request.page(), request.size()), total);
	}

	/**
	 * The same page with each row turned into what a template prints (a read model's
	 * display row).
	 */
	public <R> ListPage<R> map(java.util.function.Function<? super T, ? extends R> row) {
		return new ListPage<>(rows.stream().<R>map(row).toList(), total, request, baseUrl, capped);
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	/** Pages shown on each side of the current one before a gap. */
	private static final int AROUND = 2;

	public int totalPages() {
		return (int) Math.max(1, (total + request.size() - 1) / request.size());
	}

	/** The current page, from 1. */
	public int number() {
		return request.page() + 1;
	}

	public boolean hasPrevious() {
		return request.page() > 0;
	}

	public boolean hasNext() {
		return number() < totalPages();
	}

	/**
	 * Page numbers from 1 to show, {@code 0} standing for a gap (…): first, last, and two
	 * each side.
	 */
	public List<Integer> pageNumbers() {
		List<Integer> numbers = new ArrayList<>();
		int last = totalPages();
		for (int p = 1; p <= last; p++) {
			if (p == 1 || p == last || Math.abs(p - number()) <= AROUND) {
				numbers.add(p);
			}
			else if (numbers.getLast() != 0) {
				numbers.add(0);
			}
		}
		return numbers;
	}

	/** The link to page {@code number} (from 1) in the same order and size. */
	public String pageHref(int number) {
		return href(number - 1, request.size(), request.sort(), request.descending());
	}

	/** The first page at another size. */
	public String sizeHref(int size) {
		return href(0, size, request.sort(), request.descending());
	}

	/**
	 * The first page sorted by the key: the other way round when it is the current order,
	 * else its usual way.
	 */
	public String sortHref(String key) {
		return href(0, request.size(), key, key.equals(request.sort()) ? !request.descending() : null);
	}

	/**
	 * {@code ascending}, {@code descending} or {@code none}, for the heading's
	 * {@code aria-sort}.
	 */
	public String ariaSort(String key) {
		if (!key.equals(request.sort())) {
			return "none";
		}
		return request.descending() ? "descending" : "ascending";
	}

	/** ▲ or ▼ beside the heading of the current order. */
	public String sortMark(String key) {
		return key.equals(request.sort()) ? request.descending() ? "▼" : "▲" : "";
	}

	/**
	 * The list's export as {@code xlsx} or {@code csv} (with {@code charset}, such as
	 * {@code shift_jis}, or null for UTF-8): {@code …/list.xlsx} below the list's own
	 * address, with its filters and order and without page and size, since an export
	 * holds every matching row.
	 */
	public String exportHref(String extension, String charset) {
		return exportHref(extension, charset, null);
	}

	/**
	 * {@link #exportHref(String, String)} with dates in 和暦 when {@code era} is
	 * {@code wareki}.
	 */
	public String exportHref(String extension, String charset, String era) {
		UriComponentsBuilder link = UriComponentsBuilder.fromUriString(baseUrl)
			.replaceQueryParam("page")
			.replaceQueryParam("size")
			.replaceQueryParam("sort", request.sort())
			.replaceQueryParam("dir", request.descending() ? "desc" : "asc");
		String path = link.build().getPath();
		link.replacePath((path == null ? "" : path.replaceAll("/+$", "")) + "/list." + extension);
		if (charset != null) {
			link.replaceQueryParam("charset", charset);
		}
		if (era != null) {
			link.replaceQueryParam("era", era);
		}
		return link.build().toUriString();
	}

	public List<Integer> sizes() {
		return ListRequest.SIZES;
	}

	private String href(int page, int size, String sort, Boolean descending) {
		UriComponentsBuilder link = UriComponentsBuilder.fromUriString(baseUrl)
			.replaceQueryParam("page", page)
			.replaceQueryParam("size", size)
			.replaceQueryParam("sort", sort);
		return (descending == null ? link.replaceQueryParam("dir")
				: link.replaceQueryParam("dir", descending ? "desc" : "asc"))
			.build()
			.toUriString();
	}

}
