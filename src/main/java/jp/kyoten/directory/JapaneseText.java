package jp.kyoten.directory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.kyoten.platform.text.JapaneseFold;

/**
 * The one normalisation of Japanese names for matching, built on the platform's one
 * folding ({@link JapaneseFold}: NFKC, lower case, katakana): storing a company,
 * searching for it, finding its duplicates and importing registry data all go through
 * here, so that 「くまもと」, 「ｸﾏﾓﾄ」 and 「クマモト」 or 「株式会社熊本精機」, 「熊本精機(株)」 and 「㈱熊本精機」 meet.
 * <ol>
 * <li>NFKC: half-width kana become full-width (ｸﾏﾓﾄ → クマモト, ｶﾞ → ガ), full-width Latin and
 * digits become ASCII (ＡＢＣ → ABC), ㈱ becomes (株);</li>
 * <li>Latin letters to lower case, hiragana to katakana;</li>
 * <li>legal-form words and their abbreviations are removed wherever they stand (株式会社,
 * (株), カブシキガイシャ…);</li>
 * <li>spaces, punctuation and symbols (・, ＆, ー is kept as it is part of the word) are
 * removed.</li>
 * </ol>
 */
public final class JapaneseText {

	/**
	 * Legal forms as written in names and their readings and abbreviations, by their
	 * first character, longest first so that 医療法人社団 goes before 医療法人. Applied after NFKC,
	 * lower-casing and kana conversion. Looked up by hand rather than by one regular
	 * expression: every name and kana of an imported registry file goes through here.
	 */
	private static final Map<Character, List<String>> LEGAL_FORMS;

	/** English legal forms, only at the end: "Kyoten Co., Ltd.", "Kyoten Inc." */
	private static final Pattern ENGLISH_LEGAL_FORM = Pattern
		.compile("(?:[\\s,]+(?:co\\.?,?\\s*ltd\\.?|inc\\.?|llc|ltd\\.?|corp\\.?|corporation|k\\.k\\.))+$");

	/**
	 * What stands in for a removed legal form until the noise goes: a control character,
	 * neither space nor comma.
	 */
	private static final char REMOVED = '\u0000';

	static {
		String[] words = { "株式会社", "有限会社", "合同会社", "合名会社", "合資会社", "特例有限会社", "相互会社", "一般社団法人", "一般財団法人", "公益社団法人",
				"公益財団法人", "社団法人", "財団法人", "社会福祉法人", "医療法人社団", "医療法人財団", "医療法人", "学校法人", "宗教法人", "特定非営利活動法人", "npo法人",
				"農事組合法人", "有限責任事業組合", "事業協同組合", "協同組合", "企業組合", "協業組合",
				// readings, as staff type them into the kana field
				"カブシキガイシャ", "カブシキカイシャ", "ユウゲンガイシャ", "ユウゲンカイシャ", "ゴウドウガイシャ", "ゴウドウカイシャ", "ゴウメイガイシャ", "ゴウシガイシャ",
				"イッパンシャダンホウジン", "イッパンザイダンホウジン", "コウエキシャダンホウジン", "コウエキザイダンホウジン", "シャカイフクシホウジン", "イリョウホウジン", "ガッコウホウジン",
				"トクテイヒエイリカツドウホウジン", "エヌピーオーホウジン", "キョウドウクミアイ", "キギョウクミアイ" };
		String[] abbreviations = { "(株)", "(有)", "(同)", "(名)", "(資)", "(合)", "(社)", "(財)", "(医)", "(学)", "(福)", "(特非)",
				"(一社)", "(一財)", "(公社)", "(公財)", "(協)", "(企)", "(npo)", "(カ)", "(ユ)", "(ド)" };
		LEGAL_FORMS = Stream.concat(Arrays.stream(words), Arrays.stream(abbreviations))
			.sorted(Comparator.comparingInt(String::length).reversed())
			.collect(Collectors.groupingBy(w -> w.charAt(0), Collectors.toUnmodifiableList()));
	}

	private JapaneseText() {
	}

	/**
	 * The matching form of a company name, its kana, or a search query: NFKC, lower case,
	 * katakana, without legal forms, spaces or punctuation. {@code null} gives "".
	 */
	public static String normalize(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return withoutNoise(withoutLegalForms(JapaneseFold.folded(text)));
	}

	private static String withoutLegalForms(String s) {
		StringBuilder sb = null;
		int n = s.length();
		for (int i = 0; i < n;) {
			String form = legalFormAt(s, i);
			if (form != null) {
				if (sb == null) {
					sb = new StringBuilder(n).append(s, 0, i);
				}
				sb.append(REMOVED);
				i += form.length();
			}
			else {
				if (sb != null) {
					sb.append(s.charAt(i));
				}
				i++;
			}
		}
		String rest = sb == null ? s : sb.toString();
		// an English form follows a space or a comma: without either the regular
		// expression cannot match
		boolean mayHaveEnglish = false;
		for (int i = 0; i < rest.length() && !mayHaveEnglish; i++) {
			char c = rest.charAt(i);
			mayHaveEnglish = c == ' ' || c == ',' || (c >= '\t' && c <= '\r');
		}
		return mayHaveEnglish ? ENGLISH_LEGAL_FORM.matcher(rest).replaceAll(" ") : rest;
	}

