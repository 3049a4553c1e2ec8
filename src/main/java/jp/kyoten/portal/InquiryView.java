package jp.kyoten.portal;

import java.time.Instant;
import java.util.List;

import jp.kyoten.activity.ManagementIssue;

/** A consultation-form submission as staff and the API see it. */
record InquiryView(long id, String receiptNumber, SenderKind senderKind, String senderName, String email, String phone,
		String organisationName, String corporateNumber, Long matchedCompanyId, List<ManagementIssue> issues,
		String message, PreferredContact preferredContact, int privacyVersion, Instant consentedAt, Long diagnosisId,
		InquiryStatus status, Long companyId, Long consultationId, String handledBy, Instant handledAt,
		Instant receivedAt) {
}
