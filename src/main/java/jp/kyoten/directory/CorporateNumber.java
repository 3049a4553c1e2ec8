package jp.kyoten.directory;

/**
 * 法人番号: 13 digits, the first of which is a check digit over the other 12 (法人番号の指定等に関する省令
 * 第2条). With P<sub>n</sub> the n-th digit of the 12-digit base counted from the right and
 * Q<sub>n</sub> 1 for odd n and 2 for even n, the check digit is 9 − ((Σ P<sub>n</sub> ×
 * Q<sub>n</sub>) mod 9). The National Tax Agency's own number 7000012050002 is valid.
 */
public final class CorporateNumber {

	private CorporateNumber() {
	}

	/** Whether the text is 13 ASCII digits whose first digit is the right check digit. */
	public static boolean isValid(String number) {
		return number != null && number.length() == 13 && number.chars().allMatch(c -> c >= '0' && c <= '9')
				&& number.charAt(0) - '0' == checkDigit(number.substring(1));
	}

	/** The check digit (1–9) of a 12-digit base number. */
	public static int checkDigit(String base) {
		if (base == null || base.length() != 12 || !base.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("a corporate number's base has 12 digits: " + base);
		}
		int sum = 0;
		for (int n = 1; n <= 12; n++) {
			int digit = base.charAt(12 - n) - '0';
			sum += digit * (n % 2 == 1 ? 1 : 2);
		}
		return 9 - (sum % 9);
	}

	/** The full 13-digit number for a 12-digit base: its check digit in front. */
	public static String of(String base) {
		return checkDigit(base) + base;
	}

}
