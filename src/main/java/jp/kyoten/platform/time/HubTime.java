package jp.kyoten.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hub's time: every hub Kyoten serves is in Japan, so "today", "this month" and every
 * time a person reads are Tokyo's. The one {@link Clock} bean
 * ({@link HubClockConfiguration}) runs in {@link #ZONE}; this class prints date-times for
 * pages ({@code #hubtime} in templates), mails and exports, so that an {@link Instant} is
 * never printed in the server's own zone.
 */
public final class HubTime {

	/** Japan has one zone and no daylight saving time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	/** Dates as the pages print them. */
	public static final String DATE = "yyyy-MM-dd";

	/** Date-times as pages, mails and exports print them. */
	public static final String DATE_TIME = "yyyy-MM-dd HH:mm";

	/** Date-times to the second, where order within a minute matters (the audit log). */
	public static final String DATE_TIME_SECONDS = "yyyy-MM-dd HH:mm:ss";

	private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

	private HubTime() {
	}

	/** {@code yyyy-MM-dd HH:mm} in Tokyo; empty for null. */
	public static String dateTime(TemporalAccessor value) {
		return format(value, DATE_TIME);
	}

	/** {@code yyyy-MM-dd HH:mm:ss} in Tokyo; empty for null. */
	public static String dateTimeSeconds(TemporalAccessor value) {
		return format(value, DATE_TIME_SECONDS);
	}

	/**
	 * {@code yyyy-MM-dd}: an instant's date in Tokyo, or a date as it is; empty for null.
	 */
	public static String date(TemporalAccessor value) {
		return format(value, DATE);
	}

	/**
	 * The value in Tokyo by the pattern (Japanese day names for {@code E}). An
	 * {@link Instant}, {@link OffsetDateTime} or {@link ZonedDateTime} is moved to Tokyo
	 * first; a local date, time or date-time is printed as it is, being already the
	 * hub's.
	 */
	public static String format(TemporalAccessor value, String pattern) {
		if (value == null) {
			return "";
		}
		DateTimeFormatter formatter = FORMATTERS.computeIfAbsent(pattern,
				p -> DateTimeFormatter.ofPattern(p, Locale.JAPANESE));
		return formatter.format(inTokyo(value));
	}

	/**
	 * An instant or an offset time as Tokyo's wall-clock time; local values unchanged.
	 */
	public static TemporalAccessor inTokyo(TemporalAccessor value) {
		return switch (value) {
			case Instant i -> i.atZone(ZONE);
			case OffsetDateTime o -> o.atZoneSameInstant(ZONE);
			case ZonedDateTime z -> z.withZoneSameInstant(ZONE);
			default -> value;
		};
	}

	/** Tokyo's date of an instant. */
	public static LocalDate dateOf(Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}

	/** Tokyo's wall-clock time of an instant. */
	public static LocalDateTime localDateTimeOf(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZONE);
	}

}
