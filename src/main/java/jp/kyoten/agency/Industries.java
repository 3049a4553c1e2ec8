package jp.kyoten.agency;

import java.util.List;

/** 日本標準産業分類 major divisions A–T; labels are messages {@code agency.industry.X}. */
final class Industries {

	static final List<String> CODES = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O",
			"P", "Q", "R", "S", "T");

	static final String PATTERN = "[A-T]";

	private Industries() {
	}

}
