package jp.kyoten.agency;

import java.time.Instant;

/**
 * One entry of an agency's status history; {@code from} is {@code null} for the received
 * application.
 */
public record StatusChangeView(AgencyStatus from, AgencyStatus to, String reason, Instant changedAt, Long changedBy,
		String changedByName) {
}
