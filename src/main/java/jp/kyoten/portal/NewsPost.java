package jp.kyoten.portal;

import java.time.Instant;
import java.time.LocalDate;

/** A news post of the hub's site; public once published, dated by its publication. */
record NewsPost(long id, String title, String body, boolean published, LocalDate publishedOn, Instant updatedAt) {
}
