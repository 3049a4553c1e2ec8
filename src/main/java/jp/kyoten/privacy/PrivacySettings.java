package jp.kyoten.privacy;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Settings of the personal-data duties.
 *
 * @param handBackDirectory where hand-backs are built and kept until the hub is erased
 * (in a cluster a volume every app node shares, as the registry imports' directory)
 * @param handBackStale a running hand-back whose node has not reported for this long is
 * taken over by another
 * @param retentionAt the Tokyo hour after which the day's retention erasure runs
 */
@Validated
@ConfigurationProperties("kyoten.privacy")
record PrivacySettings(@NotNull @DefaultValue("data/hand-backs") Path handBackDirectory,
		@NotNull @DefaultValue("PT5M") Duration handBackStale, @DefaultValue("2") int retentionAt) {
}
