package jp.kyoten.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as an Excel workbook: one sheet, real cells (numbers as numbers, dates as
 * dates, percentages 0.0), Japanese headings, printed on A4 landscape fitted to the page
 * width with the heading rows repeated.
 */
final class XlsxReport {

	static final String FONT = "游ゴシック";

	private XlsxReport() {
	}

	static byte[] write(ReportDocument doc, String sheetName) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(sheetName);
			Styles styles = new Styles(book);
			int r = 0;
			cell(sheet.createRow(r++), 0, doc.title(), styles.title);
			for (String line : doc.heading()) {
				cell(sheet.createRow(r++), 0, line, styles.text);
			}
			int widest = 1;
			for (ReportDocument.Section section : doc.sections()) {
				r++;
				cell(sheet.createRow(r++), 0, section.heading(), styles.heading);
				if (section.isText()) {
					Row row = sheet.createRow(r);
					cell(row, 0, section.text(), styles.wrapped);
					sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
					row.setHeightInPoints(Math.max(1, section.text().split("\n", -1).length + 1) * 15f);
					r++;
					continue;
				}
				Row header = sheet.createRow(r++);
				for (int c = 0; c < section.columns().size(); c++) {
					cell(header, c, section.columns().get(c), styles.header);
				}
				widest = Math.max(widest, section.columns().size());
				for (List<Object> values : section.rows()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						Object v = values.get(c);
						if (v instanceof java.time.LocalDate d) {
							Cell cell = row.createCell(c);
							cell.setCellValue(d);
							cell.setCellStyle(styles.date);
						}
						else if (v instanceof ReportDocument.Percent p) {
							cell(row, c, p.value(), styles.percent);
						}
						else if (v instanceof Number n) {
							cell(row, c, n.doubleValue(), styles.number);
						}
						else {
							cell(row, c, v == null ? "" : v.toString(), styles.text);
						}
					}
				}
			}
			sheet.setColumnWidth(0, 46 * 256);
			for (int c = 1; c < widest; c++) {
				sheet.setColumnWidth(c, 16 * 256);
			}
			PrintSetup print = sheet.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.setAutobreaks(true);
			sheet.setHorizontallyCenter(true);
			sheet.getFooter().setCenter("&P / &N");
			book.setPrintArea(0, 0, widest - 1, 0, r);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void cell(Row row, int column, double value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle heading;

		final CellStyle header;

		final CellStyle text;

		final CellStyle wrapped;

		final CellStyle number;

		final CellStyle percent;

		final CellStyle date;

		Styles(XSSFWorkbook book) {
			Font plain = font(book, false, 10);
			Font bold = font(book, true, 10);
			title = book.createCellStyle();
			title.setFont(font(book, true, 14));
			heading = book.createCellStyle();
			heading.setFont(font(book, true, 11));
			header = bordered(book, bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setWrapText(true);
			text = bordered(book, plain);
			wrapped = book.createCellStyle();
			wrapped.setFont(plain);
			wrapped.setWrapText(true);
			number = bordered(book, plain);
			number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
			percent = bordered(book, plain);
			percent.setDataFormat(book.createDataFormat().getFormat("0.0"));
			date = bordered(book, plain);
			date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
		}

		private static CellStyle bordered(XSSFWorkbook book, Font font) {
			CellStyle style = book.createCellStyle();
			style.setFont(font);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

		private static Font font(XSSFWorkbook book, boolean bold, int points) {
			Font font = book.createFont();
			font.setFontName(FONT);
			font.setBold(bold);
			font.setFontHeightInPoints((short) points);
			return font;
		}

	}

}
