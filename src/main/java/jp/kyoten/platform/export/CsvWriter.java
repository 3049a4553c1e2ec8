package jp.kyoten.platform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, or Shift_JIS (as
 * Windows-31J, which knows ㈱ and ①) on request; RFC 4180 quoting with CRLF line ends; and
 * no cell that Excel would run as a formula (a leading {@code = + - @}, tab or CR gets a
 * quote character first: CSV injection). Streams: rows go out as they are written.
 */
public final class CsvWriter implements AutoCloseable {

	/** The encodings offered to users; labels are messages {@code csv.encoding.X}. */
	public enum Encoding {

		UTF_8, SHIFT_JIS;

		/**
		 * {@code Shift_JIS}, {@code sjis}, {@code windows-31j} … choose Shift_JIS;
		 * anything else UTF-8.
		 */
		public static Encoding of(String requested) {
			if (requested == null) {
				return UTF_8;
			}
			String r = requested.toLowerCase(Locale.ROOT).replace("-", "_");
			return r.equals("shift_jis") || r.equals("sjis") || r.equals("windows_31j") || r.equals("ms932") ? SHIFT_JIS
					: UTF_8;
		}

		public String contentType() {
			return "text/csv; charset=" + (this == UTF_8 ? "UTF-8" : "Shift_JIS");
		}

		Charset charset() {
			return this == UTF_8 ? StandardCharsets.UTF_8 : Charset.forName("windows-31j");
		}

	}

	private final Writer out;

	private final Encoding encoding;

	public CsvWriter(OutputStream stream, Encoding encoding) {
		this.encoding = encoding;
		CharsetEncoder encoder = encoding.charset()
			.newEncoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		this.out = new BufferedWriter(new OutputStreamWriter(stream, encoder));
		if (encoding == Encoding.UTF_8) {
			write("\uFEFF");
		}
	}

	public CsvWriter row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	public CsvWriter row(List<?> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		write(line.append("\r\n").toString());
		return this;
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	/**
	 * Characters Unicode and Windows-31J name differently (the JIS X 0208 mapping of
	 * Java's "Shift_JIS" against Microsoft's): 〜 ‖ − ¢ £ ¬ — as Excel on Japanese Windows
	 * reads them (～ ∥ － ￠ ￡ ￢ ―), instead of "?".
	 */
	static String windows31j(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char mapped = switch (c) {
				case '\u301C' -> '\uFF5E';
				case '\u2016' -> '\u2225';
				case '\u2212' -> '\uFF0D';
				case '\u00A2' -> '\uFFE0';
				case '\u00A3' -> '\uFFE1';
				case '\u00AC' -> '\uFFE2';
				case '\u2014' -> '\u2015';
				default -> c;
			};
			if (mapped != c && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(mapped);
			}
		}
		return out == null ? text : out.toString();
	}

	private void write(String s) {
		try {
			out.write(encoding == Encoding.SHIFT_JIS ? windows31j(s) : s);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
