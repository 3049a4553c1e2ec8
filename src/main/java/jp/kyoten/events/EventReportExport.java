package jp.kyoten.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The event report as xlsx (Apache POI) and PDF (OpenPDF with an embedded Japanese font: Noto Sans CJK from
 * {@code kyoten.events.pdf-font}, by default Debian's fonts-noto-cjk). Both carry the same columns, labelled from
 * the message files; the last row is the total.
 */
@Component
class EventReportExport {

	static final String FONT = System.getProperty("kyoten.events.pdf-font",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0");

	record Column(String key, Function<EventFigures, Object> value) {
	}

	static final List<Column> COLUMNS = List.of(new Column("report.col.event", EventFigures::label),
			new Column("report.col.day", f -> f.day() == null ? "" : f.day().toString()),
			new Column("report.col.events", EventFigures::events),
			new Column("report.col.registered", EventFigures::registered),
			new Column("report.col.waitlisted", EventFigures::waitlisted),
			new Column("report.col.cancelled", EventFigures::cancelled),
			new Column("report.col.attended", EventFigures::attended),
			new Column("report.col.noShows", EventFigures::noShows),
			new Column("report.col.companies", EventFigures::companies),
			new Column("report.col.newCompanies", EventFigures::newCompanies),
			new Column("report.col.returningCompanies", EventFigures::returningCompanies),
			new Column("report.col.institutions", EventFigures::institutions),
			new Column("report.col.talent", EventFigures::talent),
			new Column("report.col.responses", EventFigures::responses),
			new Column("report.col.topTwo", EventFigures::topTwo),
			new Column("report.col.satisfaction", EventFigures::satisfaction),
			new Column("report.col.offers", EventFigures::offers));

	private final MessageSource messages;

	EventReportExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(String title, List<EventFigures> rows, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(messages.getMessage("report.sheet", null, locale));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Cell heading = sheet.createRow(0).createCell(0);
			heading.setCellValue(title);
			heading.setCellStyle(bold);
			Row header = sheet.createRow(2);
			for (int c = 0; c < COLUMNS.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(messages.getMessage(COLUMNS.get(c).key(), null, locale));
				cell.setCellStyle(bold);
			}
			int r = 3;
			for (EventFigures f : withTotal(rows, locale)) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < COLUMNS.size(); c++) {
					Object v = COLUMNS.get(c).value().apply(f);
					Cell cell = row.createCell(c);
					if (v instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else {
						cell.setCellValue(v == null ? "" : v.toString());
					}
				}
			}
			sheet.setColumnWidth(0, 40 * 256);
			sheet.createFreezePane(1, 3);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] pdf(String title, List<EventFigures> rows, Locale locale) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
			PdfWriter.getInstance(document, out);
			document.open();
			BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			com.lowagie.text.Font titleFont = new com.lowagie.text.Font(base, 14);
			com.lowagie.text.Font cellFont = new com.lowagie.text.Font(base, 7);
			document.add(new Paragraph(title, titleFont));
			document.add(new Paragraph(" ", cellFont));
			PdfPTable table = new PdfPTable(COLUMNS.size());
			table.setWidthPercentage(100);
			float[] widths = new float[COLUMNS.size()];
			java.util.Arrays.fill(widths, 1f);
			widths[0] = 5f;
			widths[1] = 1.8f;
			table.setWidths(widths);
			table.setHeaderRows(1);
			for (Column c : COLUMNS) {
				table.addCell(new PdfPCell(new Phrase(messages.getMessage(c.key(), null, locale), cellFont)));
			}
			for (EventFigures f : withTotal(rows, locale)) {
				for (Column c : COLUMNS) {
					Object v = c.value().apply(f);
					table.addCell(new PdfPCell(new Phrase(v == null ? "—" : v.toString(), cellFont)));
				}
			}
			document.add(table);
			document.close();
			return out.toByteArray();
		}
		catch (IOException | DocumentException ex) {
			throw new IllegalStateException("PDF report failed", ex);
		}
	}

	private List<EventFigures> withTotal(List<EventFigures> rows, Locale locale) {
		List<EventFigures> all = new ArrayList<>(rows);
		if (rows.size() > 1) {
			all.add(EventReports.sum(messages.getMessage("report.total", null, locale), rows));
		}
		return all;
	}

	static String percent(BigDecimal value) {
		return value == null ? "—" : value.toPlainString() + " %";
	}

}
