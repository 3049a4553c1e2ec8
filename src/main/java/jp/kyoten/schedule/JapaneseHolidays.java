package jp.kyoten.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's national holidays by the rules of 国民の祝日に関する法律 (Act on National Holidays), for
 * any year from 1949 to 2099: the fixed-date holidays, the Happy Monday holidays (成人の日,
 * 海の日, 敬老の日, スポーツの日 / 体育の日), 春分の日 and 秋分の日 by the standard approximation of the
 * equinoxes, 振替休日 (a holiday falling on a Sunday moves to the next day that is not a
 * holiday), 国民の休日 (a day between two holidays), and the one-off days and moves (2019
 * accession, 2020–2021 Olympic Games).
 * <p>
 * 春分の日 and 秋分の日 are fixed by the Cabinet each February for the following year from the
 * astronomical calculation; the formula here agrees with it for every year the National
 * Astronomical Observatory has published and is the accepted approximation to 2099.
 */
public final class JapaneseHolidays {

	/**
	 * Names as the Cabinet Office lists them; the two kinds of substitute day are named
	 * for what they are.
	 */
	public static final String SUBSTITUTE = "振替休日";

	public static final String CITIZENS = "国民の休日";

	public static final int FIRST_YEAR = 1949;

	public static final int LAST_YEAR = 2099;

	private static final Map<Integer, NavigableMap<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

	private JapaneseHolidays() {
	}

