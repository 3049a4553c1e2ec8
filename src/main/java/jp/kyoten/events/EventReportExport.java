package jp.kyoten.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.pdf.PdfDocuments;
import jp.kyoten.platform.pdf.PdfTable;

/**
 * The event report as xlsx (Apache POI) and PDF (the platform's PDF kit). Both carry the
 * same columns, labelled from the message files; the last row is the total.
 */
@Component
class EventReportExport {

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

	private final PdfDocuments documents;

	EventReportExport(MessageSource messages, PdfDocuments documents) {
		this.messages = messages;
		this.documents = documents;
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

	/**
	 * On the platform's PDF kit: title block with the hub and 作成日, one table, the total
	 * last on a grey ground.
	 */
	byte[] pdf(String title, String hub, LocalDate createdOn, List<EventFigures> rows, Locale locale) {
		PdfTable table = PdfTable
			.withColumns(COLUMNS.stream().map(c -> messages.getMessage(c.key(), null, locale)).toList())
			.whenEmpty(messages.getMessage("report.none", null, locale));
		List<EventFigures> all = withTotal(rows, locale);
		for (int r = 0; r < all.size(); r++) {
			List<Object> cells = new ArrayList<>();
			for (Column c : COLUMNS) {
				cells.add(pdfCell(c, all.get(r)));
			}
			if (rows.size() > 1 && r == all.size() - 1) {
				table.total(cells.toArray());
			}
			else {
				table.row(cells);
			}
		}
		return documents.landscape(title).hub(hub).createdOn(createdOn).table(table).toPdf();
	}

	/**
	 * The day as a date and the satisfaction as a right-aligned percentage; the rest as
	 * they are.
	 */
	private static Object pdfCell(Column column, EventFigures f) {
		if (column.key().equals("report.col.day")) {
			return f.day();
		}
		if (column.key().equals("report.col.satisfaction")) {
			return PdfTable.right(percent(f.satisfaction()));
		}
		return column.value().apply(f);
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
