package jp.kyoten.matching;

import java.time.LocalDate;
import java.util.Set;

/**
 * The company's choice on a selection sheet: which agencies, who at the company chose,
 * how and when. The contact person is whom the agencies may approach (第三者提供 of their name
 * and details); when no name is given, the person who chose is named.
 */
record CompanyChoice(long selectionSheetId, Set<Long> agencyIds, String chosenBy, ChoiceMethod method,
		LocalDate chosenOn, String contactName, String contactDepartment, String contactEmail, String contactPhone) {

	public CompanyChoice {
		agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
	}

	public static CompanyChoice of(long selectionSheetId, Set<Long> agencyIds, String chosenBy, ChoiceMethod method,
			LocalDate chosenOn) {
		return new CompanyChoice(selectionSheetId, agencyIds, chosenBy, method, chosenOn, null, null, null, null);
	}

}
