package jp.kyoten.schedule;

import java.time.LocalTime;

/** When a hub is open on its business days (Monday to Friday). */
public record BusinessHours(LocalTime opens, LocalTime closes) {

	public static final BusinessHours DEFAULT = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

	public BusinessHours {
		if (!closes.isAfter(opens)) {
			throw new IllegalArgumentException("closes " + closes + " is not after opens " + opens);
		}
	}

}
