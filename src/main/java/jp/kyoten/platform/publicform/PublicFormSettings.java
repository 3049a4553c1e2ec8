package jp.kyoten.platform.publicform;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kyoten.public-forms.*}.
 *
 * @param secret signs the fill time and hashes client addresses
 * ({@code KYOTEN_FORM_SECRET}); blank: a key drawn once and kept in the database, shared
 * by every node and kept across restarts
 * @param minimumFillTime a form sent back sooner than this after it was shown is refused
 * (robots fill at once)
 * @param maximumFormAge a form older than this is refused (a replayed token)
 */
@Validated
@ConfigurationProperties("kyoten.public-forms")
public record PublicFormSettings(@DefaultValue("") String secret, @DefaultValue("3s") @NotNull Duration minimumFillTime,
		@DefaultValue("1d") @NotNull Duration maximumFormAge) {
}
