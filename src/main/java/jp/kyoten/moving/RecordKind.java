package jp.kyoten.moving;

/** What a spreadsheet holds: a company ledger (with contacts) or a consultation log. Labels: {@code moving.kind.X}. */
public enum RecordKind {

	COMPANIES, CONSULTATIONS

}
