package jp.kyoten.talent;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import jp.kyoten.platform.web.FormText;

/**
 * The talent form (create and edit), also the API's request body. The foreign fields
 * count for counsellors only.
 */
public record TalentForm(@NotNull TalentKind kind, @NotBlank @Size(max = 100) String name,
		@Size(max = 100) String nameKana, @Email @Size(max = 254) String email,
		@Size(max = 30) @Pattern(regexp = "[0-9()+ -]+") String phone, @Min(1920) @Max(2020) Integer birthYear,
		@NotBlank @Pattern(regexp = "(0[1-9]|[1-3][0-9]|4[0-7])") String prefectureCode,
		@Size(max = 4000) String career, @Size(max = 2000) String desiredWork,
		@Pattern(regexp = "[A-Z_]{1,30}") String jobCategory,
		List<@Pattern(regexp = "FULL_TIME|SIDE_JOB|ADVISOR|CONTRACT|SECONDMENT") String> workStyles,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate availableFrom,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentHeldOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentShareOn,
		@Pattern(regexp = "ACTIVE|PLACED|WITHDRAWN") String status, List<Long> skillIds,
		@Size(max = 60) String nationality, ResidenceStatus residenceStatus, JlptLevel jlpt, Integer version) {

	public TalentForm {
		name = FormText.trimmed(name);
		nameKana = FormText.trimmed(nameKana);
		email = FormText.trimmed(email);
		phone = FormText.halfWidth(phone);
		career = FormText.trimmed(career);
		desiredWork = FormText.trimmed(desiredWork);
		jobCategory = FormText.trimmed(jobCategory);
		nationality = FormText.trimmed(nationality);
		workStyles = workStyles == null ? List.of() : workStyles;
		skillIds = skillIds == null ? List.of() : skillIds;
	}

	static TalentForm empty(LocalDate today) {
		return new TalentForm(null, null, null, null, null, null, null, null, null, null, List.of(), null, today, null,
				"ACTIVE", List.of(), null, null, null, null);
	}

	static TalentForm of(TalentView t, ForeignDetail f) {
		return new TalentForm(t.kind(), t.name(), t.nameKana(), t.email(), t.phone(), t.birthYear(), t.prefectureCode(),
				t.career(), t.desiredWork(), t.jobCategory(), t.workStyles(), t.availableFrom(), t.consentHeldOn(),
				t.consentShareOn(), t.status(), t.skillIds(), f == null ? null : f.nationality(),
				f == null ? null : f.residenceStatus(), f == null ? null : f.jlpt(), t.version());
	}

	TalentDetails details() {
		ForeignDetail foreign = kind == TalentKind.FOREIGN ? new ForeignDetail(nationality, residenceStatus, jlpt)
				: null;
		return new TalentDetails(kind, name, nameKana, email, phone, birthYear, prefectureCode, career, desiredWork,
				jobCategory, workStyles, availableFrom, consentHeldOn, consentShareOn, status, skillIds, foreign);
	}

}
