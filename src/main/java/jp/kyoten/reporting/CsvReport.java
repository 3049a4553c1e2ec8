package jp.kyoten.reporting;

import java.io.ByteArrayOutputStream;

import jp.kyoten.platform.export.CsvWriter;

/**
 * A report as CSV through the platform's {@link CsvWriter} (UTF-8 with BOM, or Shift_JIS
 * on request; quoting and formula defusing are its own): the title lines, then each
 * section after a blank line, its heading and its table or text.
 */
final class CsvReport {

	private CsvReport() {
	}

	static byte[] write(ReportDocument doc, CsvWriter.Encoding encoding) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvWriter csv = new CsvWriter(out, encoding)) {
			csv.row(doc.title());
			doc.heading().forEach(line -> csv.row(line));
			for (ReportDocument.Section section : doc.sections()) {
				csv.row();
				csv.row(section.heading());
				if (section.isText()) {
					csv.row(section.text());
					continue;
				}
				csv.row(section.columns());
				section.rows().forEach(csv::row);
			}
		}
		return out.toByteArray();
	}

}
