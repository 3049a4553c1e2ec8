package jp.kyoten.matching;

/**
 * How the company told the hub which agencies it chose; labels are messages
 * {@code choiceMethod.X}.
 */
public enum ChoiceMethod {

	/** 対面 */
	IN_PERSON,
	/** メール */
	EMAIL,
	/** 書面 */
	PAPER;

	public static final String CODES = "IN_PERSON|EMAIL|PAPER";

}
