package jp.kyoten.mail;

import java.time.Duration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kyoten.mail.*}: the sender address and name, how many attempts before a mail is
 * given up, the first retry delay (doubled at each attempt), how often the queue is
 * looked at, and how many mails one pass sends per hub.
 */
@Validated
@ConfigurationProperties("kyoten.mail")
record MailSettings(@DefaultValue("no-reply@kyoten.example.jp") @NotBlank @Email String from,
		@DefaultValue("拠点 事務局") @NotBlank String fromName, @DefaultValue("5") @Min(1) int maxAttempts,
		@DefaultValue("PT1M") @NotNull Duration retryDelay, @DefaultValue("PT5S") @NotNull Duration pollInterval,
		@DefaultValue("200") @Min(1) int batchSize) {

}
