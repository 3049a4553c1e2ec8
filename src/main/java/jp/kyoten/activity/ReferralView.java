package jp.kyoten.activity;

import java.time.LocalDate;

/** A referral to another institution and what came of it. */
public record ReferralView(long id, long consultationId, long companyId, String companyName, long institutionId,
		String institutionName, LocalDate referredOn, String reason, ConsentForm consentForm, LocalDate consentOn,
		LocalDate followUpOn, ReferralStatus status, String outcomeNote, LocalDate outcomeOn, String staffName,
		int version) {
}
