package jp.kyoten.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.kyoten.platform.work.JobCategory;
import jp.kyoten.platform.work.EmploymentForm;

/**
 * A recruitment agency as other modules, pages and the JSON API see it. Sets are in code
 * order.
 */
public record AgencyView(long id, String name, String nameKana, String corporateNumber, String licenceNumber,
		AgencyStatus status, Instant statusChangedAt, LocalDate agreementDate, LocalDate agreementEnd,
		Set<EmploymentForm> employmentForms, Set<JobCategory> jobCategories, List<String> industries,
		List<String> prefectureCodes, String description, String website, String phone, String email, String address,
		String notes, Instant createdAt, Instant updatedAt, int version) {

	public boolean registered() {
		return status == AgencyStatus.REGISTERED;
	}

}
