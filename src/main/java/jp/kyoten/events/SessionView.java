package jp.kyoten.events;

import java.time.OffsetDateTime;

/**
 * One session of an event (a serial workshop has several); attendance is taken per
 * session.
 */
record SessionView(long id, int number, OffsetDateTime startsAt, OffsetDateTime endsAt, int attended) {

}
