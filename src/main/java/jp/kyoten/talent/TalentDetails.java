package jp.kyoten.talent;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff enter about a talent. {@code consentHeldOn} is required (without consent to
 * hold the data nothing is kept); {@code consentShareOn} is the separate consent to share
 * an anonymised profile, null without it. The foreign fields are kept only for FOREIGN
 * talent and only when a counsellor enters them ({@code foreign} null otherwise).
 */
record TalentDetails(TalentKind kind, String name, String nameKana, String email, String phone, Integer birthYear,
		String prefectureCode, String career, String desiredWork, String jobCategory, List<String> workStyles,
		LocalDate availableFrom, LocalDate consentHeldOn, LocalDate consentShareOn, String status, List<Long> skillIds,
		ForeignDetail foreign) {

	TalentDetails {
		workStyles = workStyles == null ? List.of() : List.copyOf(workStyles);
		skillIds = skillIds == null ? List.of() : List.copyOf(skillIds);
		status = status == null ? "ACTIVE" : status;
	}

}
