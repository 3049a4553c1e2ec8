package jp.kyoten.events;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jp.kyoten.platform.publicform.PublicForm;
import jp.kyoten.platform.publicform.PublicFormGuard;

/**
 * {@code kyoten.events.*}. Links in mails start with the deployment's public address
 * ({@link jp.kyoten.platform.web.PublicAddress}). The public registration, survey and
 * unsubscribe forms take at most {@code registrationsPerAddress} posts from one client
 * address and {@code postsPerHub} posts to the hub within {@code rateWindow} each
 * (counted by the shared {@link PublicFormGuard}, which also signs the forms' time).
 * Handouts are limited to {@code maxHandoutBytes}.
 */
@Validated
@ConfigurationProperties("kyoten.events")
record EventSettings(@DefaultValue("10") @Min(1) int registrationsPerAddress,
		@DefaultValue("2000") @Min(1) int postsPerHub, @DefaultValue("PT10M") @NotNull Duration rateWindow,
		@DefaultValue("10485760") @Min(1) int maxHandoutBytes) {

	PublicForm form(String name) {
		return new PublicForm(name, registrationsPerAddress, Math.max(postsPerHub, registrationsPerAddress),
				rateWindow);
	}

}
