package jp.kyoten.portal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the public portal.
 *
 * @param formSigningKey key that signs the time a public form was handed out (and hashes sender addresses); every
 * app node must share it. Empty: a random key per start, fine for one node
 * @param minimumFillTime a form sent back sooner than this after it was handed out is refused (bots fill at once)
 * @param maximumFormAge a form older than this is refused (a replayed token)
 * @param submissionsPerHour how many forms one sender address may send to a hub per hour
 * @param photoMaxBytes the largest photo of a success story
 * @param pageCacheTtl how long the hub page's data is reused before it is read again
 */
@Validated
@ConfigurationProperties("kyoten.portal")
public record PortalSettings(@DefaultValue("") String formSigningKey, @DefaultValue("3s") Duration minimumFillTime,
		@DefaultValue("1d") Duration maximumFormAge, @DefaultValue("5") @Min(1) @Max(1000) int submissionsPerHour,
		@DefaultValue("2097152") @Min(1024) long photoMaxBytes, @DefaultValue("60s") Duration pageCacheTtl) {
}
