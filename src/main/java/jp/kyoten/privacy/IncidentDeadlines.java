package jp.kyoten.privacy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The reports 個人情報保護法 第26条 asks of a leak (施行規則 第8条): the 速報 "promptly" — the
 * Commission's guidelines read it as within about 3 to 5 days of finding it — and the 確報
 * within 30 days, or 60 when it was done with intent (不正の目的). Counted in calendar days
 * from the day it was found.
 */
public record IncidentDeadlines(LocalDate prelimFrom, LocalDate prelimBy, LocalDate finalBy) {

	/** Where one report stands on a day. */
	public enum State {

		REPORTED, OPEN, DUE_SOON, OVERDUE

	}

	static IncidentDeadlines of(LocalDate foundOn, boolean malicious) {
		return new IncidentDeadlines(foundOn.plusDays(3), foundOn.plusDays(5), foundOn.plusDays(malicious ? 60 : 30));
	}

	public static State state(LocalDate deadline, LocalDate reportedOn, LocalDate today, int warnDays) {
		if (reportedOn != null) {
			return State.REPORTED;
		}
		if (today.isAfter(deadline)) {
			return State.OVERDUE;
		}
		return ChronoUnit.DAYS.between(today, deadline) <= warnDays ? State.DUE_SOON : State.OPEN;
	}

	/** Days left until the deadline (negative once past it). */
	public static long daysLeft(LocalDate deadline, LocalDate today) {
		return ChronoUnit.DAYS.between(today, deadline);
	}

}
