package jp.kyoten.agency;

/**
 * An agency's registration was suspended: it is no longer offered to companies until
 * resumed.
 */
public record AgencySuspended(long agencyId, long hubId) {
}
