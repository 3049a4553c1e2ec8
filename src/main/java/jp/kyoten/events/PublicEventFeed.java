package jp.kyoten.events;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The hub's public events as an iCalendar (RFC 5545) feed: UTC times, TEXT values
 * escaped, content lines folded at 75 octets on character boundaries, CRLF line ends.
 */
final class PublicEventFeed {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private PublicEventFeed() {
	}

	static String of(String hubName, List<EventView> events, LongFunction<String> pageOf) {
		StringBuilder out = new StringBuilder();
		add(out, "BEGIN:VCALENDAR");
		add(out, "VERSION:2.0");
		add(out, "PRODID:-//Kyoten//Events//JA");
		add(out, "CALSCALE:GREGORIAN");
		add(out, "X-WR-CALNAME:" + text(hubName));
		for (EventView e : events) {
			add(out, "BEGIN:VEVENT");
			add(out, "UID:event-" + e.uid() + "@kyoten");
			add(out, "DTSTAMP:" + UTC.format(e.updatedAt()));
			add(out, "DTSTART:" + UTC.format(e.startsAt()));
			add(out, "DTEND:" + UTC.format(e.endsAt()));
			add(out, "SUMMARY:" + text(e.title()));
			if (e.venue() != null) {
				add(out, "LOCATION:" + text(e.venue()));
			}
			if (e.programmeText() != null) {
				add(out, "DESCRIPTION:" + text(e.programmeText()));
			}
			add(out, "URL:" + pageOf.apply(e.id()));
			add(out, "STATUS:CONFIRMED");
			add(out, "END:VEVENT");
		}
		add(out, "END:VCALENDAR");
		return out.toString();
	}

	/**
	 * TEXT value: backslash, semicolon, comma escaped; any line break as \n; other
	 * control characters dropped.
	 */
	static String text(String value) {
		return value.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\n", "\\n")
			.replaceAll("[\\p{Cntrl}&&[^\\t]]", "");
	}

	private static void add(StringBuilder out, String line) {
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int cp = line.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}

}
