package jp.kyoten.matching;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A hand-off as staff and the agency it went to read it: the company's choice, the
 * agency's status, and the data provided to the agency. Built from the hand-off alone,
 * never from the company or consultation tables.
 */
public record HandOffView(long id, long needId, long companyId, long agencyId, String agencyName, long selectionSheetId,
		String chosenBy, ChoiceMethod choiceMethod, LocalDate chosenOn, HandOffStatus status, Instant statusChangedAt,
		String notPlacedReason, ProvidedData provided, Instant providedAt, String providedBy, Long placementId,
		boolean placementConfirmed) {
}
