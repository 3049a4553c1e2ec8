package jp.kyoten.matching;

/** Published when a talent need is registered from a consultation. */
public record NeedRegistered(long hubId, long needId, long companyId, long consultationId) {
}
