package jp.kyoten.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A staff member's month: days worked, cases (a full day 1, a half day 0.5) and hours,
 * the cost computed from them, and the ledger entry it was booked as
 * ({@code bookedEntryId}, null while not booked or after its reversal).
 */
public record StaffMonth(StaffView staff, int days, BigDecimal cases, BigDecimal hours, Long bookedEntryId) {

	/**
	 * 人件費 = hours × hourly rate (seed 004 IX 「作業時間に対する人件費」); 謝金 = cases × rate per 事案, a
	 * half day paid half (「1日の業務量が半分の場合は、半額の報酬を目安」). Yen fractions are cut off.
	 */
	@JsonProperty
	public long cost() {
		BigDecimal units = staff.payBasis() == PayBasis.PER_CASE ? cases : hours;
		return units.multiply(BigDecimal.valueOf(staff.rate())).setScale(0, RoundingMode.DOWN).longValueExact();
	}

	@JsonProperty
	public boolean booked() {
		return bookedEntryId != null;
	}

}
