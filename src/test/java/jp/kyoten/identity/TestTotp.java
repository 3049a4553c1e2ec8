package jp.kyoten.identity;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person's authenticator app does, for tests: reads the key off the setup page and
 * computes codes.
 */
public final class TestTotp {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");

	private TestTotp() {
	}

	/** The key the setup page shows (grouped by four, as a person reads it). */
	public static String secretOn(String setupPage) {
		Matcher m = SECRET.matcher(setupPage);
		if (!m.find()) {
			throw new AssertionError("no key on the page:\n" + setupPage);
		}
		return m.group(1);
	}

	/** The app's code {@code steps} steps of 30 s from now (0: the one it shows now). */
	public static String code(String secret, int steps) {
		return Totp.code(Base32.decode(secret), Totp.stepAt(Instant.now()) + steps);
	}

}
