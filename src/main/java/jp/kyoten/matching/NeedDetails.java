package jp.kyoten.matching;

import java.time.LocalDate;

import jp.kyoten.activity.Referral;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * What staff write about a talent need. {@code referral} is the route that brought the
 * company (KPI 4 reads it); a new need inherits it from its consultation when
 * {@code null}.
 */
public record NeedDetails(String title, JobCategory jobCategory, EmploymentForm employmentForm, boolean digital,
		boolean cxo, String description, String conditions, Referral referral, LocalDate followUpOn) {

	public static final int TITLE_MAX = 200;

	public NeedDetails withReferral(Referral referral) {
		return new NeedDetails(title, jobCategory, employmentForm, digital, cxo, description, conditions, referral,
				followUpOn);
	}

}
