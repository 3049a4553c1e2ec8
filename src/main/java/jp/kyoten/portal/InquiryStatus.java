package jp.kyoten.portal;

/**
 * Where a form submission stands in triage: new, accepted as a consultation, merged with
 * a known company, spam.
 */
enum InquiryStatus {

	NEW, ACCEPTED, MERGED, SPAM;

	public boolean open() {
		return this == NEW;
	}

}
