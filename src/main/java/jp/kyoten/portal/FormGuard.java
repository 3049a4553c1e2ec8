package jp.kyoten.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Spam resistance without third parties, part one: every public form carries the time it was handed out, signed
 * with the portal's key ({@code started}), and a field people never see ({@code website}, the honeypot). A form sent
 * back too soon, too late, with a forged or missing time, or with the honeypot filled, is refused. The same key
 * hashes sender addresses for the flood limit, so that no address is stored.
 */
@Component
class FormGuard {

	enum Verdict {

		ACCEPTED, TOO_FAST, EXPIRED, FORGED, HONEYPOT

	}

	private final byte[] key;

	private final Duration minimumFillTime;

	private final Duration maximumFormAge;

	private final Clock clock;

	@org.springframework.beans.factory.annotation.Autowired
	FormGuard(PortalSettings settings) {
		this(settings, Clock.systemUTC());
	}

	FormGuard(PortalSettings settings, Clock clock) {
		this.key = settings.formSigningKey().isBlank() ? random() : settings.formSigningKey().getBytes(StandardCharsets.UTF_8);
		this.minimumFillTime = settings.minimumFillTime();
		this.maximumFormAge = settings.maximumFormAge();
		this.clock = clock;
	}

	/** The signed time for a form handed out now. */
	String issue() {
		return issue(clock.instant());
	}

	String issue(Instant at) {
		String millis = Long.toString(at.toEpochMilli());
		return millis + "." + sign(millis);
	}

	Verdict check(String started, String honeypot) {
		if (honeypot != null && !honeypot.isBlank()) {
			return Verdict.HONEYPOT;
		}
		if (started == null || !started.matches("[0-9]{1,15}\\.[0-9a-f]{64}")) {
			return Verdict.FORGED;
		}
		String millis = started.substring(0, started.indexOf('.'));
		byte[] expected = sign(millis).getBytes(StandardCharsets.US_ASCII);
		byte[] given = started.substring(started.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, given)) {
			return Verdict.FORGED;
		}
		Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(millis)), clock.instant());
		if (age.compareTo(minimumFillTime) < 0) {
			return Verdict.TOO_FAST;
		}
		return age.compareTo(maximumFormAge) > 0 ? Verdict.EXPIRED : Verdict.ACCEPTED;
	}

	/** A keyed hash of a sender's address: the same address gives the same value, and the value gives no address. */
	String addressHash(String address) {
		return sign("address:" + address);
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] random() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
