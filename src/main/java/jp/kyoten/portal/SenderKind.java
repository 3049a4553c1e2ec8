package jp.kyoten.portal;

/**
 * Who wrote to the consultation form: a company, or a support institution on a company's
 * behalf.
 */
enum SenderKind {

	COMPANY, INSTITUTION

}
