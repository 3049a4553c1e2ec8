package jp.kyoten.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list parameters of a request ({@code page}, {@code size}, {@code sort},
 * {@code dir}), bound as one model attribute so that every list controller takes them
 * alike: {@code list(..., ListParams list, ...)}. Text, so that a page number that is no
 * number falls back to the first page instead of failing the binding.
 */
public record ListParams(String page, String size, String sort, String dir) {

	/**
	 * What was asked of a list with these orders; anything unknown falls back to the
	 * list's default.
	 */
	public ListRequest request(ListSorting sorting) {
		return ListRequest.of(number(page), number(size), sort, dir, sorting);
	}

	private static Integer number(String text) {
		return text != null && text.strip().matches("[0-9]{1,6}") ? Integer.valueOf(text.strip()) : null;
	}

	/**
	 * The list's own address with the filters as the request gave them, for the pager's
	 * and headings' links (which replace page, size and order themselves): its path and
	 * the parameters given, blank ones left out.
	 */
	public static String baseUrl(HttpServletRequest request) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page")) {
				for (String value : values) {
					if (value != null && !value.isBlank()) {
						link.queryParam(name, value);
					}
				}
			}
		});
		return link.encode().build().toUriString();
	}

}
