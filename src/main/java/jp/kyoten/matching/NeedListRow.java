package jp.kyoten.matching;

/**
 * A row of the needs list as the page prints it: labels, the status badge, the date and
 * the links already worked out ({@link NeedListRows}), so that the template only prints
 * (issue 22).
 *
 * @param digital the デジタル人材 badge's label, empty when the need is not for one
 * @param cxo the CxO人材 badge's label, empty when the need is not for one
 * @param statusClass the status badge's classes: placed, open or closed
 * @param learnedOn 把握日 as pages print dates, empty when not known
 */
public record NeedListRow(long id, String href, String title, String digital, String cxo, String companyHref,
		String companyName, String jobCategory, String employmentForm, String statusClass, String status,
		String learnedOn) {
}
