package jp.kyoten.portal;

import java.time.Instant;
import java.util.List;

import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * A success story as staff and the API see it. {@code consent} is null until the
 * company's consent is recorded; a story is public only when it is published, which needs
 * the consent.
 */
record SuccessStoryView(long id, String title, StorySource source, long companyId, Long consultationId,
		Long placementId, String publicCompanyName, String industry, JobCategory jobCategory,
		EmploymentForm employmentForm, String summary, String body, StoryConsent consent, boolean published,
		Instant publishedAt, List<StoryPhoto> photos, int version) {

	public boolean consented() {
		return consent != null;
	}

	/** The photos the public may see: none unless the consent covers photos. */
	public List<StoryPhoto> publicPhotos() {
		return consent != null && consent.photos() ? photos : List.of();
	}

}
