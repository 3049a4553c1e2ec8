package jp.kyoten.moving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of file a hub keeps its records in reads as the same rows of text. */
class SpreadsheetReaderTests {

	@TempDir
	Path dir;

	static final List<List<String>> LEDGER = List.of(List.of("法人番号", "会社名", "所在地", "従業員数", "備考"),
			List.of("7000012050002", "㈱熊本精機", "熊本県熊本市中央区水前寺1-2-3", "約30名", "「引用」, カンマ入り"),
			List.of("", "阿蘇食品株式会社", "阿蘇市一の宮町", "10～20人", "改行\nあり"), List.of("", "①番館有限会社", "菊池郡菊陽町", "5", ""));

	// 10～20人 with the full-width tilde: what cp932 (Excel's "CSV") writes for a wave dash
	@Test
	void readsAShiftJisCsvAsItsXlsxTwin() throws IOException {
		Path xlsx = dir.resolve("ledger.xlsx");
		writeXlsx(xlsx, LEDGER);
		Path csv = dir.resolve("ledger.csv");
		Files.write(csv, csv(LEDGER).getBytes(Charset.forName("windows-31j")));

		assertThat(SpreadsheetReader.detect(csv)).isEqualTo(SpreadsheetReader.Encoding.SHIFT_JIS);
		assertThat(rows(csv, SpreadsheetReader.Format.CSV, SpreadsheetReader.Encoding.AUTO))
			.isEqualTo(rows(xlsx, SpreadsheetReader.Format.XLSX, SpreadsheetReader.Encoding.AUTO))
			.hasSize(4);
		assertThat(rows(csv, SpreadsheetReader.Format.CSV, SpreadsheetReader.Encoding.AUTO).get(1))
			.containsExactlyElementsOf(LEDGER.get(1));
	}

	@Test
	void readsUtf8WithAndWithoutByteOrderMark() throws IOException {
		Path withBom = dir.resolve("bom.csv");
		byte[] text = csv(LEDGER).getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(withBom)) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			out.write(text);
		}
		Path without = dir.resolve("plain.csv");
		Files.write(without, text);
		assertThat(SpreadsheetReader.detect(withBom)).isEqualTo(SpreadsheetReader.Encoding.UTF_8);
		List<List<String>> a = rows(withBom, SpreadsheetReader.Format.CSV, SpreadsheetReader.Encoding.AUTO);
		assertThat(a.getFirst().getFirst()).isEqualTo("法人番号");
		assertThat(a).isEqualTo(rows(without, SpreadsheetReader.Format.CSV, SpreadsheetReader.Encoding.AUTO))
			.isEqualTo(LEDGER.stream().map(SpreadsheetReaderTests::stripped).toList());
	}

	@Test
	void givesDateCellsAsDaysAndLongNumbersWhole() throws IOException {
		Path xlsx = dir.resolve("dates.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("相談記録");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
			Row row = sheet.createRow(0);
			row.createCell(0).setCellValue(java.time.LocalDate.of(2025, 4, 1));
			row.getCell(0).setCellStyle(date);
			row.createCell(1).setCellValue(7000012050002d);
			row.createCell(3).setCellValue(45748);
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				book.write(out);
			}
		}
		List<List<String>> rows = rows(xlsx, SpreadsheetReader.Format.XLSX, SpreadsheetReader.Encoding.AUTO);
		// the gap at column C stays empty, so the columns keep their letters
		assertThat(rows.getFirst()).containsExactly("2025-04-01", "7000012050002", "", "45748");
		assertThat(SpreadsheetReader.sheetNames(xlsx, SpreadsheetReader.Format.XLSX)).containsExactly("相談記録");
	}

	@Test
	void readsTabSeparatedText() throws IOException {
		Path tsv = dir.resolve("list.tsv");
		Files.writeString(tsv, "会社名\t住所\r\n熊本精機, 本社\t熊本市\r\n");
		assertThat(rows(tsv, SpreadsheetReader.Format.CSV, SpreadsheetReader.Encoding.UTF_8))
			.containsExactly(List.of("会社名", "住所"), List.of("熊本精機, 本社", "熊本市"));
	}

	/**
	 * The rows read, each without its trailing empty cells (a CSV writes them, an xlsx
	 * leaves them out).
	 */
	static List<List<String>> rows(Path file, SpreadsheetReader.Format format, SpreadsheetReader.Encoding encoding) {
		List<List<String>> rows = new ArrayList<>();
		SpreadsheetReader.read(file, format, encoding, 0, (n, cells) -> {
			rows.add(stripped(cells));
			return true;
		});
		return rows;
	}

	static List<String> stripped(List<String> cells) {
		List<String> r = new ArrayList<>(cells);
		while (!r.isEmpty() && r.getLast().isEmpty()) {
			r.removeLast();
		}
		return r;
	}

	static String csv(List<List<String>> rows) {
		StringBuilder sb = new StringBuilder();
		for (List<String> row : rows) {
			List<String> quoted = row.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList();
			sb.append(String.join(",", quoted)).append("\r\n");
		}
		return sb.toString();
	}

	static void writeXlsx(Path file, List<List<String>> rows) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("台帳");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				book.write(out);
			}
		}
	}

}
