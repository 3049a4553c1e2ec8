package jp.kyoten.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authenticator apps' secrets at rest: AES-GCM (96-bit nonce drawn per write, 128-bit
 * tag) under the key of {@code kyoten.two-factor.secret-key}, the account's id as
 * associated data so that a secret copied onto another account's row does not decrypt.
 * Stored as nonce ‖ ciphertext ‖ tag. Rows written before encryption
 * ({@code encrypted = false}) are read as they are and encrypted once the application has
 * started.
 */
@Component
class TotpSecretCipher {

	private static final Logger log = LoggerFactory.getLogger(TotpSecretCipher.class);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final TwoFactorSettings settings;

	private final boolean demo;

	private volatile SecretKeySpec key;

	TotpSecretCipher(JdbcClient jdbc, TwoFactorSettings settings, @Value("${kyoten.demo.enabled:false}") boolean demo) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.demo = demo;
	}

	byte[] encrypt(long userId, byte[] secret) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(userId));
			byte[] sealed = cipher.doFinal(secret);
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt a TOTP secret", ex);
		}
	}

	byte[] decrypt(long userId, byte[] stored, boolean encrypted) {
		if (!encrypted) {
			return stored;
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData(userId));
			return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			// a wrong key (the setting changed) or a row not of this account: no code can
			// match
			throw new IllegalStateException("cannot decrypt the TOTP secret of account " + userId
					+ " (has kyoten.two-factor.secret-key changed?)", ex);
		}
	}

	/**
	 * Encrypts the secrets stored before encryption existed, once, at start (idempotent,
	 * safe on every node).
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void encryptPlainSecrets() {
		if (settings.secretKey().isBlank() && !demo) {
			log.warn("kyoten.two-factor.secret-key (KYOTEN_TOTP_KEY) is not set: the authenticator apps' secrets are "
					+ "encrypted with a key kept in the database itself; set the key for production");
		}
		record Plain(long userId, byte[] secret) {
		}
		var plain = jdbc.sql("SELECT user_id, secret FROM user_totp WHERE NOT encrypted FOR UPDATE SKIP LOCKED")
			.query((rs, n) -> new Plain(rs.getLong(1), rs.getBytes(2)))
			.list();
		for (Plain row : plain) {
			jdbc.sql("UPDATE user_totp SET secret = ?, encrypted = true WHERE user_id = ? AND NOT encrypted")
				.params(encrypt(row.userId(), row.secret()), row.userId())
				.update();
		}
		if (!plain.isEmpty()) {
			log.info("Encrypted {} authenticator app secrets stored before encryption", plain.size());
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec k = key;
		if (k == null) {
			byte[] raw = settings.secretKey().isBlank() ? keptKey()
					: Base64.getDecoder().decode(settings.secretKey().strip());
			k = new SecretKeySpec(raw, "AES");
			key = k;
		}
		return k;
	}

	private byte[] keptKey() {
		byte[] drawn = new byte[32];
		RANDOM.nextBytes(drawn);
		jdbc.sql("INSERT INTO totp_secret_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
			.param(drawn)
			.update();
		return jdbc.sql("SELECT secret FROM totp_secret_key WHERE id = 1").query(byte[].class).single();
	}

	private static byte[] associatedData(long userId) {
		return ByteBuffer.allocate(Long.BYTES).putLong(userId).array();
	}

}
