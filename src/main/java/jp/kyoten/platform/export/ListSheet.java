package jp.kyoten.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One list written out row by row, as an Excel workbook or as CSV, without holding the
 * list: the workbook keeps a window of {@value #WINDOW} rows in memory (POI's SXSSF
 * flushes older rows to a compressed temporary file, deleted when the sheet is closed),
 * the CSV writes each row as it comes.
 * <p>
 * Cells are text, numbers, dates and date-times (already in Tokyo time). No cell ever
 * becomes a formula: a text starting with {@code = + - @}, a tab or a CR (CSV injection)
 * is written in the workbook as text with Excel's quote prefix (the apostrophe Excel
 * itself puts before such a text, which keeps it text even when the cell is edited), and
 * in the CSV with an apostrophe before it ({@link CsvWriter}).
 */
public abstract sealed class ListSheet implements AutoCloseable {

	/** Rows of a workbook kept in memory before they go to the temporary file. */
	static final int WINDOW = 100;

	private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private static final DateTimeFormatter CSV_DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

	/** A heading row first, then the rows. */
	public static ListSheet open(OutputStream out, ExportRequest asked, String sheetName, List<String> headings) {
		ListSheet sheet = asked.format() == ExportRequest.Format.XLSX ? new Xlsx(out, sheetName)
				: new Csv(out, asked.encoding());
		sheet.headings(headings);
		return sheet;
	}

	/** A text Excel would run as a formula. */
	static boolean formulaLike(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	abstract void headings(List<String> headings);

	/**
	 * One row: text, numbers, {@link LocalDate}s, {@link LocalDateTime}s (Tokyo), or null
	 * for an empty cell.
	 */
	public abstract void row(List<?> cells);

	/** Finishes the file (a workbook is written out only here) and frees what it held. */
	@Override
	public abstract void close();

	private static final class Csv extends ListSheet {

		private final CsvWriter csv;

		Csv(OutputStream out, CsvWriter.Encoding encoding) {
			this.csv = new CsvWriter(out, encoding);
		}

		@Override
		void headings(List<String> headings) {
			csv.row(headings);
		}

		@Override
		public void row(List<?> cells) {
			Object[] line = new Object[cells.size()];
			for (int i = 0; i < line.length; i++) {
				Object value = cells.get(i);
				line[i] = value instanceof LocalDate d ? CSV_DATE.format(d)
						: value instanceof LocalDateTime t ? CSV_DATE_TIME.format(t) : value;
			}
			csv.row(line);
		}

		@Override
		public void close() {
			csv.close();
		}

	}

	private static final class Xlsx extends ListSheet {

		/**
		 * Widest column, in characters; a longer text wraps in Excel when the user widens
		 * it.
		 */
		private static final int MAX_WIDTH = 60;

		private final OutputStream out;

		private final SXSSFWorkbook book;

		private final SXSSFSheet sheet;

		private final CellStyle heading;

		private final CellStyle date;

		private final CellStyle dateTime;

		private final CellStyle quoted;

		/** The widest text of each column so far, in half-width characters. */
		private int[] widths = new int[0];

		private int next;

		Xlsx(OutputStream out, String sheetName) {
			this.out = out;
			this.book = new SXSSFWorkbook(WINDOW);
			book.setCompressTempFiles(true);
			this.sheet = book.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
			Font bold = book.createFont();
			bold.setBold(true);
			this.heading = book.createCellStyle();
			heading.setFont(bold);
			this.date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("yyyy/mm/dd"));
			this.dateTime = book.createCellStyle();
			dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy/mm/dd hh:mm"));
			this.quoted = book.createCellStyle();
			quoted.setQuotePrefixed(true);
		}

		@Override
		void headings(List<String> headings) {
			widths = new int[headings.size()];
			Row row = sheet.createRow(next++);
			for (int i = 0; i < headings.size(); i++) {
				Cell cell = row.createCell(i);
				text(cell, headings.get(i), i);
				cell.setCellStyle(heading);
			}
			sheet.createFreezePane(0, 1);
		}

		@Override
		public void row(List<?> cells) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < cells.size(); i++) {
				Object value = cells.get(i);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				switch (value) {
					case Number n -> {
						cell.setCellValue(n.doubleValue());
						widen(i, 12);
					}
					case LocalDate d -> {
						cell.setCellValue(d);
						cell.setCellStyle(date);
						widen(i, 11);
					}
					case LocalDateTime t -> {
						cell.setCellValue(t);
						cell.setCellStyle(dateTime);
						widen(i, 17);
					}
					default -> text(cell, value.toString(), i);
				}
			}
		}

		/**
		 * Always a text cell (never a formula); one Excel would take for a formula also
		 * carries the quote prefix.
		 */
		private void text(Cell cell, String text, int column) {
			cell.setCellValue(text);
			if (formulaLike(text)) {
				cell.setCellStyle(quoted);
			}
			int width = 0;
			for (int i = 0; i < text.length() && width <= MAX_WIDTH; i++) {
				width += text.charAt(i) < 0x2000 ? 1 : 2;
			}
			widen(column, width);
		}

		private void widen(int column, int characters) {
			if (column < widths.length && characters > widths[column]) {
				widths[column] = characters;
			}
		}

		@Override
		public void close() {
			try {
				for (int i = 0; i < widths.length; i++) {
					sheet.setColumnWidth(i, (Math.min(Math.max(widths[i], 6), MAX_WIDTH) + 2) * 256);
				}
				if (widths.length > 0) {
					sheet.setAutoFilter(new CellRangeAddress(0, Math.max(next - 1, 0), 0, widths.length - 1));
				}
				book.write(out);
				out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				book.dispose();
				try {
					book.close();
				}
				catch (IOException ex) {
					// the temporary file is gone already (dispose); nothing else to free
				}
			}
		}

	}

}
