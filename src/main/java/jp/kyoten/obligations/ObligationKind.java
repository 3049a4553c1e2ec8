package jp.kyoten.obligations;

/**
 * What an obligation asks for: events of a kind, a document by a date, or a report every
 * month.
 */
public enum ObligationKind {

	EVENT_COUNT, DOCUMENT, MONTHLY_REPORT

}
