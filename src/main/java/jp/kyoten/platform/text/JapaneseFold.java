package jp.kyoten.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one folding of Japanese text that every search and match starts from, so that
 * 「ひご」「ﾋｺﾞ」「ヒゴ」 and 「ＪＦＣ」「jfc」 meet: NFKC (full-width Latin and digits to ASCII,
 * half-width kana to full width, ㈱ to (株)), Latin letters to lower case, hiragana to
 * katakana. The directory's name matching ({@code directory.JapaneseText}) adds its legal
 * forms and punctuation on top; the institution list's search ({@link #fold}) only drops
 * white space.
 * <p>
 * {@link #displayKana} is the one way a kana reading is stored and shown (a company's, a
 * contact person's).
 */
public final class JapaneseFold {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private JapaneseFold() {
	}

	/**
	 * A kana reading as it is stored and shown: full-width katakana (NFKC, hiragana →
	 * katakana), single spaces, trimmed; {@code null} when nothing is left. Unlike the
	 * matching forms it keeps the legal form and the spaces that were typed.
	 */
	public static String displayKana(String kana) {
		if (kana == null) {
			return null;
		}
		String s = toKatakana(Normalizer.normalize(kana, Normalizer.Form.NFKC)).strip();
		s = SPACES.matcher(s).replaceAll(" ");
		return s.isEmpty() ? null : s;
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
