package jp.kyoten.schedule;

import java.time.LocalDate;

/**
 * Whether the hub is open on a day, and if not why: a weekend, a national holiday
 * (named), or one of the hub's closures (labelled). A holiday that is also a closure day
 * is reported as the holiday.
 */
public record DayStatus(LocalDate date, boolean weekend, String holiday, String closure) {

	public boolean open() {
		return !weekend && holiday == null && closure == null;
	}

}
