package jp.kyoten.matching;

import java.time.Instant;
import java.time.LocalDate;

import jp.kyoten.activity.Referral;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * A talent need as pages and the API read it. {@code financialReferral} tells whether its
 * referral route is a financial institution (KPI 4); {@code learnedOn} is the day the hub
 * learned of it.
 */
public record NeedView(long id, long companyId, String companyName, long consultationId, LocalDate consultedOn,
		String title, JobCategory jobCategory, EmploymentForm employmentForm, boolean digital, boolean cxo,
		Referral referral, String referralInstitutionName, boolean financialReferral, String description,
		String conditions, NeedStatus status, Instant statusChangedAt, LocalDate followUpOn, LocalDate learnedOn,
		String createdBy, int handOffs, int placements, int version) {
}
