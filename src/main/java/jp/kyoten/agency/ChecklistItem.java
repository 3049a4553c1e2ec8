package jp.kyoten.agency;

import java.time.Instant;

/**
 * One active requirement of the hub and whether staff have confirmed it for one agency.
 */
public record ChecklistItem(long requirementId, String label, String description, boolean satisfied, Instant checkedAt,
		String checkedByName, String note) {
}
