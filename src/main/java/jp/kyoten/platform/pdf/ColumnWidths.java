package jp.kyoten.platform.pdf;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Column widths for a table on a given width: every heading on at most two lines (a Japanese heading breaks between
 * any two characters, so a narrow column stacks it one character a line), every figure on one line, and the rest of
 * the width to the text columns by how much text they hold.
 */
final class ColumnWidths {

	/** Cell padding left and right plus the border, in points. */
	static final float PADDING = 8;

	/** A text column asks for at most this share of the table, however long its longest cell. */
	private static final float TEXT_SHARE = 0.4f;

	private ColumnWidths() {
	}

	/**
	 * @param headerWidth the printed width of a heading on one line
	 * @param cellWidth the printed width of a cell's text on one line
	 */
	static float[] of(PdfTable table, float available, ToDoubleFunction<String> headerWidth,
			ToDoubleFunction<String> cellWidth) {
		int n = table.headers.size();
		float[] min = new float[n];
		float[] wanted = new float[n];
		for (int c = 0; c < n; c++) {
			float header = (float) headerWidth.applyAsDouble(table.headers.get(c));
			float figures = 0;
			float text = 0;
			for (List<Object> row : rowsWithTotal(table)) {
				Object value = row.get(c);
				float w = (float) cellWidth.applyAsDouble(PdfTable.text(value));
				if (PdfTable.isRightAligned(value) || value instanceof java.time.LocalDate) {
					figures = Math.max(figures, w);
				}
				else {
					text = Math.max(text, w);
				}
			}
			// half the heading plus one character: its longer half when it breaks in two
			float twoLines = header / 2 + (float) headerWidth.applyAsDouble("あ");
			min[c] = Math.max(Math.max(twoLines, figures), (float) cellWidth.applyAsDouble("あ") * 2) + PADDING;
			wanted[c] = Math.max(min[c], Math.max(header, Math.min(text, available * TEXT_SHARE)) + PADDING);
		}
		float sumMin = sum(min);
		float sumWanted = sum(wanted);
		float[] widths = new float[n];
		for (int c = 0; c < n; c++) {
			if (sumWanted <= available) {
				widths[c] = wanted[c] + (available - sumWanted) * wanted[c] / sumWanted;
			}
			else if (sumMin <= available) {
				widths[c] = min[c] + (wanted[c] - min[c]) * (available - sumMin) / (sumWanted - sumMin);
			}
			else {
				widths[c] = min[c] * available / sumMin;
			}
		}
		return widths;
	}

	private static List<List<Object>> rowsWithTotal(PdfTable table) {
		if (table.total == null) {
			return table.rows;
		}
		List<List<Object>> all = new java.util.ArrayList<>(table.rows);
		all.add(table.total);
		return all;
	}

	private static float sum(float[] values) {
		float s = 0;
		for (float v : values) {
			s += v;
		}
		return s;
	}

}
