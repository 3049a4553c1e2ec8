package jp.kyoten.activity;

/**
 * A row of the consultation list as the page prints it: every label, date and link
 * already worked out ({@link ConsultationListRows}), so that the template only prints
 * (issue 22: per-cell message lookups, link building and date formatting were most of the
 * page's cost).
 *
 * @param href the consultation's page
 * @param date 相談日 as pages print dates
 * @param companyHref the company's page
 * @param followUp whether it is a 継続 consultation (the badge's colour)
 * @param kind 新規 or 継続
 * @param channel 相談経路's label
 * @param issues 経営課題's labels joined by 「、」
 * @param followUpOn フォロー予定日 while the follow-up is still to do, else empty
 */
public record ConsultationListRow(long id, String href, String date, String companyHref, String companyName,
		boolean followUp, String kind, String channel, String issues, String staffName, String followUpOn) {
}
