package jp.kyoten.portal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The company's consent to publishing its story: who gave it and when, what may be shown,
 * whether photos may be shown, and who recorded it when.
 */
record StoryConsent(String givenBy, LocalDate givenOn, String scope, boolean photos, String recordedBy,
		Instant recordedAt) {
}
