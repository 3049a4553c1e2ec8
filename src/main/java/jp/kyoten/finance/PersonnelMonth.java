package jp.kyoten.finance;

import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 人件費 of one month: every staff member's days, hours and cost, and the days they worked.
 */
public record PersonnelMonth(YearMonth month, List<StaffMonth> staff, List<WorkDayView> days) {

	@JsonProperty
	public long cost() {
		return staff.stream().mapToLong(StaffMonth::cost).sum();
	}

	/** What the work days give that the ledger does not hold yet. */
	@JsonProperty
	public long notBooked() {
		return staff.stream().filter(s -> !s.booked()).mapToLong(StaffMonth::cost).sum();
	}

}
