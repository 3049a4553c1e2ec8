package jp.kyoten.mail;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Checks and cleans what goes into mail headers (IPA 安全なウェブサイトの作り方 5-8, メールヘッダ・インジェクション):
 * an address is exactly one plain addr-spec, names and subjects lose every control
 * character (CR and LF above all), an unsubscribe URL is an absolute http(s) URI with
 * nothing that could end the header or the angle brackets.
 */
final class MailHeaders {

	static final int MAX_SUBJECT = 300;

	private MailHeaders() {
	}

	/**
	 * @return the address, stripped
	 * @throws IllegalArgumentException when it is not exactly one plain address (no name,
	 * no list, no group, no line break)
	 */
	static String singleAddress(String to) {
		if (to == null || to.isBlank() || to.length() > 254
				|| to.chars()
					.anyMatch(c -> c < 0x21 || c == 0x7f || c == ',' || c == ';' || c == '<' || c == '>' || c == '"'
							|| c == '(' || c == ')')) {
			throw new IllegalArgumentException("not a single plain e-mail address");
		}
		try {
			InternetAddress[] parsed = InternetAddress.parse(to.strip(), true);
			if (parsed.length != 1 || parsed[0].isGroup() || parsed[0].getPersonal() != null
					|| !parsed[0].getAddress().equals(to.strip())) {
				throw new IllegalArgumentException("not a single plain e-mail address");
			}
			parsed[0].validate();
			return parsed[0].getAddress();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("not a single plain e-mail address", ex);
		}
	}

	/**
	 * One line of text: control characters (CR, LF, TAB, NUL…) become spaces, runs of
	 * spaces one, then trimmed.
	 */
	static String oneLine(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085';
			sb.append(control ? ' ' : c);
		}
		String line = sb.toString().replaceAll(" {2,}", " ").strip();
		return line.isEmpty() ? null : line;
	}

	static String subject(String subject) {
		String line = oneLine(subject);
		if (line == null) {
			throw new IllegalArgumentException("subject required");
		}
		return line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT) : line;
	}

	/**
	 * @return the URL, or null
	 * @throws IllegalArgumentException when it is not an absolute http(s) URI of
	 * printable ASCII without spaces and angle brackets
	 */
	static String unsubscribeUrl(String url) {
		if (url == null) {
			return null;
		}
		if (url.length() > 1000 || url.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == '<' || c == '>')) {
			throw new IllegalArgumentException("unsubscribe URL must be printable ASCII");
		}
		try {
			URI uri = new URI(url);
			if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
					|| uri.getHost() == null) {
				throw new IllegalArgumentException("unsubscribe URL must be absolute http(s)");
			}
			return url;
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("unsubscribe URL is not a URI", ex);
		}
	}

}
