package jp.kyoten.reporting;

import java.util.List;

/**
 * A report laid out for export, independent of the file format: a title, the hub, the
 * lines under it, and sections, each a table (headings and rows of cells: text, or
 * numbers kept as numbers) or a free text. The xlsx, PDF and CSV writers each render it.
 */
public record ReportDocument(String title, String hub, List<String> subtitle, List<Section> sections) {

	/**
	 * The hub and the lines under the title, for the writers that print them one a line
	 * (xlsx, CSV).
	 */
	List<String> heading() {
		java.util.List<String> lines = new java.util.ArrayList<>();
		lines.add(hub);
		lines.addAll(subtitle);
		return lines;
	}

	public record Section(String heading, List<String> columns, List<List<Object>> rows, String text) {

		public static Section table(String heading, List<String> columns, List<List<Object>> rows) {
			return new Section(heading, columns, rows, null);
		}

		public static Section text(String heading, String text) {
			return new Section(heading, List.of(), List.of(), text == null ? "" : text);
		}

		boolean isText() {
			return text != null;
		}

	}

	/**
	 * A cell showing a percentage with one decimal (a number in xlsx, formatted "0.0").
	 */
	public record Percent(double value) {

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT, "%.1f", value);
		}

	}

}
