package jp.kyoten.privacy;

import java.time.LocalDate;

/** One line of the register of data handlers (作業従事者名簿). */
public record Handler(long id, Long userId, boolean responsible, String name, String organisation, String roleTitle,
		String dataHandled, String nationality, String expertise, LocalDate fromDate, LocalDate toDate, int version) {

	/** Still working on the contract on the day. */
	public boolean activeOn(LocalDate day) {
		return !fromDate.isAfter(day) && (toDate == null || !toDate.isBefore(day));
	}

	public boolean followsAccount() {
		return userId != null;
	}

}
