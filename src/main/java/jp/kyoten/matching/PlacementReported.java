package jp.kyoten.matching;

/** Published when an agency (or staff for it) reports a hire on a hand-off; it counts only once confirmed. */
public record PlacementReported(long hubId, long placementId, long handOffId, long agencyId, boolean byAgency) {
}
