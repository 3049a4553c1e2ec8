package jp.kyoten.portal;

/**
 * Published when the consultation form (人材課題相談窓口) was submitted and has landed in the
 * hub's triage queue; the sender is owed an acknowledgement mail
 * ({@link InquiryAcknowledgement} composes it).
 */
public record InquiryReceived(long hubId, long inquiryId, String email, String name) {
}
