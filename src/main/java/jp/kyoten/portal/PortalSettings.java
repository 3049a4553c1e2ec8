package jp.kyoten.portal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jp.kyoten.platform.publicform.PublicForm;

/**
 * Settings of the public portal. The public forms' key and fill times are the shared
 * guard's ({@link jp.kyoten.platform.publicform.PublicFormSettings}); the limits per form
 * are here.
 *
 * @param submissionsPerHour how many consultation forms one client address may send to a
 * hub per hour
 * @param submissionsPerHubPerHour how many consultation forms a hub takes per hour from
 * everyone together
 * @param diagnosesPerHour how many self-diagnoses one client address may send to a hub
 * per hour
 * @param diagnosesPerHubPerHour how many self-diagnoses a hub takes per hour from
 * everyone together
 * @param photoMaxBytes the largest photo of a success story
 * @param pageCacheTtl how long the hub page's data is reused before it is read again
 */
@Validated
@ConfigurationProperties("kyoten.portal")
public record PortalSettings(@DefaultValue("5") @Min(1) @Max(1000) int submissionsPerHour,
		@DefaultValue("300") @Min(1) int submissionsPerHubPerHour, @DefaultValue("20") @Min(1) int diagnosesPerHour,
		@DefaultValue("1000") @Min(1) int diagnosesPerHubPerHour,
		@DefaultValue("2097152") @Min(1024) long photoMaxBytes, @DefaultValue("60s") Duration pageCacheTtl) {

	PublicForm inquiryForm() {
		return new PublicForm("inquiry", submissionsPerHour, submissionsPerHubPerHour, Duration.ofHours(1));
	}

	PublicForm diagnosisForm() {
		return new PublicForm("diagnosis", diagnosesPerHour, diagnosesPerHubPerHour, Duration.ofHours(1));
	}

}
