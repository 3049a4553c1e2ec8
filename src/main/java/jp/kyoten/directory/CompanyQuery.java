package jp.kyoten.directory;

/**
 * What the words typed into a directory search ask of the company table, read the same
 * way by a hub's own search ({@link CompanySearch}) and by the administrator's search
 * across hubs ({@link CompaniesAcrossHubs}), so that both find the same companies:
 * <ul>
 * <li>four or more digits (after NFKC) are the beginning of a corporate number;</li>
 * <li>anything else is normalised like the stored names ({@link JapaneseText#normalize})
 * and must be contained in the normalised name or kana: the gram keys narrow through the
 * GIN index, {@code LIKE} on {@code search_text} confirms;</li>
 * <li>blank words, or words that normalise to nothing, ask nothing.</li>
 * </ul>
 */
record CompanyQuery(Kind kind, String corporateNumberPrefix, int[] gramKeys, String namePattern) {

	enum Kind {

		NONE, CORPORATE_NUMBER, NAME

	}

	private static final CompanyQuery NONE = new CompanyQuery(Kind.NONE, null, null, null);

	static CompanyQuery of(String words) {
		String q = words == null ? "" : words.strip();
		if (q.isEmpty()) {
			return NONE;
		}
		if (JapaneseText.isDigits(q) && JapaneseText.digitsOf(q).length() >= 4) {
			return new CompanyQuery(Kind.CORPORATE_NUMBER, JapaneseText.digitsOf(q), null, null);
		}
		String normalized = JapaneseText.normalize(q);
		if (normalized.isEmpty()) {
			return NONE;
		}
		return new CompanyQuery(Kind.NAME, null, JapaneseText.queryCodes(normalized),
				"%" + escapeLike(normalized) + "%");
	}

	/** The parameter of {@code corporate_number LIKE ?}. */
	String corporateNumberPattern() {
		return corporateNumberPrefix + "%";
	}

	/** {@code LIKE} matches these characters literally ({@code ESCAPE '\'}). */
	static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
