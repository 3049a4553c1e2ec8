package jp.kyoten.activity;

/**
 * Policy areas of a よろず支援拠点 consultation (seed 004); labels are messages
 * {@code policyArea.X}.
 */
public enum PolicyArea {

	DX, CN, MANAGEMENT_IMPROVEMENT, LABOUR_SAVING, SUCCESSION, PRICE_PASS_THROUGH, INVOICE, LABOUR_SHORTAGE,
	INTELLECTUAL_PROPERTY

}
