package jp.kyoten.identity;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kyoten.passkeys.*}: the relying party a passkey is made for. {@code rpId} is the
 * host name people reach Kyoten at (a passkey works only there and on its sub-domains);
 * {@code allowedOrigins} the addresses (scheme, host, port) the browser may report, as a
 * passkey made on another origin is refused.
 */
@Validated
@ConfigurationProperties("kyoten.passkeys")
record PasskeySettings(@DefaultValue("localhost") @NotBlank String rpId,
		@DefaultValue("Kyoten") @NotBlank String rpName,
		@DefaultValue("http://localhost:8080") @NotEmpty Set<String> allowedOrigins) {
}
