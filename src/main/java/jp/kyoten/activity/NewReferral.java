package jp.kyoten.activity;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import jp.kyoten.platform.web.FormText;

/**
 * A referral of the company of a consultation to another support institution (他機関への紹介):
 * why, with the company's consent (how and when), and when to ask what came of it.
 */
record NewReferral(@NotNull Long consultationId, @NotNull Long institutionId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referredOn,
		@NotBlank @Size(max = 4000) String reason, @NotNull ConsentForm consentForm,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn) {

	public NewReferral {
		reason = FormText.trimmed(reason);
	}

}
