package jp.kyoten.identity;

import java.util.Optional;

/** ASVS 2.1: at least 12 characters, at most 128, and not the account's own e-mail address. */
final class PasswordPolicy {

	static final int MIN = 12;

	static final int MAX = 128;

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
		return Optional.empty();
	}

}
