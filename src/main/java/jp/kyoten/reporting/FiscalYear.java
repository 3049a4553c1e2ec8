package jp.kyoten.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import jp.kyoten.hub.Hubs;

/** 年度: 1 April of {@code year} to 31 March of the next year. {@code end} is exclusive. */
record FiscalYear(int year) {

	FiscalYear {
		if (year < 2000 || year > 2100) {
			throw new IllegalArgumentException("fiscal year out of range: " + year);
		}
	}

	static FiscalYear of(LocalDate date) {
		return new FiscalYear(Hubs.fiscalYearOf(date));
	}

	static FiscalYear of(YearMonth month) {
		return of(month.atDay(1));
	}

	/** The fiscal year the hub's clock is in. */
	static FiscalYear current(Clock clock) {
		return of(LocalDate.now(clock));
	}

	LocalDate start() {
		return LocalDate.of(year, 4, 1);
	}

	/** 1 April of the next year: the first day not in this year. */
	LocalDate end() {
		return start().plusYears(1);
	}

	/** April to March. */
	List<YearMonth> months() {
		return IntStream.range(0, 12).mapToObj(i -> YearMonth.of(year, 4).plusMonths(i)).toList();
	}

	/** 令和: FY2019 is 令和元年度, FY2026 令和8年度. */
	int reiwa() {
		return year - 2018;
	}

	/**
	 * The share of the year gone by the end of {@code today} (straight-line pace): 0
	 * before the year, 1 after it, otherwise days elapsed including today over the days
	 * of the year.
	 */
	double elapsed(LocalDate today) {
		if (today.isBefore(start())) {
			return 0;
		}
		if (!today.isBefore(end())) {
			return 1;
		}
		return (ChronoUnit.DAYS.between(start(), today) + 1) / (double) ChronoUnit.DAYS.between(start(), end());
	}

}
