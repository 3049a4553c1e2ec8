package jp.kyoten.moving;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kyoten.directory.CorporateNumber;
import jp.kyoten.directory.SizeBand;

/**
 * What the cells of a hub's own spreadsheets say, as people type them: dates in 西暦 and 和暦
 * (令和7年4月1日, R7.4.1, 平成31年4月30日, 令和元年5月1日, 2025/4/1, 2025-04-01, 2025年4月1日) and as Excel
 * serial numbers; full-width digits and signs (NFKC); numbers with 、 or , between
 * thousands; employees as 「約30名」 or 「10〜20人」; yes/no as ○×・有無; the 法人番号 with its check
 * digit. A value that cannot be read throws {@link CellProblem} with the Japanese
 * reason's key.
 */
public final class CellValues {

	private static final Pattern WAREKI = Pattern
		.compile("(令和|平成|昭和|R|H|S)(元|[0-9]{1,2})[年.\\-/]([0-9]{1,2})[月.\\-/]([0-9]{1,2})日?");

	private static final Pattern SEIREKI = Pattern.compile("([0-9]{4})[年.\\-/]([0-9]{1,2})[月.\\-/]([0-9]{1,2})日?");

	private static final Pattern COMPACT = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})");

	private static final Pattern SERIAL = Pattern.compile("[0-9]{1,5}(\\.[0-9]+)?");

	private static final Map<String, JapaneseEra> ERAS = Map.of("令和", JapaneseEra.REIWA, "R", JapaneseEra.REIWA, "平成",
			JapaneseEra.HEISEI, "H", JapaneseEra.HEISEI, "昭和", JapaneseEra.SHOWA, "S", JapaneseEra.SHOWA);

	private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

	private static final Pattern RANGE = Pattern.compile("([0-9]+)[~〜～\\-－ー]([0-9]+)");

	private CellValues() {
	}

	/**
	 * Full-width letters, digits and signs as ASCII, spaces at the ends removed; null for
	 * a blank cell.
	 */
	public static String fold(String cell) {
		if (cell == null) {
			return null;
		}
		String s = Normalizer.normalize(cell, Normalizer.Form.NFKC).replace('\u3000', ' ').strip();
		return s.isEmpty() ? null : s;
	}

	/**
	 * A day: 和暦 with its era (漢字 or initial, 元年 = 1), 西暦 with / - . or 年月日, 20250401, or
	 * an Excel serial number (days since 1899-12-30, as Excel counts them with its 1900
	 * leap-day error: serial 61 is 1900-03-01).
	 */
	public static LocalDate date(String cell) {
		String s = fold(cell);
		if (s == null) {
			return null;
		}
		s = s.replace(" ", "").replace('ー', '-').replace('−', '-').toUpperCase(java.util.Locale.ROOT);
		try {
			Matcher m = WAREKI.matcher(s);
			if (m.matches()) {
				int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
				LocalDate day = LocalDate.from(JapaneseDate.of(ERAS.get(m.group(1)), year, Integer.parseInt(m.group(3)),
						Integer.parseInt(m.group(4))));
				return day;
			}
			m = SEIREKI.matcher(s);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			m = COMPACT.matcher(s);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			if (SERIAL.matcher(s).matches()) {
				long serial = (long) Double.parseDouble(s);
				if (serial >= 1 && serial <= 2958465) {
					// Excel counts 1900-02-29, which never was: from serial 61 on, day 0
					// is 1899-12-30
					return serial < 61 ? LocalDate.of(1899, 12, 31).plusDays(serial)
							: LocalDate.of(1899, 12, 30).plusDays(serial);
				}
			}
		}
		catch (DateTimeException ex) {
			throw new CellProblem("moving.problem.dateInvalid", cell);
		}
		throw new CellProblem("moving.problem.date", cell);
	}

	/**
	 * A whole number, full-width or not, with thousands separators and a unit after it
	 * (円, 名, 人, 社) ignored.
	 */
	public static Long number(String cell) {
		String s = fold(cell);
		if (s == null) {
			return null;
		}
		String digits = s.replaceAll("[,、]", "").replaceAll("(円|名|人|社|万円)$", "").strip();
		if (!NUMBER.matcher(digits).matches()) {
			throw new CellProblem("moving.problem.number", cell);
		}
		long value = (long) Double.parseDouble(digits);
		return s.endsWith("万円") ? value * 10_000 : value;
	}

	/**
	 * 従業員数 as typed: 30, 約30名, 30人程度, 10〜20人 (a range becomes its middle, so that it
	 * lands in its band).
	 */
	public static Integer employees(String cell) {
		String s = fold(cell);
		if (s == null || s.matches("不明|非公開|-|―")) {
			return null;
		}
		String t = s.replaceAll("[,、\\s]", "")
			.replaceAll("^(約|およそ|概ね|ca\\.?)", "")
			.replaceAll("(名|人)?(程度|前後|位|くらい|ぐらい|超|以上|未満)?$", "")
			.replaceAll("(名|人)(?=[~〜～\\-])", "");
		Matcher range = RANGE.matcher(t);
		if (range.matches()) {
			int low = Integer.parseInt(range.group(1));
			int high = Integer.parseInt(range.group(2));
			if (high < low) {
				throw new CellProblem("moving.problem.employees", cell);
			}
			return (low + high) / 2;
		}
		if (t.matches("[0-9]{1,7}")) {
			return Integer.parseInt(t);
		}
		throw new CellProblem("moving.problem.employees", cell);
	}

	/** The size band the employees cell puts a company in ({@link SizeBand}). */
	public static SizeBand sizeBand(String cell) {
		return SizeBand.of(employees(cell));
	}

	/**
	 * ○ ◯ 有 あり はい yes true 1 ✓ → true; × ✕ 無 なし いいえ no false 0 - → false; blank → null.
	 */
	public static Boolean yesNo(String cell) {
		String s = fold(cell);
		if (s == null) {
			return null;
		}
		String t = s.toLowerCase(java.util.Locale.ROOT);
		if (t.matches("[○◯〇●✓✔]|有|有り|あり|はい|yes|y|true|1|該当")) {
			return true;
		}
		if (t.matches("[×✕xー\\-]|無|無し|なし|いいえ|no|n|false|0|非該当")) {
			return false;
		}
		throw new CellProblem("moving.problem.yesNo", cell);
	}

	/**
	 * Attendance as participant lists write it: 出席・参加・来場・済 (or ○, 有) for present,
	 * 欠席・不参加・キャンセル (or ×, 無) for absent.
	 */
	public static Boolean attendance(String cell) {
		String s = fold(cell);
		if (s == null) {
			return null;
		}
		if (s.matches("出席|出|参加|参加済|来場|来場済|済|出席済")) {
			return true;
		}
		if (s.matches("欠席|欠|不参加|キャンセル|無断欠席|欠席連絡あり")) {
			return false;
		}
		try {
			return yesNo(cell);
		}
		catch (CellProblem p) {
			throw new CellProblem("moving.problem.attendance", cell);
		}
	}

	/**
	 * 法人番号: 13 digits (full-width, with hyphens or spaces, as printed); a wrong check
	 * digit throws {@code moving.problem.checkDigit}, which the import reports while
	 * matching the row by name instead.
	 */
	public static String corporateNumber(String cell) {
		String s = fold(cell);
		if (s == null) {
			return null;
		}
		String digits = s.replaceAll("[\\s\\-]", "");
		if (!digits.matches("[0-9]{13}")) {
			throw new CellProblem("moving.problem.corporateNumber", cell);
		}
		if (!CorporateNumber.isValid(digits)) {
			throw new CellProblem("moving.problem.checkDigit", cell);
		}
		return digits;
	}

}
