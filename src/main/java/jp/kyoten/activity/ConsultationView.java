package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.List;

/** A consultation as other modules and the pages read it. */
public record ConsultationView(long id, long companyId, String companyName, LocalDate date, Channel channel,
		Referral referral, String referralInstitutionName, List<ManagementIssue> issues, String summary,
		Long followUpOf, String contactName, Long staffUserId, String staffName, String nextAction,
		LocalDate followUpOn, boolean followUpDone, String originLabel, String originPath) {

	public boolean isFollowUp() {
		return followUpOf != null;
	}

}
