package jp.kyoten.moving;

/**
 * A cell that cannot be read as its column's field: the message key of the Japanese
 * reason and the cell's text. The row it is in is rejected (or, for a 法人番号 check digit,
 * reported) and the import goes on with the other rows.
 */
public class CellProblem extends RuntimeException {

	private final String messageKey;

	private final String cell;

	public CellProblem(String messageKey, String cell) {
		super(messageKey + ": " + cell, null, false, false);
		this.messageKey = messageKey;
		this.cell = cell;
	}

	public String messageKey() {
		return messageKey;
	}

	public String cell() {
		return cell;
	}

}
