package jp.kyoten.talent;

/**
 * Kinds of talent, as seed 001 §3 「人材」の定義 has them: 若者 about 20–39 (students, young
 * workers, those between jobs), 女性 of any age returning after leaving work (育児・介護), シニア
 * about 55 or older with about ten years in one field or a large company's alumni, 高度外国人材
 * of any age who can help an SME abroad (international students), and デジタル推進人材 (§2(2)①)
 * who bring DX skills. The API uses these codes.
 */
public enum TalentKind {

	DIGITAL("D"), FOREIGN("F"), YOUTH("Y"), WOMEN("W"), SENIOR("S");

	static final String CODES = "DIGITAL|FOREIGN|YOUTH|WOMEN|SENIOR";

	private final String prefix;

	TalentKind(String prefix) {
		this.prefix = prefix;
	}

	/** The letter the anonymised code starts with (D-0012). */
	String prefix() {
		return prefix;
	}

}
