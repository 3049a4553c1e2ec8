package jp.kyoten.matching;

import java.time.Instant;

/** One line of a need's status history; {@code from} is null for the first. */
public record StatusChangeView(NeedStatus from, NeedStatus to, String reason, Instant changedAt, String changedBy) {
}
