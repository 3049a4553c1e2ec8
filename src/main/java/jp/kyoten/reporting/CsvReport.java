package jp.kyoten.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report as CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, or Shift_JIS (as Windows-31J, the
 * Shift_JIS Excel reads, which also has ～ and ①) on request; CRLF line ends, every text field quoted. Sections follow
 * each other, each after its heading line and a blank line. A text starting with = + - @ is prefixed with ' so that
 * a spreadsheet never runs it as a formula.
 */
final class CsvReport {

	static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	private CsvReport() {
	}

	static byte[] write(ReportDocument doc, Charset charset) {
		StringBuilder csv = new StringBuilder();
		line(csv, List.of(doc.title()));
		doc.subtitle().forEach(s -> line(csv, List.of(s)));
		for (ReportDocument.Section section : doc.sections()) {
			csv.append("\r\n");
			line(csv, List.of(section.heading()));
			if (section.isText()) {
				line(csv, List.of(section.text()));
				continue;
			}
			line(csv, List.copyOf(section.columns()));
			section.rows().forEach(row -> line(csv, row));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (charset.equals(StandardCharsets.UTF_8)) {
			out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		out.writeBytes(csv.toString().getBytes(charset));
		return out.toByteArray();
	}

	private static void line(StringBuilder csv, List<?> cells) {
		csv.append(cells.stream().map(CsvReport::field).collect(Collectors.joining(","))).append("\r\n");
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number || value instanceof ReportDocument.Percent) {
			return value.toString();
		}
		String text = value.toString().replace("\r\n", "\n");
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
