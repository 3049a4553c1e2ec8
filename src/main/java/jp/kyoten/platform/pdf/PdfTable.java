package jp.kyoten.platform.pdf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A table of an {@link OfficialPdf}: column headings, rows and an optional total row.
 * Cells are given as values and laid out by kind: an integer or decimal is a figure
 * (right-aligned, grouped by thousands: 1,234,567), a {@link LocalDate} a date
 * (2026/04/01), a {@link #right(String)} text right-aligned (85.0 %), anything else text
 * (left-aligned, wrapping). A year is text, never a figure: pass {@code "2026"}, not
 * {@code 2026}. Column widths are chosen at rendering so that no heading wraps to more
 * than two lines and no figure wraps.
 */
public final class PdfTable {

	/** A right-aligned text cell, such as a percentage. */
	public record Right(String text) {
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

	final List<String> headers;

	final List<List<Object>> rows = new ArrayList<>();

	List<Object> total;

	String whenEmpty = "";

	private PdfTable(List<String> headers) {
		this.headers = List.copyOf(headers);
	}

	public static PdfTable withColumns(String... headers) {
		return new PdfTable(Arrays.asList(headers));
	}

	public static PdfTable withColumns(List<String> headers) {
		return new PdfTable(headers);
	}

	public static Right right(String text) {
		return new Right(text);
	}

	/** One row, a value per column ({@code null} prints as empty). */
	public PdfTable row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	public PdfTable row(List<?> cells) {
		if (cells.size() != headers.size()) {
			throw new IllegalArgumentException(cells.size() + " cells for " + headers.size() + " columns");
		}
		rows.add(new ArrayList<>(cells));
		return this;
	}

	/** The total row, printed last on a grey ground. */
	public PdfTable total(Object... cells) {
		if (cells.length != headers.size()) {
			throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
		}
		total = Arrays.asList(cells);
		return this;
	}

	/** What to print across the table when it has no rows (該当なし). */
	public PdfTable whenEmpty(String text) {
		whenEmpty = text;
		return this;
	}

	/** The text of a cell as printed. */
	static String text(Object value) {
		return switch (value) {
			case null -> "";
			case Right r -> r.text() == null ? "" : r.text();
			case Integer i -> integers().format(i);
			case Long l -> integers().format(l);
			case Short s -> integers().format(s);
			case BigInteger b -> integers().format(b);
			case BigDecimal d -> decimals(Math.max(d.scale(), 0)).format(d);
			case Double d -> decimals(1).format(d);
			case Float f -> decimals(1).format(f);
			case LocalDate d -> DATE.format(d);
			default -> value.toString();
		};
	}

	static boolean isRightAligned(Object value) {
		return value instanceof Number || value instanceof Right;
	}

	private static DecimalFormat integers() {
		return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.JAPAN));
	}

	private static DecimalFormat decimals(int scale) {
		return new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
				DecimalFormatSymbols.getInstance(Locale.JAPAN));
	}

}
