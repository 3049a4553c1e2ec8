package jp.kyoten.moving;

import java.util.List;

/**
 * What the wizard's pages show, as public records (templates reach only public types'
 * methods).
 */
public final class WizardRows {

	private WizardRows() {
	}

	/**
	 * A column of the file as the mapping page shows it: letter, header and the field it
	 * goes to (or none).
	 */
	public record Column(int index, String letter, String header, String field) {
	}

	/** A distinct value of a coded column and the code chosen (or suggested) for it. */
	public record ValueChoice(int index, String value, String code) {
	}

	/** A coded field with its values and the codes it may take. */
	public record CodedField(Field field, String labelPrefix, List<String> codes, List<ValueChoice> values) {
	}

}
