package jp.kyoten.portal;

import java.util.Set;

import jp.kyoten.activity.ManagementIssue;

/**
 * A validated submission of the consultation form, with the privacy-notice version the
 * sender agreed to.
 */
record NewInquiry(SenderKind senderKind, String senderName, String email, String phone, String organisationName,
		String corporateNumber, Set<ManagementIssue> issues, String message, PreferredContact preferredContact,
		int privacyVersion, Long diagnosisId) {

	NewInquiry {
		issues = issues == null ? Set.of() : Set.copyOf(issues);
	}

}
