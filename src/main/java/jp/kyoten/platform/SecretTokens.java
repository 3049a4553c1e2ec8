package jp.kyoten.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer secrets (API tokens, calendar-feed URLs): 256 random bits behind a readable
 * prefix. Only their SHA-256 is stored, so a leaked database cannot be replayed; a fast
 * hash suffices because the secret itself is random.
 */
public final class SecretTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	public static String newToken(String prefix) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	public static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
