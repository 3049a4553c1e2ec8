package jp.kyoten.finance;

/**
 * The four 経費区分 of a commissioned project (seed 001 §10, seed 004 IX): I 人件費, II 事業費, III
 * 再委託・外注費, IV 一般管理費.
 */
public enum CostGroup {

	PERSONNEL("I"), PROJECT("II"), SUBCONTRACT("III"), OVERHEAD("IV");

	private final String numeral;

	CostGroup(String numeral) {
		this.numeral = numeral;
	}

	public String numeral() {
		return numeral;
	}

}
