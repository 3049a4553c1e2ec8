package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.Set;

/**
 * A consultation to record. {@code followUpOf} names an earlier consultation of the same
 * company that this one continues (継続相談); such a consultation is not counted again (KPI
 * 1). {@code originLabel}/{@code originPath} link the record that caused it (a portal
 * inquiry, a visit) and are shown on the company's timeline; both may be null.
 */
public record NewConsultation(long companyId, LocalDate date, Channel channel, Referral referral,
		Set<ManagementIssue> issues, String summary, Long followUpOf, Long contactId, String contactName,
		Long staffUserId, String nextAction, LocalDate followUpOn, String originLabel, String originPath) {

	public NewConsultation {
		issues = issues == null ? Set.of() : Set.copyOf(issues);
		referral = referral == null ? Referral.NONE : referral;
	}

	/** The short form of the phone desk and the API: the rest is left empty. */
	public static NewConsultation of(long companyId, LocalDate date, Channel channel, Referral referral,
			Set<ManagementIssue> issues, String summary, Long followUpOf) {
		return new NewConsultation(companyId, date, channel, referral, issues, summary, followUpOf, null, null, null,
				null, null, null, null);
	}

	public NewConsultation withStaff(Long staffUserId) {
		return new NewConsultation(companyId, date, channel, referral, issues, summary, followUpOf, contactId,
				contactName, staffUserId, nextAction, followUpOn, originLabel, originPath);
	}

	public NewConsultation withOrigin(String label, String path) {
		return new NewConsultation(companyId, date, channel, referral, issues, summary, followUpOf, contactId,
				contactName, staffUserId, nextAction, followUpOn, label, path);
	}

}
