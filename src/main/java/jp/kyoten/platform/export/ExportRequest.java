package jp.kyoten.platform.export;

import java.util.Locale;

import jp.kyoten.platform.RecordNotFoundException;

/**
 * How a person asked for a list: as an Excel workbook or as CSV (UTF-8 with a byte-order
 * mark, or Shift_JIS for Excel on Japanese Windows that does not read UTF-8), dates in 西暦
 * or in 和暦 (令和7年4月1日).
 *
 * @param format the file
 * @param encoding the CSV's encoding (UTF-8 for a workbook)
 * @param japaneseEra dates as 和暦 text instead of 西暦 dates
 */
public record ExportRequest(Format format, CsvWriter.Encoding encoding, boolean japaneseEra) {

	public enum Format {

		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), CSV("csv", null);

		private final String extension;

		private final String contentType;

		Format(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}

		public String extension() {
			return extension;
		}

	}

	/**
	 * From the export URL's ending ({@code export.xlsx}, {@code export.csv}) and its
	 * {@code charset} ({@code shift_jis}, {@code sjis}, {@code windows-31j}; else UTF-8)
	 * and {@code era} ({@code wareki}) parameters.
	 * @throws RecordNotFoundException for another ending: there is no such file (404)
	 */
	public static ExportRequest of(String extension, String charset, String era) {
		Format format = switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
			case "xlsx" -> Format.XLSX;
			case "csv" -> Format.CSV;
			default -> throw new RecordNotFoundException("export-format", extension);
		};
		return new ExportRequest(format,
				format == Format.CSV ? CsvWriter.Encoding.of(charset) : CsvWriter.Encoding.UTF_8,
				"wareki".equalsIgnoreCase(era) || "japanese".equalsIgnoreCase(era));
	}

	public String contentType() {
		return format == Format.XLSX ? format.contentType : encoding.contentType();
	}

	/** {@code xlsx}, {@code csv} or {@code csv Shift_JIS}, for the audit log. */
	public String describe() {
		return format == Format.XLSX ? "xlsx"
				: encoding == CsvWriter.Encoding.SHIFT_JIS ? "CSV Shift_JIS" : "CSV UTF-8";
	}

}
