package jp.kyoten.agency;

/**
 * An agency's registration took effect: on first registration and on resumption after a
 * suspension.
 */
public record AgencyRegistered(long agencyId, long hubId) {
}
