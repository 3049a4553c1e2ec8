package jp.kyoten.directory;

/**
 * 法人種別: the legal form of a company. The API uses these codes; the UI shows the Japanese
 * name from the messages ({@code company.legalForm.KABUSHIKI_KAISHA}).
 */
public enum LegalForm {

	KABUSHIKI_KAISHA, YUGEN_KAISHA, GODO_KAISHA, GOMEI_KAISHA, GOSHI_KAISHA, GENERAL_INCORPORATED_ASSOCIATION,
	GENERAL_INCORPORATED_FOUNDATION, PUBLIC_INTEREST_ASSOCIATION, PUBLIC_INTEREST_FOUNDATION, SOCIAL_WELFARE, MEDICAL,
	SCHOOL, NPO, COOPERATIVE, ENTERPRISE_UNION, SOLE_PROPRIETOR, FOREIGN_COMPANY, OTHER;

	public String labelKey() {
		return "company.legalForm." + name();
	}

}
