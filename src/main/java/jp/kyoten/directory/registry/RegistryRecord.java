package jp.kyoten.directory.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jp.kyoten.directory.CorporateNumber;

/**
 * One line of the 法人番号公表サイト bulk file (the 30-column layout, no header). Diff files hold
 * one line per change, each a full snapshot of the corporation after that change, in
 * sequence order.
 */
record RegistryRecord(long sequence, String corporateNumber, String process, boolean correction, LocalDate updateDate,
		LocalDate changeDate, String name, String kind, String prefectureName, String cityName, String street,
		String prefectureCode, String cityCode, String postCode, String addressOutside, LocalDate closeDate,
		String closeCause, String successorCorporateNumber, String changeCause, LocalDate assignmentDate,
		boolean latest, String enName, String furigana, boolean hidden) {

	static final int COLUMNS = 30;

	/** 処理区分 */
	static final List<String> PROCESSES = List.of("01", "11", "12", "13", "21", "22", "71", "72", "81", "99");

	String municipalityCode() {
		return prefectureCode.isEmpty() || cityCode.isEmpty() ? null : prefectureCode + cityCode;
	}

	String address() {
		return prefectureName + cityName + street;
	}

	boolean closes() {
		return process.equals("21") || process.equals("71") || process.equals("81") || process.equals("99");
	}

	boolean revives() {
		return process.equals("22") || process.equals("72");
	}

	/**
	 * Why a line cannot be read; the message key and the line go to the rejected-lines
	 * list.
	 */
	static final class Rejected extends Exception {

		private final String reason;

		Rejected(String reason, String detail) {
			super(detail, null, false, false);
			this.reason = reason;
		}

		String reason() {
			return reason;
		}

	}

	static RegistryRecord parse(String line) throws Rejected {
		List<String> f = split(line);
		if (f.size() != COLUMNS) {
			throw new Rejected("columns", String.valueOf(f.size()));
		}
		String number = f.get(1);
		if (!CorporateNumber.isValid(number)) {
			throw new Rejected("checkDigit", number);
		}
		String process = f.get(2);
		if (!PROCESSES.contains(process)) {
			throw new Rejected("process", process);
		}
		String successor = f.get(20);
		if (!successor.isEmpty() && !CorporateNumber.isValid(successor)) {
			throw new Rejected("checkDigit", successor);
		}
		if (f.get(6).isBlank()) {
			throw new Rejected("name", "");
		}
		String prefectureCode = f.get(13);
		if (!prefectureCode.isEmpty() && !digits(prefectureCode, 2)) {
			throw new Rejected("prefecture", prefectureCode);
		}
		String cityCode = f.get(14);
		if (!cityCode.isEmpty() && !digits(cityCode, 3)) {
			throw new Rejected("city", cityCode);
		}
		try {
			return new RegistryRecord(parseSequence(f.get(0)), number, process, "1".equals(f.get(3)),
					date(f.get(4), true), date(f.get(5), false), f.get(6), f.get(8), f.get(9), f.get(10), f.get(11),
					prefectureCode, cityCode, f.get(15), f.get(16), date(f.get(18), false), f.get(19), successor,
					f.get(21), date(f.get(22), false), "1".equals(f.get(23)), f.get(24), f.get(28),
					"1".equals(f.get(29)));
		}
		catch (DateTimeParseException ex) {
			throw new Rejected("date", ex.getParsedString());
		}
	}

	/**
	 * Exactly {@code length} ASCII digits; without a regular expression, as this runs for
	 * every line of a file.
	 */
	static boolean digits(String s, int length) {
		if (s.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static long parseSequence(String s) throws Rejected {
		try {
			return Long.parseLong(s);
		}
		catch (NumberFormatException ex) {
			throw new Rejected("sequence", s);
		}
	}

	private static LocalDate date(String s, boolean required) throws Rejected {
		if (s.isEmpty()) {
			if (required) {
				throw new Rejected("date", "");
			}
			return null;
		}
		return LocalDate.parse(s);
	}

	/** RFC 4180 fields: quoted or not, "" inside quotes is a quote. */
	static List<String> split(String line) throws Rejected {
		List<String> fields = new ArrayList<>(COLUMNS);
		StringBuilder field = new StringBuilder();
		int i = 0;
		int n = line.length();
		while (true) {
			field.setLength(0);
			if (i < n && line.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= n) {
						throw new Rejected("quote", "");
					}
					char c = line.charAt(i++);
					if (c == '"') {
						if (i < n && line.charAt(i) == '"') {
							field.append('"');
							i++;
						}
						else {
							break;
						}
					}
					else {
						field.append(c);
					}
				}
				if (i < n && line.charAt(i) != ',') {
					throw new Rejected("quote", "");
				}
			}
			else {
				int comma = line.indexOf(',', i);
				int end = comma < 0 ? n : comma;
				field.append(line, i, end);
				i = end;
			}
			fields.add(field.toString());
			if (i >= n) {
				return fields;
			}
			i++; // the comma
		}
	}

}
