package jp.kyoten.reporting;

import java.time.LocalDate;

/**
 * One confirmed placement as the reports show it: the company, the need's job category,
 * the placement's employment form, the agency, the person's residence before and after,
 * and which KPIs it counts toward. {@code priorSideJobUse} is the company's own answer
 * that overrides KPI 5's history (null: history decides). {@code joined} is 実際の就職
 * ({@code JOINED} on {@code joinedOn}, {@code NOT_JOINED}) or null while not known; a
 * snapshot submitted before it was recorded has null there too.
 */
public record PlacementRow(long id, LocalDate contractDate, long companyId, String companyName, String industry,
		String sizeBand, String jobCategory, String employmentForm, String agencyName, String beforePrefecture,
		String beforeMunicipality, String afterPrefecture, String afterMunicipality, Long fee, boolean digital,
		boolean financialReferral, boolean sideJobNewCompany, Boolean priorSideJobUse, UijTurn uijTurn, String joined,
		LocalDate joinedOn) {

	/** 東京都 千代田区 (names, not codes): where the person lived before. */
	public String residenceBefore() {
		return MonthlyReportDocument.residence(beforePrefecture, beforeMunicipality);
	}

	/** 熊本県 熊本市: where the person lives after. */
	public String residenceAfter() {
		return MonthlyReportDocument.residence(afterPrefecture, afterMunicipality);
	}

	/**
	 * Whether KPI 2 counts it: not when the talent did not join (null — not yet known —
	 * counts).
	 */
	public boolean counted() {
		return !"NOT_JOINED".equals(joined);
	}

}
