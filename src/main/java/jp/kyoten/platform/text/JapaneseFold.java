package jp.kyoten.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one folding of Japanese text that every search and match starts from, so that
 * 「ひご」「ﾋｺﾞ」「ヒゴ」 and 「ＪＦＣ」「jfc」 meet: NFKC (full-width Latin and digits to ASCII,
 * half-width kana to full width, ㈱ to (株)), Latin letters to lower case, hiragana to
 * katakana. The directory's name matching ({@code directory.JapaneseText}) adds its legal
 * forms and punctuation on top; the institution list's search ({@link #fold}) only drops
 * white space.
 */
public final class JapaneseFold {

	private JapaneseFold() {
	}

	/** NFKC, lower case, katakana; {@code null} stays {@code null}. */
	public static String folded(String text) {
		return text == null ? null
				: toKatakana(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
	}

	/**
	 * {@link #folded} without white space: the search form of a name or a query;
	 * {@code null} gives "".
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String folded = folded(text);
		StringBuilder sb = null;
		for (int i = 0; i < folded.length();) {
			int cp = folded.codePointAt(i);
			int next = i + Character.charCount(cp);
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
				if (sb == null) {
					sb = new StringBuilder(folded.length()).append(folded, 0, i);
				}
			}
			else if (sb != null) {
				sb.appendCodePoint(cp);
			}
			i = next;
		}
		return sb == null ? folded : sb.toString();
	}

	/** Hiragana (ぁ–ゖ, ゝゞ) to the katakana at the same place of the Unicode block. */
	public static String toKatakana(String s) {
		StringBuilder sb = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ((c >= '\u3041' && c <= '\u3096') || c == '\u309D' || c == '\u309E') {
				if (sb == null) {
					sb = new StringBuilder(s);
				}
				sb.setCharAt(i, (char) (c + 0x60));
			}
		}
		return sb == null ? s : sb.toString();
	}

}
