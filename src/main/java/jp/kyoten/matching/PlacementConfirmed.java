package jp.kyoten.matching;

import java.time.LocalDate;

/**
 * Published when staff confirm a placement: from then on it counts toward the KPIs by its
 * contract date.
 */
public record PlacementConfirmed(long hubId, long placementId, long needId, long companyId, LocalDate contractDate) {
}
