package jp.kyoten.events;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kyoten.events.*}. Links in mails start with the deployment's public address
 * ({@link jp.kyoten.platform.web.PublicAddress}). The public registration form refuses a post sent sooner than {@code minFormTime} after the form was shown
 * or later than {@code maxFormAge}, and more than {@code registrationsPerAddress} posts from one client address
 * within {@code rateWindow}. {@code formSecret} signs the form's time stamp; when blank a random one is drawn at
 * start (forms shown before a restart then have to be sent again; set it when several nodes serve the portal).
 * Handouts are limited to {@code maxHandoutBytes}.
 */
@Validated
@ConfigurationProperties("kyoten.events")
record EventSettings(@DefaultValue("PT3S") @NotNull Duration minFormTime, @DefaultValue("PT2H") @NotNull Duration maxFormAge,
		@DefaultValue("10") @Min(1) int registrationsPerAddress, @DefaultValue("PT10M") @NotNull Duration rateWindow,
		@DefaultValue("") String formSecret, @DefaultValue("10485760") @Min(1) int maxHandoutBytes) {

}
