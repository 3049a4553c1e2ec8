package jp.kyoten.matching;

import java.time.Instant;

/** One step of a hand-off's progress, with the note the agency or staff wrote. */
public record ProgressView(HandOffStatus status, String note, Instant recordedAt, String recordedBy) {
}
