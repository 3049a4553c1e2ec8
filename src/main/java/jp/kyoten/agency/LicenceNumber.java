package jp.kyoten.agency;

import jp.kyoten.platform.web.FormText;

/**
 * 有料職業紹介事業の許可番号: the prefecture of the licensing labour bureau (JIS X 0401, two digits),
 * ユ, six digits — 「43-ユ-300123」.
 */
final class LicenceNumber {

	static final String PATTERN = "(0[1-9]|[1-3][0-9]|4[0-7])-ユ-[0-9]{6}";

	private LicenceNumber() {
	}

	/**
	 * Half width digits, the usual look-alike dashes as hyphens, and missing hyphens
	 * added: 「４３ユ３００１２３」, 「43－ﾕ－300123」 and 「43ーユー300123」 all become 「43-ユ-300123」.
	 * Anything else is returned as typed (trimmed) for validation to refuse.
	 */
	static String normalize(String s) {
		String t = FormText.halfWidth(s);
		if (t == null) {
			return null;
		}
		String dashed = t.replaceAll("[\\u2010-\\u2015\\u2212\\u30FC\\uFF70]", "-").replace(" ", "");
		var m = java.util.regex.Pattern.compile("([0-9]{2})-?ユ-?([0-9]{6})").matcher(dashed);
		return m.matches() ? m.group(1) + "-ユ-" + m.group(2) : t;
	}

}
