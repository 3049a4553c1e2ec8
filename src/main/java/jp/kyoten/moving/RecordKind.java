package jp.kyoten.moving;

/**
 * What a spreadsheet holds: a company ledger (with contacts), a consultation log, or a list of talent needs (求人ニーズ,
 * each born of the company's consultation). Labels: {@code moving.kind.X}.
 */
public enum RecordKind {

	COMPANIES, CONSULTATIONS, NEEDS

}
