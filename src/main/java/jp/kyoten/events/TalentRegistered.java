package jp.kyoten.events;

/**
 * Someone registered for a matching event as talent (participant type TALENT), on the
 * public form, by staff or on the spot. Published in the registration's transaction; the
 * talent module listens to link the registration to the talent pool's profile of the same
 * person (same e-mail address or telephone number) already taking part, so that 参加人材
 * counts them once (ADR 246).
 */
public record TalentRegistered(long hubId, long eventId, long registrationId, String email, String phone) {
}
