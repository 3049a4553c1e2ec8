package jp.kyoten.matching;

/**
 * Where the hired person lived: prefecture (JIS X 0401, {@code 43}) and municipality
 * (全国地方公共団体コード without check digit, {@code 43100}); the municipality lies in the
 * prefecture. Either may be unknown.
 */
public record Residence(String prefectureCode, String municipalityCode) {

	public static final Residence UNKNOWN = new Residence(null, null);

	public static final String PREFECTURE = "0[1-9]|[1-3][0-9]|4[0-7]";

	public static final String MUNICIPALITY = "[0-9]{5}";

	public Residence {
		prefectureCode = blankToNull(prefectureCode);
		municipalityCode = blankToNull(municipalityCode);
		if (prefectureCode == null && municipalityCode != null && municipalityCode.length() == 5) {
			prefectureCode = municipalityCode.substring(0, 2);
		}
	}

	/** Whether the codes are well-formed and the municipality lies in the prefecture. */
	public boolean valid() {
		if (prefectureCode != null && !prefectureCode.matches(PREFECTURE)) {
			return false;
		}
		if (municipalityCode == null) {
			return true;
		}
		return municipalityCode.matches(MUNICIPALITY) && municipalityCode.startsWith(prefectureCode);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/**
	 * By name for people: 熊本県 熊本市 (the bare code when the directory does not know the
	 * municipality).
	 */
	public String name() {
		return jp.kyoten.directory.Places.name(prefectureCode, municipalityCode);
	}

}
