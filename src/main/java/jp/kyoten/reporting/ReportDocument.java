package jp.kyoten.reporting;

import java.util.List;

/**
 * A report laid out for export, independent of the file format: a title and sections, each a table (headings and
 * rows of cells: text, or numbers kept as numbers) or a free text. The xlsx, PDF and CSV writers each render it.
 */
record ReportDocument(String title, List<String> subtitle, List<Section> sections) {

	record Section(String heading, List<String> columns, List<List<Object>> rows, String text) {

		static Section table(String heading, List<String> columns, List<List<Object>> rows) {
			return new Section(heading, columns, rows, null);
		}

		static Section text(String heading, String text) {
			return new Section(heading, List.of(), List.of(), text == null ? "" : text);
		}

		boolean isText() {
			return text != null;
		}

	}

	/** A cell showing a percentage with one decimal (a number in xlsx, formatted "0.0"). */
	record Percent(double value) {

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT, "%.1f", value);
		}

	}

}
