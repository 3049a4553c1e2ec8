package jp.kyoten.activity;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * A job seeker who contacted the hub (求職者からの問い合わせ), as the form and the API give it. The
 * hub records the seeker and, with the seeker's consent, passes the data to registered
 * agencies; it never shows a seeker a vacancy.
 */
public record JobSeekerDetails(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
		@NotNull Channel channel, @NotBlank @Size(max = 100) String name, @Email @Size(max = 254) String email,
		@Size(max = 30) @Pattern(regexp = "[0-9()+ -]*") String phone,
		@Pattern(regexp = "(0[1-9]|[1-3][0-9]|4[0-7])?") String residencePrefecture, JobCategory desiredJobCategory,
		EmploymentForm desiredEmploymentForm, @Size(max = 4000) String summary, Boolean consentToPass) {

	public JobSeekerDetails {
		name = FormText.trimmed(name);
		email = FormText.trimmed(email);
		phone = FormText.trimmed(phone);
		residencePrefecture = FormText.trimmed(residencePrefecture);
		summary = FormText.trimmed(summary);
		consentToPass = Boolean.TRUE.equals(consentToPass);
	}

}
