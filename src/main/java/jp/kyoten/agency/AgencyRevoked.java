package jp.kyoten.agency;

/**
 * An agency's registration was revoked, or its application rejected or withdrawn; final.
 */
public record AgencyRevoked(long agencyId, long hubId) {
}
