package jp.kyoten.matching;

import java.time.Instant;
import java.time.LocalDate;

import jp.kyoten.platform.work.EmploymentForm;

/**
 * A placement as staff and its agency read it; the company and need are named as they
 * were provided to the agency. Only a {@code confirmed} placement counts toward the KPIs,
 * and not when its talent did not join ({@code joined}); {@code joined} is null while not
 * yet known.
 */
public record PlacementView(long id, long handOffId, long needId, String needTitle, long companyId, String companyName,
		long agencyId, String agencyName, LocalDate contractDate, LocalDate startDate, EmploymentForm employmentForm,
		Residence residenceBefore, Residence residenceAfter, Long fee, Instant reportedAt, String reportedBy,
		boolean reportedByAgency, boolean confirmed, Instant confirmedAt, String confirmedBy, Joining joined,
		LocalDate joinedOn) {
}
