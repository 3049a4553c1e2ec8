package jp.kyoten.platform.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;

/**
 * Dates as officials write them: 和暦 with the era's first year as 元年 (令和元年5月1日), and 西暦
 * beside it.
 */
public final class JapaneseDates {

	private JapaneseDates() {
	}

	/** 令和8年12月6日. */
	public static String wareki(LocalDate day) {
		return eraYear(day) + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	/** 令和8年12月. */
	public static String wareki(YearMonth month) {
		return eraYear(month.atDay(1)) + month.getMonthValue() + "月";
	}

	/** 2026年12月6日: the year as digits, never grouped. */
	public static String seireki(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	/** 令和8年12月6日（2026年12月6日）. */
	public static String both(LocalDate day) {
		return wareki(day) + "（" + seireki(day) + "）";
	}

	/** 令和8年12月（2026年12月）. */
	public static String both(YearMonth month) {
		return wareki(month) + "（" + month.getYear() + "年" + month.getMonthValue() + "月）";
	}

	private static String eraYear(LocalDate day) {
		JapaneseDate date = JapaneseDate.from(day);
		JapaneseEra era = date.getEra();
		int year = date.get(ChronoField.YEAR_OF_ERA);
		return era.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN)
				+ (year == 1 ? "元" : String.valueOf(year)) + "年";
	}

}
