package jp.kyoten.directory;

import java.util.List;
import java.util.Locale;

import jp.kyoten.hub.Prefectures;

/**
 * Places by name: what every page and export prints for a prefecture code (JIS X 0401) and a municipality code
 * (全国地方公共団体コード, five digits), and the look-up behind the municipality type-ahead. Codes stay what is stored;
 * people read and type names.
 */
public final class Places {

	private Places() {
	}

	/** 熊本市 for 43100; the bare code for a municipality the directory does not know by name; empty for none. */
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

	/** The municipalities of the prefecture (all known ones without it) whose name contains the text, by code. */
	public static List<Municipality> search(String prefectureCode, String text) {
		String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return Municipalities.all()
			.stream()
			.filter(m -> prefectureCode == null || prefectureCode.isBlank() || m.code().startsWith(prefectureCode))
			.filter(m -> t.isEmpty() || m.name().contains(t) || m.code().startsWith(t))
			.toList();
	}

	/**
	 * The code a person meant: a five-digit code as it is, else the municipality of that exact name in the
	 * prefecture; {@code null} when blank, the name itself when not known (the form then says so).
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
