package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.List;

/** A recorded company visit. */
public record VisitView(long id, long companyId, String companyName, Long appointmentId, LocalDate visitedOn,
		List<Long> staffUserIds, String staffNames, String metWith, String discussed, String nextAction,
		LocalDate followUpOn, boolean followUpDone, Long consultationId, int version) {
}
