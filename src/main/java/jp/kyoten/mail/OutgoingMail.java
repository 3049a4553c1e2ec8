package jp.kyoten.mail;

/**
 * One mail to one person. {@code toName} and {@code unsubscribeUrl} may be null; with an
 * {@code unsubscribeUrl} the mail carries {@code List-Unsubscribe} and
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058).
 */
public record OutgoingMail(String to, String toName, String subject, String body, String unsubscribeUrl) {

}
