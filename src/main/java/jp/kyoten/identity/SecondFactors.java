package jp.kyoten.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.SecretTokens;

/**
 * The second factors of the accounts: an authenticator app's secret (TOTP, encrypted at
 * rest by {@link TotpSecretCipher}) and ten one-time recovery codes. The identity tables
 * carry no row-level security (a sign-in has no hub yet); every statement names its
 * account.
 */
@Service
@Transactional
class SecondFactors {

	static final int RECOVERY_CODES = 10;

	/**
	 * No 0/o, 1/l/i: a recovery code is read off paper. 10 characters of 31 are about 50
	 * bits.
	 */
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What a code proved: which kind, and how many recovery codes are left after it. */
	record Verified(boolean recoveryCode, int recoveryCodesLeft) {

		/** What the audit log says of this second factor, in the reader's words. */
		String auditSummary() {
			return recoveryCode ? "二要素認証: 回復コードを使用（残り " + recoveryCodesLeft + " 件）" : "二要素認証: 確認コード";
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TotpSecretCipher cipher;

	private final UserAccountRepository accounts;

	SecondFactors(JdbcClient jdbc, Clock clock, TotpSecretCipher cipher, UserAccountRepository accounts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.cipher = cipher;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	boolean enrolled(long userId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM user_totp WHERE user_id = ?)")
			.param(userId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The accounts of the hub that have enrolled an app, in one query for the accounts
	 * page.
	 */
	@Transactional(readOnly = true)
	Set<Long> enrolledIn(long hubId) {
		return new HashSet<>(jdbc.sql("""
				SELECT t.user_id FROM user_totp t JOIN user_account u ON u.id = t.user_id WHERE u.hub_id = ?""")
			.param(hubId)
			.query(Long.class)
			.list());
	}

	/**
	 * Keeps the secret the person's app now holds, once a code it made proves so, and
	 * issues new recovery codes (any earlier app and codes stop working).
	 * @return the recovery codes, to be shown once; empty if the code was wrong
	 */
	Optional<List<String>> enrol(long userId, byte[] secret, String code) {
		OptionalLong step = Totp.matchingStep(secret, normalised(code), clock.instant(), 0);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		jdbc.sql(
				"""
						INSERT INTO user_totp (user_id, secret, encrypted, enrolled_at, last_used_step) VALUES (?, ?, true, ?, ?)
						ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, encrypted = true,
						                                    enrolled_at = EXCLUDED.enrolled_at,
						                                    last_used_step = EXCLUDED.last_used_step""")
			.params(userId, cipher.encrypt(userId, secret), Timestamp.from(clock.instant()), step.getAsLong())
			.update();
		// the enrolment completes a sign-in: the failures counted since the password
		// start over (through the entity: user_account is JPA's alone, ADR 211/245)
		accounts.findForUpdateById(userId).ifPresent(account -> account.enrolledSecondFactor(Instant.now()));
		jdbc.sql("DELETE FROM user_recovery_code WHERE user_id = ?").param(userId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String recovery = newRecoveryCode();
			codes.add(recovery);
			jdbc.sql("INSERT INTO user_recovery_code (user_id, code_hash) VALUES (?, ?)")
				.params(userId, SecretTokens.sha256(normalisedRecovery(recovery)))
				.update();
		}
		return Optional.of(codes);
	}

	/**
	 * A code of the person's app (six digits), or one of their recovery codes, each
	 * accepted once. The step is taken with a conditional update, so that two requests
	 * with one code (two nodes) cannot both succeed.
	 */
	Optional<Verified> verify(long userId, String code) {
		String digits = normalised(code);
		if (digits.length() == Totp.DIGITS && digits.chars().allMatch(Character::isDigit)) {
			return verifyTotp(userId, digits);
		}
		return verifyRecovery(userId, code);
	}

	private Optional<Verified> verifyTotp(long userId, String code) {
		record Secret(byte[] secret, long lastUsedStep) {
		}
		Optional<Secret> stored = jdbc.sql("SELECT secret, encrypted, last_used_step FROM user_totp WHERE user_id = ?")
			.param(userId)
			.query((rs, n) -> new Secret(cipher.decrypt(userId, rs.getBytes(1), rs.getBoolean(2)), rs.getLong(3)))
			.optional();
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		OptionalLong step = Totp.matchingStep(stored.get().secret(), code, now, stored.get().lastUsedStep());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		int taken = jdbc.sql("UPDATE user_totp SET last_used_step = ? WHERE user_id = ? AND last_used_step < ?")
			.params(step.getAsLong(), userId, step.getAsLong())
			.update();
		return taken == 1 ? Optional.of(new Verified(false, recoveryCodesLeft(userId))) : Optional.empty();
	}

	private Optional<Verified> verifyRecovery(long userId, String code) {
		if (code == null || normalisedRecovery(code).isEmpty()) {
			return Optional.empty();
		}
		int used = jdbc.sql("""
				UPDATE user_recovery_code SET used_at = now()
				 WHERE user_id = ? AND code_hash = ? AND used_at IS NULL""")
			.params(userId, SecretTokens.sha256(normalisedRecovery(code)))
			.update();
		return used == 1 ? Optional.of(new Verified(true, recoveryCodesLeft(userId))) : Optional.empty();
	}

	@Transactional(readOnly = true)
	int recoveryCodesLeft(long userId) {
		return jdbc.sql("SELECT count(*) FROM user_recovery_code WHERE user_id = ? AND used_at IS NULL")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Removes the app and the recovery codes (a lost phone: the person enrols again at
	 * the next sign-in).
	 */
	boolean remove(long userId) {
		jdbc.sql("DELETE FROM user_recovery_code WHERE user_id = ?").param(userId).update();
		return jdbc.sql("DELETE FROM user_totp WHERE user_id = ?").param(userId).update() == 1;
	}

	/**
	 * Full-width digits of a Japanese input method are digits; spaces that an app shows
	 * in the middle of a code ("123 456") are the person's to type or not.
	 */
	private static String normalised(String code) {
		return code == null ? "" : Normalizer.normalize(code, Normalizer.Form.NFKC).replaceAll("\\s", "");
	}

	private static String normalisedRecovery(String code) {
		return normalised(code).toLowerCase(Locale.ROOT).replace("-", "");
	}

	private static String newRecoveryCode() {
		StringBuilder code = new StringBuilder(11);
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

}
