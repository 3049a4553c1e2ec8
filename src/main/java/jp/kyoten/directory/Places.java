package jp.kyoten.directory;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jp.kyoten.hub.Prefectures;

/**
 * Places by name: what every page and export prints for a prefecture code (JIS X 0401)
 * and a municipality code (全国地方公共団体コード, five digits), and the look-up behind the
 * municipality type-ahead. Codes stay what is stored; people read and type names.
 */
public final class Places {

	private Places() {
	}

	/**
	 * 熊本市 for 43100; the bare code for a municipality the directory does not know by
	 * name; empty for none.
	 */
	public static String municipalityName(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = Municipalities.name(code);
		return name.isEmpty() ? code : name;
	}

	/** 熊本県 熊本市, 熊本県 (no municipality), or empty (no prefecture). */
	public static String name(String prefectureCode, String municipalityCode) {
		String prefecture = Prefectures.name(prefectureCode);
		String municipality = municipalityName(municipalityCode);
		if (prefecture.isEmpty()) {
			return municipality;
		}
		return municipality.isEmpty() ? prefecture : prefecture + " " + municipality;
	}

	/**
	 * The municipalities of the prefecture (of all Japan without it) whose name or
	 * reading contains the text (typed in kanji, hiragana or katakana) or whose code
	 * begins with it; those whose name or reading begins with it first, then by code.
	 */
	public static List<Municipality> search(String prefectureCode, String text) {
		String t = text == null ? "" : hiragana(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
		return Municipalities.all()
			.stream()
			.filter(m -> prefectureCode == null || prefectureCode.isBlank() || m.code().startsWith(prefectureCode))
			.filter(m -> t.isEmpty() || m.name().contains(t) || m.reading().contains(t) || m.code().startsWith(t))
			.sorted(Comparator.comparing((Municipality m) -> !(m.name().startsWith(t) || m.reading().startsWith(t)))
				.thenComparing(Municipality::code))
			.toList();
	}

	/** カタカナ as ひらがな, so that the reading matches either. */
	private static String hiragana(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			sb.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
		}
		return sb.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * The code a person meant: a five-digit code as it is, else the municipality of that
	 * exact name in the prefecture; {@code null} when blank, the name itself when not
	 * known (the form then says so).
	 */
	public static String municipalityCode(String prefectureCode, String nameOrCode) {
		if (nameOrCode == null || nameOrCode.isBlank()) {
			return null;
		}
		String v = nameOrCode.strip();
		if (v.matches("[0-9]{5}")) {
			return v;
		}
		return search(prefectureCode, null).stream()
			.filter(m -> m.name().equals(v))
			.map(Municipality::code)
			.findFirst()
			.orElse(v);
	}

}
