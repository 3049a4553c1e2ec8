package jp.kyoten.privacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change to the register: who, what, from when; and the day the prefecture was told
 * (seed 001 情セ 4): a change is told before it takes effect, so one not yet told is a
 * warning on the register page).
 */
public record HandlerChange(long id, long handlerId, String handlerName, String kind, String source, String summary,
		LocalDate effectiveOn, Instant changedAt, String changedBy, LocalDate prefectureToldOn, String toldBy) {

	public boolean told() {
		return prefectureToldOn != null;
	}

	/**
	 * Not told, and the day it takes effect has come: the contract's order was not kept.
	 */
	public boolean lateOn(LocalDate today) {
		return prefectureToldOn == null ? !effectiveOn.isAfter(today) : prefectureToldOn.isAfter(effectiveOn);
	}

}
