package jp.kyoten.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/** A recorded job seeker with the agencies the data was passed to. */
public record JobSeekerView(long id, LocalDate receivedOn, Channel channel, String name, String email, String phone,
		String residencePrefecture, JobCategory desiredJobCategory, EmploymentForm desiredEmploymentForm,
		String summary, boolean consentToPass, String staffName, List<PassedTo> passedTo) {

	/** 熊本県 for 43: where the seeker lives, by name; empty when not told. */
	public String residenceName() {
		return jp.kyoten.hub.Prefectures.name(residencePrefecture);
	}

	/** One agency the seeker's data went to, when and by whom (第三者提供の記録). */
	public record PassedTo(long agencyId, String agencyName, Instant passedAt, String passedBy) {
	}

}
