package jp.kyoten.portal;

import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.platform.web.FormText;

/**
 * The public consultation form (人材課題相談窓口). {@code started} is the signed time the form
 * was handed out and {@code website} the honeypot nobody sees
 * ({@link jp.kyoten.platform.publicform.PublicFormGuard}); {@code diagnosis} the token of
 * a self-diagnosis result sent along.
 */
record InquiryForm(@NotNull SenderKind senderKind, @NotBlank @Size(max = 100) String senderName,
		@NotBlank @Email @Size(max = 254) String email, @Size(max = 30) @Pattern(regexp = "[0-9()+ -]+") String phone,
		@NotBlank @Size(max = 200) String organisationName, @Pattern(regexp = "[0-9]{13}") String corporateNumber,
		Set<ManagementIssue> issues, @NotBlank @Size(max = 4000) String message,
		@NotNull PreferredContact preferredContact, @NotNull @AssertTrue Boolean consent, String diagnosis,
		String started, String website) {

	InquiryForm {
		senderName = FormText.trimmed(senderName);
		email = FormText.halfWidth(email);
		phone = FormText.halfWidth(phone);
		organisationName = FormText.trimmed(organisationName);
		corporateNumber = FormText.halfWidth(corporateNumber);
		corporateNumber = corporateNumber == null ? null : corporateNumber.replaceAll("[\\s-]", "");
		issues = issues == null ? Set.of() : issues;
		message = FormText.trimmed(message);
		diagnosis = FormText.trimmed(diagnosis);
	}

	static InquiryForm blank(String diagnosis) {
		return new InquiryForm(SenderKind.COMPANY, null, null, null, null, null, Set.of(), null, PreferredContact.EMAIL,
				null, diagnosis, null, null);
	}

	NewInquiry inquiry(int privacyVersion, Long diagnosisId) {
		return new NewInquiry(senderKind, senderName, email, phone, organisationName, corporateNumber, issues, message,
				preferredContact, privacyVersion, diagnosisId);
	}

}
