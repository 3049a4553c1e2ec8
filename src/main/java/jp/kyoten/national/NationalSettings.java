package jp.kyoten.national;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kyoten.national.*}: how often the cluster's one recounting job looks for hubs
 * whose months a consultation or a placement marked dirty ({@code recountEvery}), and how
 * often it recounts every hub anyway ({@code refreshEvery}), which catches edits and
 * deletions no event announces. Each node's scheduler wakes at these intervals; an
 * advisory lock and the time of the last sweep let only one node do the work.
 */
@Validated
@ConfigurationProperties("kyoten.national")
record NationalSettings(@DefaultValue("PT30S") @NotNull Duration recountEvery,
		@DefaultValue("PT10M") @NotNull Duration refreshEvery) {
}
