package jp.kyoten.institution;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Folds names for search, so that 「ひご」「ﾋｺﾞ」「ヒゴ」 and 「ＪＦＣ」「jfc」 find the same institution: NFKC (full width
 * to half width, half-width kana to full width), hiragana to katakana, lower case, no white space.
 */
final class SearchText {

	private SearchText() {
	}

	static String fold(String s) {
		if (s == null) {
			return "";
		}
		String normalized = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder folded = new StringBuilder(normalized.length());
		normalized.codePoints().forEach(cp -> {
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
				return;
			}
			// ぁ (U+3041) … ゖ (U+3096) sit 0x60 below ァ … ヶ
			folded.appendCodePoint(cp >= 0x3041 && cp <= 0x3096 ? cp + 0x60 : cp);
		});
		return folded.toString();
	}

	/** The stored search column: each part folded, one per line so that a query cannot match across parts. */
	static String of(String... parts) {
		return Arrays.stream(parts).filter(Objects::nonNull).map(SearchText::fold).collect(Collectors.joining("\n"));
	}

	/** A LIKE pattern finding the folded query anywhere; {@code \} is the escape character. */
	static String containing(String query) {
		String escaped = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
