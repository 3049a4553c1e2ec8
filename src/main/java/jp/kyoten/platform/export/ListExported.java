package jp.kyoten.platform.export;

/**
 * One list taken out of Kyoten, as the audit log records it.
 *
 * @param list the list's code ({@code consultations})
 * @param title the list's title in the user's language (相談一覧)
 * @param file {@code xlsx}, {@code CSV UTF-8} or {@code CSV Shift_JIS}
 * @param filters the list's conditions and order as the request gave them
 * ({@code channel=PHONE from=2026-04-01
 *            sort=date dir=desc}), empty for the whole list
 * @param rows the rows written
 * @param complete false when the download broke off (the rows written up to then are
 * counted)
 */
public record ListExported(String list, String title, String file, String filters, long rows, boolean complete) {
}
