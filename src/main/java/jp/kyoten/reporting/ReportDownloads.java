package jp.kyoten.reporting;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The report writers (xlsx, PDF, CSV in UTF-8 with BOM or Shift_JIS) offered to other
 * modules, so that a table laid out as a {@link ReportDocument} is exported the same way
 * everywhere, audited.
 */
@Component
public class ReportDownloads {

	private final ReportFiles files;

	ReportDownloads(ReportFiles files) {
		this.files = files;
	}

	/**
	 * @param format {@code xlsx}, {@code pdf} or {@code csv}; anything else is not found
	 * @param charset for CSV: {@code Shift_JIS} or UTF-8 (the default)
	 */
	public ResponseEntity<byte[]> file(ReportDocument doc, String name, String sheet, String format, String charset,
			String what, String which) {
		return files.file(doc, name, sheet, format, charset, what, which);
	}

}
