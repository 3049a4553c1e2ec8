package jp.kyoten.events;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Keeps robots off the public forms without any third-party service: a honeypot field people never see, a signed
 * time stamp in the form (too fast or too old is refused, and it cannot be forged), and a limit of posts per client
 * address in a sliding window (kept in memory on each node: a node's share of a flood is cut off there).
 */
@Component
class RegistrationGuard {

	enum Verdict {

		OK, BOT, TOO_FAST, EXPIRED, TOO_MANY

	}

	private final EventSettings settings;

	private final byte[] secret;

	private final Clock clock;

	private final Map<String, Deque<Instant>> posts = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	RegistrationGuard(EventSettings settings) {
		this(settings, Clock.systemUTC());
	}

	RegistrationGuard(EventSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		if (settings.formSecret() == null || settings.formSecret().isBlank()) {
			this.secret = new byte[32];
			new SecureRandom().nextBytes(this.secret);
		}
		else {
			this.secret = settings.formSecret().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** The value of the form's hidden {@code issued} field: when it was shown, signed. */
	String issue() {
		return stamp(clock.instant().toEpochMilli());
	}

	String stamp(long millis) {
		return millis + "." + sign(Long.toString(millis));
	}

	/** Checks one post of a public form. */
	Verdict check(String honeypot, String issued, String clientAddress) {
		if (honeypot != null && !honeypot.isEmpty()) {
			return Verdict.BOT;
		}
		Instant now = clock.instant();
		Instant shown = verify(issued);
		if (shown == null || shown.plus(settings.maxFormAge()).isBefore(now)) {
			return Verdict.EXPIRED;
		}
		if (shown.plus(settings.minFormTime()).isAfter(now)) {
			return Verdict.TOO_FAST;
		}
		return allow(clientAddress, now) ? Verdict.OK : Verdict.TOO_MANY;
	}

	private boolean allow(String address, Instant now) {
		Deque<Instant> times = posts.computeIfAbsent(address == null ? "?" : address, k -> new ArrayDeque<>());
		synchronized (times) {
			Instant windowStart = now.minus(settings.rateWindow());
			while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
				times.pollFirst();
			}
			if (times.size() >= settings.registrationsPerAddress()) {
				return false;
			}
			times.addLast(now);
		}
		if (posts.size() > 100_000) {
			posts.entrySet().removeIf(e -> e.getValue().isEmpty());
		}
		return true;
	}

	private Instant verify(String issued) {
		if (issued == null || !issued.matches("[0-9]{1,15}\\.[A-Za-z0-9_-]{43}")) {
			return null;
		}
		String millis = issued.substring(0, issued.indexOf('.'));
		String signature = issued.substring(issued.indexOf('.') + 1);
		if (!MessageDigest.isEqual(sign(millis).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		return Instant.ofEpochMilli(Long.parseLong(millis));
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
