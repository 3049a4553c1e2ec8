package jp.kyoten.matching;

import java.time.LocalDate;

import jp.kyoten.platform.work.EmploymentForm;

/**
 * What an agency (or staff from the agency's report) tells about a hire: 成約日, 入社日, form,
 * residence, fee (円).
 */
record PlacementReport(LocalDate contractDate, LocalDate startDate, EmploymentForm employmentForm,
		Residence residenceBefore, Residence residenceAfter, Long fee) {

	public PlacementReport {
		residenceBefore = residenceBefore == null ? Residence.UNKNOWN : residenceBefore;
		residenceAfter = residenceAfter == null ? Residence.UNKNOWN : residenceAfter;
	}

}
