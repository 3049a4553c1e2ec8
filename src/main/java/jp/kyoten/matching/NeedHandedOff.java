package jp.kyoten.matching;

import java.time.LocalDate;
import java.util.List;

/** Published when a need is handed to the agencies the company chose; one hand-off id per agency. */
public record NeedHandedOff(long hubId, long needId, long companyId, List<Long> handOffIds, LocalDate chosenOn) {
}
