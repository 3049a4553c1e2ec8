package jp.kyoten.portal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown that staff write for the public site, rendered so that no script can come
 * through: raw HTML (blocks and inline) is escaped and shown as text, and a link or image
 * keeps its destination only when it is http(s), mailto or relative to this site (images:
 * relative only) — {@code javascript:}, {@code data:} and any other scheme become empty.
 * Text, titles and attributes are escaped by the renderer; external links open with
 * {@code rel="noopener noreferrer"}.
 */
final class Markdown {

	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = renderer(null);

	private Markdown() {
	}

	/** Safe HTML for {@code th:utext}; an empty string for {@code null}. */
	static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = PARSER.parse(markdown);
		return RENDERER.render(document);
	}

	/**
	 * Safe HTML whose relative links ({@code [ポリシー](privacy)}) lead below {@code base}
	 * ({@code /p/kumamoto}), whichever page of the hub shows them: the hub's front page
	 * is {@code /p/kumamoto} without a trailing slash, where a browser would otherwise
	 * resolve {@code privacy} to {@code /p/privacy}.
	 */
	static String toHtml(String markdown, String base) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return renderer(base.replaceAll("/+$", "") + "/").render(PARSER.parse(markdown));
	}

	/**
	 * Raw HTML escaped, unsafe URLs dropped; relative links below {@code base} when it is
	 * not null.
	 */
	private static HtmlRenderer renderer(String base) {
		return HtmlRenderer.builder()
			.escapeHtml(true)
			.sanitizeUrls(true)
			.urlSanitizer(new SafeUrls())
			.attributeProviderFactory(context -> new ExternalLinks(base))
			.build();
	}

	/**
	 * A destination without scheme, host or leading slash, which a browser resolves
	 * against the page's path.
	 */
	static boolean isRelative(String url) {
		String u = url.strip();
		return !u.isEmpty() && !u.startsWith("/") && !u.startsWith("#") && !u.startsWith("?")
				&& !SCHEME.matcher(u).find();
	}

	/**
	 * Whether a link destination may be kept: http(s), mailto, or without a scheme
	 * (relative).
	 */
	static boolean isSafeUrl(String url) {
		if (url == null) {
			return false;
		}
		// browsers ignore control characters and blanks inside a scheme ("java\tscript:")
		String compact = url.replaceAll("[\\p{Cntrl}\\s]", "");
		if (compact.startsWith("//")) {
			return true;
		}
		if (!SCHEME.matcher(compact).find()) {
			return !compact.contains(":") || compact.indexOf(':') > firstOf(compact, "/?#");
		}
		String scheme = compact.substring(0, compact.indexOf(':')).toLowerCase(Locale.ROOT);
		return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
	}

	private static int firstOf(String s, String chars) {
		int first = Integer.MAX_VALUE;
		for (char c : chars.toCharArray()) {
			int i = s.indexOf(c);
			if (i >= 0) {
				first = Math.min(first, i);
			}
		}
		return first;
	}

	private static final class SafeUrls implements UrlSanitizer {

		@Override
		public String sanitizeLinkUrl(String url) {
			return isSafeUrl(url) ? url : "";
		}

		/**
		 * Images only from this site: an image from elsewhere would be a third party on a
		 * public page.
		 */
		@Override
		public String sanitizeImageUrl(String url) {
			return isSafeUrl(url) && !url.strip().startsWith("//") && !SCHEME.matcher(url.strip()).find() ? url : "";
		}

	}

	private static final class ExternalLinks implements AttributeProvider {

		private final String base;

		ExternalLinks(String base) {
			this.base = base;
		}

		@Override
		public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
			if (node instanceof Link && attributes.getOrDefault("href", "").matches("(?i)^(https?:)?//.*")) {
				attributes.put("rel", "noopener noreferrer");
			}
			if (node instanceof Link && base != null && isRelative(attributes.getOrDefault("href", ""))) {
				attributes.put("href", base + attributes.get("href").strip());
			}
			if (node instanceof Image) {
				attributes.put("loading", "lazy");
			}
		}

	}

}
