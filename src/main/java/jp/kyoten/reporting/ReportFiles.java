package jp.kyoten.reporting;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.export.CsvWriter;

/**
 * What the report pages share: a month in a URL ({@code 2026-05}; anything else is not
 * found), and a laid-out report as an {@code xlsx}, {@code pdf} or {@code csv} download
 * (CSV in UTF-8 with BOM, or Shift_JIS on request), audited.
 */
@Component
class ReportFiles {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AuditTrail audit;

	private final PdfReport pdf;

	private final java.time.Clock clock;

	ReportFiles(AuditTrail audit, PdfReport pdf, java.time.Clock clock) {
		this.clock = clock;
		this.audit = audit;
		this.pdf = pdf;
	}

	static YearMonth month(String value) {
		try {
			YearMonth month = YearMonth.parse(value);
			if (month.getYear() < 2000 || month.getYear() > 2100) {
				throw new RecordNotFoundException("month", value);
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			throw new RecordNotFoundException("month", value);
		}
	}

	/**
	 * @param what what the audit log names, e.g. {@code monthly_report} with
	 * {@code 2026-05 v1}
	 */
	ResponseEntity<byte[]> file(ReportDocument doc, String name, String sheet, String format, String charset,
			String what, String which) {
		byte[] body;
		MediaType type;
		switch (format) {
			case "xlsx" -> {
				body = XlsxReport.write(doc, sheet);
				type = XLSX;
			}
			case "pdf" -> {
				body = pdf.write(doc, java.time.LocalDate.now(clock));
				type = MediaType.APPLICATION_PDF;
			}
			case "csv" -> {
				CsvWriter.Encoding encoding = CsvWriter.Encoding.of(charset);
				body = CsvReport.write(doc, encoding);
				type = MediaType.parseMediaType(encoding.contentType());
			}
			default -> throw new RecordNotFoundException("export format", format);
		}
		audit.viewed(what, which, "出力 (" + format + ")");
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name + "." + format, StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
