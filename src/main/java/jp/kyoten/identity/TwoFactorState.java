package jp.kyoten.identity;

/**
 * What the profile says of the person's second factor: enrolled, whether their hub lets
 * them do without.
 */
public record TwoFactorState(boolean hasApp, boolean mayGoWithout, int recoveryCodesRemaining) {
}
