package jp.kyoten.schedule;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import jp.kyoten.platform.time.HubTime;

/**
 * Writes an iCalendar (RFC 5545) feed: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped. Timed appointments carry
 * {@code TZID=Asia/Tokyo} with its VTIMEZONE (Japan has kept +09:00 without daylight
 * saving since 1951); all-day ones are DATE values. A cancelled appointment stays in the
 * feed with {@code STATUS:CANCELLED} and a higher {@code SEQUENCE}, so that subscribers
 * drop it. There is no METHOD (a subscription, not an iTIP message: iTIP's PUBLISH would
 * require an ORGANIZER e-mail address), so DTSTAMP is the appointment's last change (RFC
 * 5545 §3.8.7.2).
 */
final class ICalendarWriter {

	static final String CRLF = "\r\n";

	static final int MAX_OCTETS = 75;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final StringBuilder out = new StringBuilder();

	private ICalendarWriter() {
	}

	/**
	 * @param calendarName shown by calendar clients as the subscription's name
	 * @param categoryOf the label of an appointment's kind
	 * @param urlOf the appointment's page in Kyoten
	 */
	static String write(String calendarName, Iterable<AppointmentView> appointments,
			Function<AppointmentKind, String> categoryOf, Function<AppointmentView, String> urlOf) {
		ICalendarWriter w = new ICalendarWriter();
		w.line("BEGIN:VCALENDAR");
		w.line("VERSION:2.0");
		w.line("PRODID:-//Kyoten//Schedule//JA");
		w.line("CALSCALE:GREGORIAN");
		w.line("X-WR-CALNAME:" + escape(calendarName));
		w.line("X-WR-TIMEZONE:Asia/Tokyo");
		w.line("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
		w.line("X-PUBLISHED-TTL:PT1H");
		w.line("BEGIN:VTIMEZONE");
		w.line("TZID:Asia/Tokyo");
		w.line("BEGIN:STANDARD");
		w.line("DTSTART:19700101T000000");
		w.line("TZOFFSETFROM:+0900");
		w.line("TZOFFSETTO:+0900");
		w.line("TZNAME:JST");
		w.line("END:STANDARD");
		w.line("END:VTIMEZONE");
		for (AppointmentView a : appointments) {
			w.line("BEGIN:VEVENT");
			w.line("UID:" + a.uid() + "@kyoten");
			w.line("DTSTAMP:" + UTC.format(a.updatedAt()));
			if (a.allDay()) {
				w.line("DTSTART;VALUE=DATE:" + DATE.format(a.startsAt()));
				w.line("DTEND;VALUE=DATE:" + DATE.format(a.endsAt()));
				w.line("TRANSP:TRANSPARENT");
			}
			else {
				w.line("DTSTART;TZID=Asia/Tokyo:" + local(a.startsAt()));
				w.line("DTEND;TZID=Asia/Tokyo:" + local(a.endsAt()));
			}
			w.line("SEQUENCE:" + a.sequence());
			w.line("CREATED:" + UTC.format(a.createdAt()));
			w.line("LAST-MODIFIED:" + UTC.format(a.updatedAt()));
			w.line("SUMMARY:" + escape(a.title()));
			if (a.location() != null) {
				w.line("LOCATION:" + escape(a.location()));
			}
			w.line("CATEGORIES:" + escape(categoryOf.apply(a.kind())));
			w.line("STATUS:" + (a.cancelled() ? "CANCELLED" : "CONFIRMED"));
			w.line("URL:" + urlOf.apply(a));
			w.line("END:VEVENT");
		}
		w.line("END:VCALENDAR");
		return w.out.toString();
	}

	private static String local(OffsetDateTime t) {
		return LOCAL.format(t.atZoneSameInstant(HubTime.ZONE).toLocalDateTime());
	}

	/**
	 * RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped; other
	 * control characters dropped.
	 */
	static String escape(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> sb.append("\\\\");
				case ';' -> sb.append("\\;");
				case ',' -> sb.append("\\,");
				case '\n' -> sb.append("\\n");
				case '\r' -> {
					sb.append("\\n");
					if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
						i++;
					}
				}
				default -> {
					if (c == '\t' || c >= 0x20 && c != 0x7f) {
						sb.append(c);
					}
				}
			}
		}
		return sb.toString();
	}

	/**
	 * Appends a content line, folded so that no physical line exceeds 75 octets of UTF-8.
	 */
	private void line(String content) {
		out.append(fold(content)).append(CRLF);
	}

	static String fold(String content) {
		StringBuilder folded = new StringBuilder(content.length() + 16);
		int octets = 0;
		int i = 0;
		while (i < content.length()) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				folded.append(CRLF).append(' ');
				octets = 1;
			}
			folded.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		return folded.toString();
	}

}
