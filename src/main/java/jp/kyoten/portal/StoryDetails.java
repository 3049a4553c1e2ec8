package jp.kyoten.portal;

import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * What staff write about a success story; the consent and publication are separate steps.
 */
record StoryDetails(String title, StorySource source, long companyId, Long consultationId, Long placementId,
		String publicCompanyName, String industry, JobCategory jobCategory, EmploymentForm employmentForm,
		String summary, String body) {

	StoryDetails {
		body = body == null ? "" : body.strip();
	}

}
