package jp.kyoten.identity;

import java.util.Base64;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kyoten.two-factor.*}.
 *
 * @param secretKey the AES key (base64 of 16, 24 or 32 bytes, {@code KYOTEN_TOTP_KEY})
 * that encrypts the authenticator apps' secrets at rest; blank: a key drawn once and kept
 * in the database (demo mode), with a warning at start outside demo mode
 * @param requiredForRoles roles whose sign-in always needs a second factor, whatever
 * their hub says ({@code KYOTEN_TWOFACTOR_REQUIREDFORROLES}); unset: the system admin
 * outside demo mode, no one in demo mode
 */
@Validated
@ConfigurationProperties("kyoten.two-factor")
record TwoFactorSettings(@DefaultValue("") @NotNull String secretKey, Set<Role> requiredForRoles) {

	@AssertTrue(message = "kyoten.two-factor.secret-key: base64 of 16, 24 or 32 bytes")
	boolean isKeyValid() {
		if (secretKey.isBlank()) {
			return true;
		}
		try {
			int length = Base64.getDecoder().decode(secretKey.strip()).length;
			return length == 16 || length == 24 || length == 32;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
