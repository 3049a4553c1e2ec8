package jp.kyoten.platform.web;

import java.text.Normalizer;

/**
 * Cleans what people type before it is validated: surrounding blanks go (a blank field is
 * {@code null}), and codes, numbers and phone numbers typed in full width
 * (「４３－ユ－３００１２３」「０９６」) become half width by NFKC. Meant for form and request records'
 * compact constructors.
 */
public final class FormText {

	private FormText() {
	}

	/**
	 * Stripped of surrounding white space (full-width spaces too); {@code null} when
	 * nothing is left.
	 */
	public static String trimmed(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}

	/**
	 * NFKC-normalised (full-width digits, letters and hyphens become half width) and
	 * trimmed.
	 */
	public static String halfWidth(String s) {
		String t = trimmed(s);
		return t == null ? null : trimmed(Normalizer.normalize(t, Normalizer.Form.NFKC));
	}

}