	private static String legalFormAt(String s, int i) {
		List<String> forms = LEGAL_FORMS.get(s.charAt(i));
		if (forms != null) {
			for (String form : forms) {
				if (s.startsWith(form, i)) {
					return form;
				}
			}
		}
		return null;
	}

	/**
	 * Without spaces, punctuation and symbols (Unicode Z, P, S, Cc, Cf and the ASCII
	 * white space); the prolonged sound mark ー and 々 are letters (Lm) and stay. A loop
	 * rather than a regular expression: every imported registry line goes through here
	 * twice.
	 */
	private static String withoutNoise(String s) {
		StringBuilder sb = null;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			int next = i + Character.charCount(cp);
			if (isNoise(cp)) {
				if (sb == null) {
					sb = new StringBuilder(s.length()).append(s, 0, i);
				}
			}
			else if (sb != null) {
				sb.appendCodePoint(cp);
			}
			i = next;
		}
		return sb == null ? s : sb.toString();
	}

	private static boolean isNoise(int cp) {
		if (cp == ' ' || (cp >= '\t' && cp <= '\r')) {
			return true;
		}
		return switch (Character.getType(cp)) {
			case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
					Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
					Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.CONTROL, Character.FORMAT ->
				true;
			default -> false;
		};
	}

	/** Hiragana (ぁ–ゖ, ゝゞ) to the katakana at the same place of the Unicode block. */
	public static String toKatakana(String s) {
		return JapaneseFold.toKatakana(s);
	}

	/**
	 * A company's matching columns, computed from name and kana with each normalised
	 * once.
	 */
	public record MatchingForm(String nameKey, String searchText, Set<String> searchGrams) {
	}

	/**
	 * The matching columns of a company at once: what bulk imports use, since normalising
	 * is their hot path.
	 */
	public static MatchingForm matchingForm(String name, String kana) {
		String n = normalize(name);
		String k = normalize(kana);
		Set<String> grams = new LinkedHashSet<>();
		addGrams(n, grams);
		addGrams(k, grams);
		return new MatchingForm(n, n + " " + k, grams);
	}

	/**
	 * What the search matches a query against: normalised name, a space, normalised kana.
	 */
	public static String searchText(String name, String kana) {
		return normalize(name) + " " + normalize(kana);
	}

	/**
	 * The distinct 1-grams and 2-grams (in code points) of the normalised name and,
	 * separately, of the normalised kana: the GIN index narrows a search to the rows that
	 * contain every 2-gram of the query.
	 */
	public static Set<String> searchGrams(String name, String kana) {
		Set<String> grams = new LinkedHashSet<>();
		addGrams(normalize(name), grams);
		addGrams(normalize(kana), grams);
		return grams;
	}

	/**
	 * The grams a normalised query must all have: its 2-grams, or the query itself when
	 * it is one character long.
	 */
	public static Set<String> queryGrams(String normalizedQuery) {
		int[] cps = normalizedQuery.codePoints().toArray();
		Set<String> grams = new LinkedHashSet<>();
		if (cps.length == 1) {
			grams.add(normalizedQuery);
		}
		for (int i = 0; i + 1 < cps.length; i++) {
			grams.add(new String(cps, i, 2));
		}
		return grams;
	}

	/**
	 * The key a gram has in the search index ({@code company.search_grams}, an
	 * {@code int4[]} under GIN; ADR 200): a 1-gram is its code point, a 2-gram the low 16
	 * bits of its first code point above those of its second. For the Basic Multilingual
	 * Plane — every kana, every JIS kanji, ASCII — that is exact and no two grams share a
	 * key (a BMP 2-gram's first code point is never below U+0020, as normalisation
	 * removes control characters, so its key never looks like a 1-gram's). A 2-gram with
	 * a character outside the BMP (𠮷) may share its key with another; such a key can
	 * only let a row through to the {@code LIKE} that confirms every match, never hide
	 * one. The migration V210 computes the same keys in SQL ({@code kyoten_gram_codes}).
	 */
	public static int gramCode(String gram) {
		int first = gram.codePointAt(0);
		int next = Character.charCount(first);
		if (next == gram.length()) {
			return first;
		}
		int second = gram.codePointAt(next);
		return (first & 0xFFFF) << 16 | (second & 0xFFFF);
	}

	/** The index keys of the given grams, without repeats, in their order. */
	public static int[] gramCodes(Collection<String> grams) {
		return grams.stream().mapToInt(JapaneseText::gramCode).distinct().toArray();
	}

	/** The index keys a company's row holds: those of {@link #searchGrams}. */
	public static int[] searchCodes(String name, String kana) {
		return gramCodes(searchGrams(name, kana));
	}

	/** The index keys a normalised query must all have: those of {@link #queryGrams}. */
	public static int[] queryCodes(String normalizedQuery) {
		return gramCodes(queryGrams(normalizedQuery));
	}

	/**
	 * Whether the text, after NFKC, is ASCII digits only (a corporate number or its
	 * beginning).
	 */
	public static boolean isDigits(String text) {
		String s = digitsOf(text);
		return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	/** NFKC and without spaces or hyphens: 「１２３４ ５６７８」 → 「12345678」. */
	public static String digitsOf(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐−ー]", "");
	}

	private static void addGrams(String s, Set<String> grams) {
		int[] cps = s.codePoints().toArray();
		for (int i = 0; i < cps.length; i++) {
			grams.add(new String(cps, i, 1));
			if (i + 1 < cps.length) {
				grams.add(new String(cps, i, 2));
			}
		}
	}

}
