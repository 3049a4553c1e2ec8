package jp.kyoten.portal;

import jakarta.servlet.http.HttpServletRequest;

import jp.kyoten.platform.RecordNotFoundException;

/**
 * The hub whose public site a request is for, resolved from the slug by
 * {@link PublicHubFilter}.
 */
record PublicHub(long id, String slug, String name, String prefectureCode) {

	static final String ATTRIBUTE = PublicHub.class.getName();

	/**
	 * @throws RecordNotFoundException when the request's slug names no hub
	 */
	static PublicHub of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof PublicHub hub) {
			return hub;
		}
		throw new RecordNotFoundException("hub", request.getRequestURI());
	}

	public String path() {
		return "/p/" + slug;
	}

}