	/**
	 * Every holiday of the year with its name, in date order.
	 * @throws IllegalArgumentException for a year before 1949 or after 2099
	 */
	public static NavigableMap<LocalDate, String> of(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("Japanese holidays are computed for 1949–2099, not " + year);
		}
		return CACHE.computeIfAbsent(year, y -> Collections.unmodifiableNavigableMap(compute(y)));
	}

	/**
	 * Holidays from {@code from} to {@code to}, both included; years outside 1949–2099
	 * contribute none.
	 */
	public static NavigableMap<LocalDate, String> between(LocalDate from, LocalDate to) {
		NavigableMap<LocalDate, String> result = new TreeMap<>();
		for (int y = Math.max(from.getYear(), FIRST_YEAR); y <= Math.min(to.getYear(), LAST_YEAR); y++) {
			result.putAll(of(y).subMap(from, true, to, true));
		}
		return result;
	}

	public static boolean isHoliday(LocalDate date) {
		return nameOf(date).isPresent();
	}

	public static Optional<String> nameOf(LocalDate date) {
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			return Optional.empty();
		}
		return Optional.ofNullable(of(date.getYear()).get(date));
	}

	private static NavigableMap<LocalDate, String> compute(int y) {
		TreeMap<LocalDate, String> h = new TreeMap<>();
		h.put(LocalDate.of(y, 1, 1), "元日");
		h.put(y >= 2000 ? nthMonday(y, Month.JANUARY, 2) : LocalDate.of(y, 1, 15), "成人の日");
		if (y >= 1967) {
			h.put(LocalDate.of(y, 2, 11), "建国記念の日");
		}
		if (y >= 2020) {
			h.put(LocalDate.of(y, 2, 23), "天皇誕生日");
		}
		h.put(LocalDate.of(y, 3, vernalEquinox(y)), "春分の日");
		h.put(LocalDate.of(y, 4, 29), y >= 2007 ? "昭和の日" : y >= 1989 ? "みどりの日" : "天皇誕生日");
		h.put(LocalDate.of(y, 5, 3), "憲法記念日");
		if (y >= 2007) {
			h.put(LocalDate.of(y, 5, 4), "みどりの日");
		}
		h.put(LocalDate.of(y, 5, 5), "こどもの日");
		marineDay(y).ifPresent(d -> h.put(d, "海の日"));
		mountainDay(y).ifPresent(d -> h.put(d, "山の日"));
		if (y >= 1966) {
			h.put(y >= 2003 ? nthMonday(y, Month.SEPTEMBER, 3) : LocalDate.of(y, 9, 15), "敬老の日");
		}
		h.put(LocalDate.of(y, 9, autumnalEquinox(y)), "秋分の日");
		sportsDay(y).ifPresent(d -> h.put(d, y >= 2020 ? "スポーツの日" : "体育の日"));
		h.put(LocalDate.of(y, 11, 3), "文化の日");
		h.put(LocalDate.of(y, 11, 23), "勤労感謝の日");
		if (y >= 1989 && y <= 2018) {
			h.put(LocalDate.of(y, 12, 23), "天皇誕生日");
		}
		oneOffs(y, h);

		// 振替休日 (from 12 April 1973): a holiday on Sunday makes the next day off; since
		// 2007 the next day that is
		// not itself a holiday.
		TreeMap<LocalDate, String> substitutes = new TreeMap<>();
		for (LocalDate d : h.keySet()) {
			if (d.getDayOfWeek() != DayOfWeek.SUNDAY || d.isBefore(LocalDate.of(1973, 4, 12))) {
				continue;
			}
			LocalDate next = d.plusDays(1);
			if (y >= 2007) {
				while (h.containsKey(next)) {
					next = next.plusDays(1);
				}
				substitutes.put(next, SUBSTITUTE);
			}
			else if (!h.containsKey(next)) {
				substitutes.put(next, SUBSTITUTE);
			}
		}
		// 国民の休日 (from 27 December 1985): a day that is not a holiday between two
		// holidays; until 2006 not on a
		// Sunday or a substitute day.
		TreeMap<LocalDate, String> citizens = new TreeMap<>();
		if (y >= 1986) {
			for (LocalDate d : h.keySet()) {
				LocalDate between = d.plusDays(1);
				if (h.containsKey(between) || !h.containsKey(between.plusDays(1)) || substitutes.containsKey(between)) {
					continue;
				}
				if (y < 2007 && between.getDayOfWeek() == DayOfWeek.SUNDAY) {
					continue;
				}
				citizens.put(between, CITIZENS);
			}
		}
		h.putAll(substitutes);
		h.putAll(citizens);
		// A substitute day spilling into the next year (31 December is never a holiday)
		// cannot happen; keep the year.
		h.keySet().removeIf(d -> d.getYear() != y);
		return h;
	}

	private static java.util.Optional<LocalDate> marineDay(int y) {
		if (y < 1996) {
			return Optional.empty();
		}
		return Optional.of(switch (y) {
			case 2020 -> LocalDate.of(2020, 7, 23);
			case 2021 -> LocalDate.of(2021, 7, 22);
			default -> y >= 2003 ? nthMonday(y, Month.JULY, 3) : LocalDate.of(y, 7, 20);
		});
	}

	private static Optional<LocalDate> mountainDay(int y) {
		if (y < 2016) {
			return Optional.empty();
		}
		return Optional.of(switch (y) {
			case 2020 -> LocalDate.of(2020, 8, 10);
			case 2021 -> LocalDate.of(2021, 8, 8);
			default -> LocalDate.of(y, 8, 11);
		});
	}

	private static Optional<LocalDate> sportsDay(int y) {
		if (y < 1966) {
			return Optional.empty();
		}
		return Optional.of(switch (y) {
			case 2020 -> LocalDate.of(2020, 7, 24);
			case 2021 -> LocalDate.of(2021, 7, 23);
			default -> y >= 2000 ? nthMonday(y, Month.OCTOBER, 2) : LocalDate.of(y, 10, 10);
		});
	}

	/**
	 * Days made holidays by their own acts: imperial weddings, funeral and enthronements.
	 */
	private static void oneOffs(int y, Map<LocalDate, String> h) {
		switch (y) {
			case 1959 -> h.put(LocalDate.of(1959, 4, 10), "皇太子明仁親王の結婚の儀");
			case 1989 -> h.put(LocalDate.of(1989, 2, 24), "昭和天皇の大喪の礼");
			case 1990 -> h.put(LocalDate.of(1990, 11, 12), "即位礼正殿の儀");
			case 1993 -> h.put(LocalDate.of(1993, 6, 9), "皇太子徳仁親王の結婚の儀");
			case 2019 -> {
				h.put(LocalDate.of(2019, 5, 1), "天皇の即位の日");
				h.put(LocalDate.of(2019, 10, 22), "即位礼正殿の儀");
			}
			default -> {
			}
		}
	}

	/** Day of March of 春分の日. */
	static int vernalEquinox(int y) {
		if (y <= 1979) {
			return (int) Math.floor(20.8357 + 0.242194 * (y - 1980) - Math.floor((y - 1983) / 4.0));
		}
		return (int) Math.floor(20.8431 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4.0));
	}

	/** Day of September of 秋分の日. */
	static int autumnalEquinox(int y) {
		if (y <= 1979) {
			return (int) Math.floor(23.2588 + 0.242194 * (y - 1980) - Math.floor((y - 1983) / 4.0));
		}
		return (int) Math.floor(23.2488 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4.0));
	}

	private static LocalDate nthMonday(int year, Month month, int n) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
	}

}
