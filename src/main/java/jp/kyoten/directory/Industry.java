package jp.kyoten.directory;

/**
 * 日本標準産業分類 (JSIC, rev. 14) major divisions A–T. The API and the database use the letter;
 * the UI shows the Japanese name from the messages ({@code company.industry.A}).
 */
public enum Industry {

	A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T;

	public static boolean isValid(String code) {
		return code != null && code.length() == 1 && code.charAt(0) >= 'A' && code.charAt(0) <= 'T';
	}

	public String labelKey() {
		return "company.industry." + name();
	}

}
