package jp.kyoten.events;

/**
 * The outcome of a registration: a seat, or a place on the waiting list (1 = next to move
 * up).
 */
record RegistrationResult(long id, RegistrationStatus status, String token, int waitlistPosition) {

}
