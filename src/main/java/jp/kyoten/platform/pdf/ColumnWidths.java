package jp.kyoten.platform.pdf;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Column widths for a table on a given width: every heading on at most two lines (a
 * Japanese heading breaks between any two characters, so a narrow column stacks it one
 * character a line), every figure on one line, and the rest of the width to the text
 * columns by how much text they hold.
 */
final class ColumnWidths {

	/** Cell padding left and right plus the border, in points. */
	static final float PADDING = 8;

	/**
	 * A text column asks for at most this share of the table, however long its longest
	 * cell.
	 */
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
		// three ever wider layouts: headings on two lines and texts squeezed; texts on
		// one line (up to a share of
		// the table); headings on one line too. The widest that fits is taken, the next
		// one as far as it fits.
		float[][] tiers = new float[3][n];
		boolean[] isText = new boolean[n];
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
			isText[c] = text > figures;
			// half the heading plus one character: its longer half when it breaks in two
			float twoLines = header / 2 + (float) headerWidth.applyAsDouble("あ");
			float squeezed = Math.max(Math.max(twoLines, figures), (float) cellWidth.applyAsDouble("あ") * 2) + PADDING;
			tiers[0][c] = squeezed;
			tiers[1][c] = Math.max(squeezed, Math.min(text, available * TEXT_SHARE) + PADDING);
			tiers[2][c] = Math.max(tiers[1][c], header + PADDING);
		}
		float[] widths = new float[n];
		if (sum(tiers[0]) > available) {
			for (int c = 0; c < n; c++) {
				widths[c] = tiers[0][c] * available / sum(tiers[0]);
			}
			return widths;
		}
		int tier = sum(tiers[2]) <= available ? 2 : sum(tiers[1]) <= available ? 1 : 0;
		float[] base = tiers[tier];
		float left = available - sum(base);
		if (tier < 2) {
			float[] next = tiers[tier + 1];
			float gain = Math.max(sum(next) - sum(base), 1e-3f);
			for (int c = 0; c < n; c++) {
				widths[c] = base[c] + (next[c] - base[c]) * left / gain;
			}
			return widths;
		}
		// everything fits on one line: the rest of the width goes to the text columns,
		// which read better wide
		float textWidth = 0;
		for (int c = 0; c < n; c++) {
			textWidth += isText[c] ? base[c] : 0;
		}
		for (int c = 0; c < n; c++) {
			widths[c] = base[c]
					+ (textWidth == 0 ? left * base[c] / sum(base) : isText[c] ? left * base[c] / textWidth : 0);
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
