package jp.kyoten.events;

import java.time.Instant;

/** A handout's description, without its bytes. */
record HandoutView(long id, String filename, String contentType, int sizeBytes, Instant uploadedAt) {

}
