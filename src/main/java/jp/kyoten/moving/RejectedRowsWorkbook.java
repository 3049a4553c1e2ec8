package jp.kyoten.moving;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;

/**
 * The rows an import did not write, as a workbook of the file's own shape: its header
 * row, then each rejected row's cells as they were, with the row number it had and the
 * Japanese reason in two columns at the end — to fix and upload again with the same
 * mapping. Every cell is written as text, so a cell beginning with = is never run as a
 * formula. The download is audited as an export (the rows hold personal data).
 */
@Component
class RejectedRowsWorkbook {

	private final SpreadsheetImports imports;

	private final ImportReading reading;

	private final AuditTrail audit;

	private final org.springframework.context.MessageSource messages;

	RejectedRowsWorkbook(SpreadsheetImports imports, ImportReading reading, AuditTrail audit,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.imports = imports;
		this.reading = reading;
		this.audit = audit;
	}

	void write(SpreadsheetImports.Job job, OutputStream out) throws IOException {
		List<SpreadsheetImports.Rejection> rejections = imports.rejections(job.id());
		List<String> header = new ArrayList<>();
		if (job.mapping() != null) {
			List<List<String>> first = reading.firstRows(job, job.mapping().sheet(), job.mapping().headerRow());
			if (first.size() >= job.mapping().headerRow()) {
				header.addAll(first.get(job.mapping().headerRow() - 1));
			}
		}
		int width = Math.max(header.size(), rejections.stream().mapToInt(r -> r.cells().size()).max().orElse(0));
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet(message("moving.job.rejected"));
			Row head = sheet.createRow(0);
			for (int c = 0; c < width; c++) {
				head.createCell(c).setCellValue(c < header.size() ? header.get(c) : "");
			}
			head.createCell(width).setCellValue(message("moving.rejected.rowNumber"));
			head.createCell(width + 1).setCellValue(message("moving.rejected.reason"));
			int r = 1;
			for (SpreadsheetImports.Rejection rejection : rejections) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < rejection.cells().size(); c++) {
					row.createCell(c).setCellValue(rejection.cells().get(c));
				}
				row.createCell(width).setCellValue(rejection.rowNumber());
				row.createCell(width + 1).setCellValue(rejection.reason());
			}
			book.write(out);
			book.dispose();
		}
		audit.record(AuditAction.EXPORT, "spreadsheet_import", job.id(),
				"取り込めなかった行をダウンロード（" + rejections.size() + "行）");
	}

	private String message(String key) {
		// the reasons are kept in Japanese, so the headers beside them are too
		return messages.getMessage(key, null, key, java.util.Locale.JAPANESE);
	}

}
