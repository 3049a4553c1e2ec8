package jp.kyoten.moving;

/**
 * What a spreadsheet holds: a company ledger (with contacts), a consultation log, a list
 * of talent needs (求人ニーズ, each born of the company's consultation), of placements, or of
 * event participants. Labels: {@code moving.kind.X}.
 */
public enum RecordKind {

	COMPANIES, CONSULTATIONS, NEEDS,

	/**
	 * past placements (成約), each with its need and the hand-off to the agency that placed
	 * the talent
	 */
	PLACEMENTS,

	/** the participants of past events (a seminar's list), with their attendance */
	PARTICIPANTS

}
