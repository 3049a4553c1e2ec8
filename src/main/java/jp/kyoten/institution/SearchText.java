package jp.kyoten.institution;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import jp.kyoten.platform.text.JapaneseFold;

/**
 * The institution's search column and the pattern a query looks for in it, both folded by
 * the one Japanese folding ({@link JapaneseFold#fold}), so that 「ひご」「ﾋｺﾞ」「ヒゴ」 and
 * 「ＪＦＣ」「jfc」 find the same institution.
 */
final class SearchText {

	private SearchText() {
	}

	/**
	 * The stored search column: each part folded, one per line so that a query cannot
	 * match across parts.
	 */
	static String of(String... parts) {
		return Arrays.stream(parts).filter(Objects::nonNull).map(JapaneseFold::fold).collect(Collectors.joining("\n"));
	}

	/**
	 * A LIKE pattern finding the folded query anywhere; {@code \} is the escape
	 * character.
	 */
	static String containing(String query) {
		String escaped = JapaneseFold.fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
