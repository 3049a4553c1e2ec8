package jp.kyoten.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/** The staff form of a success story (one template for create and edit). */
record StoryForm(@NotBlank @Size(max = 200) String title, @NotNull StorySource source, @NotNull Long companyId,
		Long consultationId, Long placementId, @NotBlank @Size(max = 200) String publicCompanyName,
		@Pattern(regexp = "[A-T]") String industry, JobCategory jobCategory, EmploymentForm employmentForm,
		@NotBlank @Size(max = 500) String summary, @Size(max = 40000) String body, Integer version) {

	StoryForm {
		title = FormText.trimmed(title);
		publicCompanyName = FormText.trimmed(publicCompanyName);
		industry = FormText.halfWidth(industry);
		summary = FormText.trimmed(summary);
	}

	static StoryForm empty(Long companyId, Long consultationId) {
		return new StoryForm(null, consultationId != null ? StorySource.SUPPORT_CASE : null, companyId, consultationId,
				null, null, null, null, null, null, null, null);
	}

	static StoryForm of(SuccessStoryView s) {
		return new StoryForm(s.title(), s.source(), s.companyId(), s.consultationId(), s.placementId(),
				s.publicCompanyName(), s.industry(), s.jobCategory(), s.employmentForm(), s.summary(), s.body(),
				s.version());
	}

	StoryDetails details() {
		return new StoryDetails(title, source, companyId, consultationId, placementId, publicCompanyName, industry,
				jobCategory, employmentForm, summary, body);
	}

}
