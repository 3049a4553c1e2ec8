package jp.kyoten.identity;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authenticator app's secret is stored encrypted (AES-GCM, {@link TotpSecretCipher}),
 * codes made from it are still accepted, and a secret stored in the clear before
 * encryption existed is readable and encrypted at start.
 */
@KyotenSpringTest
class TotpSecretAtRestTests {

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	TotpSecretCipher cipher;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	long userId;

	@BeforeEach
	void anAccount() {
		long n = System.nanoTime();
		long hub = hubs.create("totp-" + n, "鍵試験拠点", HubKind.PRO_TALENT, "46", false).getId();
		userId = accounts
			.createIfAbsent(hub, "totp-" + n + "@kagoshima.test", "鍵 試験", Role.COORDINATOR, DemoLogins.PASSWORD)
			.orElseThrow();
	}

	@Test
	void theStoredValueIsNotTheSecretAndCodesFromTheSecretStillWork() {
		byte[] secret = Totp.newSecret();
		assertThat(secondFactors.enrol(userId, secret, code(secret, 0))).isPresent();

		byte[] stored = storedSecret();
		assertThat(stored).isNotEqualTo(secret);
		assertThat(indexOf(stored, secret)).as("the secret appears nowhere in the stored bytes").isEqualTo(-1);
		assertThat(stored.length).as("nonce, ciphertext and tag").isEqualTo(12 + secret.length + 16);
		assertThat(encrypted()).isTrue();
		assertThat(secondFactors.verify(userId, code(secret, 1))).isPresent();
	}

	@Test
	void aSecretStoredInTheClearBeforeIsReadableThenEncryptedAtStart() {
		byte[] secret = Totp.newSecret();
		jdbc.sql("INSERT INTO user_totp (user_id, secret, encrypted, last_used_step) VALUES (?, ?, false, 0)")
			.params(userId, secret)
			.update();
		assertThat(secondFactors.verify(userId, code(secret, 0))).as("read as it is").isPresent();

		cipher.encryptPlainSecrets();
		assertThat(encrypted()).isTrue();
		assertThat(storedSecret()).isNotEqualTo(secret);
		assertThat(secondFactors.verify(userId, code(secret, 1))).as("read after encryption").isPresent();
	}

	@Test
	void aSecretCopiedOntoAnotherAccountDoesNotDecrypt() {
		byte[] sealed = cipher.encrypt(userId, Totp.newSecret());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> cipher.decrypt(userId + 1, sealed, true))
			.isInstanceOf(IllegalStateException.class);
	}

	/**
	 * The app's code {@code steps} steps of 30 s from now (each code is taken once, so
	 * later steps for later use).
	 */
	private static String code(byte[] secret, int steps) {
		return TestTotp.code(Base32.encode(secret), steps);
	}

	private byte[] storedSecret() {
		return jdbc.sql("SELECT secret FROM user_totp WHERE user_id = ?").param(userId).query(byte[].class).single();
	}

	private boolean encrypted() {
		return jdbc.sql("SELECT encrypted FROM user_totp WHERE user_id = ?")
			.param(userId)
			.query(Boolean.class)
			.single();
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
				return i;
			}
		}
		return -1;
	}

}
