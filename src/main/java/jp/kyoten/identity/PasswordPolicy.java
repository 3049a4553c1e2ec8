package jp.kyoten.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ASVS 2.1: at least 12 characters, at most 128, not the account's own e-mail address,
 * and not a password that attackers try first (ASVS 2.1.7): one of the common passwords
 * of {@code identity/common-passwords.txt}, in any letter case, or such a password said
 * twice or more ({@code dragondragon}), one character repeated ({@code aaaaaaaaaaaa}), or
 * a run of consecutive letters or digits ({@code abcdefghijkl}, {@code 345678901234}).
 */
final class PasswordPolicy {

	static final int MIN = 12;

	static final int MAX = 128;

	static final String COMMON_PASSWORDS = "identity/common-passwords.txt";

	private PasswordPolicy() {
	}

	/** The message key of the first rule the password breaks. */
	static Optional<String> violation(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX) {
			return Optional.of("password.tooLong");
		}
		if (email != null && password.equalsIgnoreCase(email)) {
			return Optional.of("password.sameAsEmail");
		}
		if (isCommon(password)) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	static boolean isCommon(String password) {
		String p = password.toLowerCase(Locale.ROOT);
		return Common.PASSWORDS.contains(p) || Common.PASSWORDS.contains(unit(p)) || unit(p).length() == 1 || isRun(p);
	}

	/**
	 * The shortest piece of which the password is the repetition ({@code dragon} of
	 * {@code dragondragon}).
	 */
	private static String unit(String p) {
		int n = p.length();
		for (int len = 1; len <= n / 2; len++) {
			if (n % len == 0 && p.substring(0, len).repeat(n / len).equals(p)) {
				return p.substring(0, len);
			}
		}
		return p;
	}

	/**
	 * Each character the next one of the last, up or down: {@code 0123456789} continues
	 * with {@code 0}.
	 */
	private static boolean isRun(String p) {
		return isRun(p, 1) || isRun(p, -1);
	}

	private static boolean isRun(String p, int direction) {
		for (int i = 1; i < p.length(); i++) {
			if (!follows(p.charAt(i - 1), p.charAt(i), direction)) {
				return false;
			}
		}
		return true;
	}

	private static boolean follows(char previous, char next, int direction) {
		if (Character.isDigit(previous) && Character.isDigit(next)) {
			return Math.floorMod(previous - '0' + direction, 10) == next - '0';
		}
		return next - previous == direction && Character.isLetter(previous) && Character.isLetter(next);
	}

	/**
	 * Read once, on the first password checked: about 49,000 entries, a few megabytes.
	 */
	private static final class Common {

		static final Set<String> PASSWORDS = read();

		private static Set<String> read() {
			Set<String> passwords = new HashSet<>(64 * 1024);
			try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
				if (in == null) {
					throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
				}
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					if (!line.isEmpty() && !line.startsWith("#")) {
						passwords.add(line.toLowerCase(Locale.ROOT));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return passwords;
		}

	}

}
