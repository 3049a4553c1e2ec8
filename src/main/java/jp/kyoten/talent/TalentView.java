package jp.kyoten.talent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.kyoten.hub.Prefectures;

/**
 * A talent profile as staff see it, without the sensitive foreign fields (those are read
 * apart by counsellors, {@link TalentProfiles#foreignDetail}).
 */
public record TalentView(long id, String code, TalentKind kind, String name, String nameKana, String email,
		String phone, Integer birthYear, String prefectureCode, String career, String desiredWork, String jobCategory,
		List<String> workStyles, LocalDate availableFrom, LocalDate consentHeldOn, LocalDate consentShareOn,
		String status, List<Long> skillIds, List<String> skills, Instant updatedAt, int version) {

	public String prefectureName() {
		return Prefectures.name(prefectureCode);
	}

	/**
	 * Whether the person agreed that an anonymised profile goes to companies and to the
	 * bureau's list.
	 */
	public boolean sharesAnonymised() {
		return consentShareOn != null;
	}

	public boolean foreign() {
		return kind == TalentKind.FOREIGN;
	}

}
