package jp.kyoten.identity;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as every authenticator app makes them: HMAC-SHA1
 * over the number of 30-second steps since the epoch (RFC 4226's dynamic truncation), six
 * digits. A code of the step before or after the present one is accepted too, for a phone
 * whose clock is a little off and for the seconds it takes to type.
 */
final class Totp {

	static final int STEP_SECONDS = 30;

	static final int DIGITS = 6;

	/** Steps either side of the present one whose code is accepted. */
	static final int WINDOW = 1;

	/** 160 bits, the length of an HMAC-SHA1 key that RFC 4226 recommends. */
	static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The six-digit code of a step. */
	static String code(byte[] secret, long step) {
		return code(secret, step, DIGITS, "HmacSHA1");
	}

	/**
	 * RFC 6238's generator with its digits and HMAC as parameters (its test vectors use
	 * eight digits).
	 */
	static String code(byte[] secret, long step, int digits, String hmac) {
		byte[] hash;
		try {
			Mac mac = Mac.getInstance(hmac);
			mac.init(new SecretKeySpec(secret, "RAW"));
			hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
		int modulus = (int) Math.pow(10, digits);
		return String.format("%0" + digits + "d", binary % modulus);
	}

	/**
	 * The step within the window around {@code now} whose code this is, if that step is
	 * later than the last one used: a code once accepted is never accepted again (RFC
	 * 6238 §5.2), not even within its own 30 seconds.
	 */
	static OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
		if (code == null || code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return OptionalLong.empty();
		}
		long present = stepAt(now);
		OptionalLong match = OptionalLong.empty();
		// every step of the window is computed, so that the time taken does not tell
		// which one matched
		for (long step = present - WINDOW; step <= present + WINDOW; step++) {
			boolean same = MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes());
			if (same && step > lastUsedStep && match.isEmpty()) {
				match = OptionalLong.of(step);
			}
		}
		return match;
	}

}
