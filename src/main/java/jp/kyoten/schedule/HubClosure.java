package jp.kyoten.schedule;

import java.time.LocalDate;

/**
 * Days a hub is closed beyond weekends and national holidays (お盆, 年末年始…), both ends
 * included.
 */
public record HubClosure(long id, LocalDate startsOn, LocalDate endsOn, String label) {

	public boolean covers(LocalDate date) {
		return !date.isBefore(startsOn) && !date.isAfter(endsOn);
	}

}
