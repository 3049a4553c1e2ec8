package jp.kyoten.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import jp.kyoten.platform.web.FormText;

/**
 * The registration form, public and staff alike. {@code website} is the honeypot (hidden
 * from people, left empty by them) and {@code issued} the signed time the form was shown;
 * {@code answers} holds the extra questions' answers ({@code answers[q1]}).
 */
record RegistrationForm(@NotNull Audience participantType, @NotBlank @Size(max = 100) String name,
		@Size(max = 100) String nameKana, @NotBlank @Email @Size(max = 254) String email,
		@Size(max = 30) @Pattern(regexp = "[0-9+()\\-]{6,30}") String phone, @Size(max = 200) String organisation,
		@Size(max = 100) String department, Map<String, String> answers, Boolean consentData,
		Boolean consentAnnouncements, String website, String issued) {

	RegistrationForm {
		name = FormText.trimmed(name);
		nameKana = FormText.trimmed(nameKana);
		email = FormText.trimmed(FormText.halfWidth(email));
		phone = FormText.trimmed(FormText.halfWidth(phone));
		organisation = FormText.trimmed(organisation);
		department = FormText.trimmed(department);
		answers = answers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(answers);
	}

	static RegistrationForm blank(String issued) {
		return new RegistrationForm(Audience.COMPANY, null, null, null, null, null, null, null, false, false, null,
				issued);
	}

	/**
	 * The registrant, or null after rejecting fields: consent, the organisation of a
	 * company, required answers.
	 */
	Registrant registrant(BindingResult result, List<QuestionView> questions) {
		if (!Boolean.TRUE.equals(consentData)) {
			result.rejectValue("consentData", "registration.consentRequired");
		}
		if (participantType != null && participantType != Audience.TALENT && organisation == null
				&& !result.hasFieldErrors("organisation")) {
			result.rejectValue("organisation", "registration.organisationRequired");
		}
		Map<String, String> given = new LinkedHashMap<>();
		for (QuestionView q : questions) {
			String answer = FormText.trimmed(answers.get(q.key()));
			if (answer != null && answer.length() > 1000) {
				answer = answer.substring(0, 1000);
			}
			if (q.required() && answer == null) {
				result.rejectValue("answers[" + q.key() + "]", "registration.answerRequired",
						new Object[] { q.label() }, null);
			}
			if (answer != null) {
				given.put(q.key(), answer);
			}
		}
		if (result.hasErrors()) {
			return null;
		}
		return new Registrant(participantType, name, nameKana, email, phone,
				participantType == Audience.TALENT ? null : organisation, department, given, true,
				Boolean.TRUE.equals(consentAnnouncements));
	}

}
