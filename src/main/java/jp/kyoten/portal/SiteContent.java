package jp.kyoten.portal;

/**
 * The Markdown of the hub's public pages: introduction, access, staff, links and the
 * privacy notice.
 */
record SiteContent(String intro, String access, String staff, String links, String privacy) {

	static final SiteContent EMPTY = new SiteContent("", "", "", "", "");

	SiteContent {
		intro = orEmpty(intro);
		access = orEmpty(access);
		staff = orEmpty(staff);
		links = orEmpty(links);
		privacy = orEmpty(privacy);
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s.strip();
	}

}
