/**
 * Mail (送信メール): any module queues a mail with {@link jp.kyoten.mail.MailOutbox#enqueue}
 * inside its own transaction ({@link jp.kyoten.mail.OutgoingMail}: one recipient, never a
 * list); a job sends the queue over SMTP ({@code spring.mail.*}), retrying with backoff,
 * or — in demo mode, without {@code spring.mail.host} — keeps the mails for the hub's
 * managers to read on the "送信メール" page. Headers are set only through the Jakarta Mail
 * API, with line breaks taken out of names and subjects (no header injection).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package jp.kyoten.mail;
