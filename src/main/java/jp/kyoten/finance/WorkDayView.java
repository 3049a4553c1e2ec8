package jp.kyoten.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day a staff member worked: the hours, and 1.0 for a full day or 0.5 for a half day.
 */
public record WorkDayView(long staffId, String staffName, LocalDate workDate, BigDecimal hours, BigDecimal dayFraction,
		String note) {

	public boolean halfDay() {
		return dayFraction.compareTo(BigDecimal.ONE) < 0;
	}

}
