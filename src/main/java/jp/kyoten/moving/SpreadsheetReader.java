package jp.kyoten.moving;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a hub's spreadsheet row by row, whatever it is: xlsx with POI's streaming event
 * model (a sheet of 100,000 rows never sits in memory), xls with POI's HSSF (the format
 * holds 65,536 rows at most), CSV or TSV in UTF-8 (with or without BOM) or Shift_JIS
 * (cp932, which has ㈱ and ①). Every cell arrives as text: a date-formatted cell as
 * {@code 2025-04-01}, a whole number without grouping or exponent (a 法人番号 typed as a
 * number stays 13 digits).
 * <p>
 * Neither Commons CSV nor a charset detector (ICU4J, juniversalchardet) is in the offline
 * repository this build uses, so the CSV grammar (RFC 4180: quotes, doubled quotes, line
 * breaks in quotes) and the detection (a strict UTF-8 decoder over the whole file:
 * Shift_JIS text is almost never valid UTF-8) are here, small and tested.
 */
public final class SpreadsheetReader {

	/**
	 * Called for every row that has a cell; {@code rowNumber} counts from 1 as Excel
	 * shows it.
	 */
	public interface RowHandler {

		/**
		 * @return false to stop reading
		 */
		boolean row(int rowNumber, List<String> cells);

	}

	public enum Format {

		XLSX, XLS, CSV;

		public static Format of(String fileName) {
			String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
			if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
				return XLSX;
			}
			if (name.endsWith(".xls")) {
				return XLS;
			}
			if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
				return CSV;
			}
			throw new CellProblem("moving.problem.format", fileName);
		}

	}

	public enum Encoding {

		AUTO, UTF_8, SHIFT_JIS;

		public Charset charset() {
			return this == SHIFT_JIS ? Charset.forName("windows-31j") : StandardCharsets.UTF_8;
		}

	}

	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

	private SpreadsheetReader() {
	}

	/** UTF-8 when the whole file decodes as UTF-8 without error, else Shift_JIS. */
	public static Encoding detect(Path file) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (InputStream in = Files.newInputStream(file)) {
			ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
			CharBuffer chars = CharBuffer.allocate(64 * 1024);
			int n;
			while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
				bytes.position(bytes.position() + n);
				bytes.flip();
				CoderResult result = decoder.decode(bytes, chars, false);
				if (result.isError()) {
					return Encoding.SHIFT_JIS;
				}
				chars.clear();
				bytes.compact();
			}
			bytes.flip();
			if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
				return Encoding.SHIFT_JIS;
			}
			return Encoding.UTF_8;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The names of the sheets, in order; a CSV has one, named for nothing. */
	public static List<String> sheetNames(Path file, Format format) {
		try {
			switch (format) {
				case XLSX -> {
					try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
						XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg)
							.getSheetsData();
						List<String> names = new ArrayList<>();
						while (sheets.hasNext()) {
							sheets.next().close();
							names.add(sheets.getSheetName());
						}
						return names;
					}
				}
				case XLS -> {
					try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
						List<String> names = new ArrayList<>();
						wb.forEach(s -> names.add(s.getSheetName()));
						return names;
					}
				}
				default -> {
					return List.of("CSV");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new CellProblem("moving.problem.unreadable", ex.getClass().getSimpleName());
		}
	}

	/**
	 * Reads the sheet (0 for the first; a CSV's only) row by row until the handler says
	 * stop.
	 */
	public static void read(Path file, Format format, Encoding encoding, int sheet, RowHandler handler) {
		try {
			switch (format) {
				case XLSX -> readXlsx(file, sheet, handler);
				case XLS -> readXls(file, sheet, handler);
				case CSV -> readCsv(file, encoding == Encoding.AUTO ? detect(file) : encoding, handler);
			}
		}
		catch (Stop stop) {
			// the handler has what it wanted
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (CellProblem | UncheckedIOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new CellProblem("moving.problem.unreadable", ex.getClass().getSimpleName());
		}
	}

	private static void readXlsx(Path file, int sheet, RowHandler handler) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			int index = 0;
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					if (index++ != sheet) {
						continue;
					}
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler),
							new TextFormatter(), false));
					parser.parse(new InputSource(in));
					return;
				}
			}
		}
	}

	/**
	 * Collects one row's cells from the event stream (empty cells leave gaps, which stay
	 * empty strings).
	 */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		Rows(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (!cells.isEmpty() && !handler.row(rowNum + 1, List.copyOf(cells))) {
				throw new Stop();
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value);
		}

	}

	/**
	 * Dates as ISO days, whole numbers as they are (no grouping, no exponent); the rest
	 * as Excel shows it.
	 */
	private static final class TextFormatter extends DataFormatter {

		TextFormatter() {
			super(Locale.JAPAN);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904);
		}

	}

	private static void readXls(Path file, int sheetIndex, RowHandler handler) throws IOException {
		TextFormatter formatter = new TextFormatter();
		try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = wb.getSheetAt(sheetIndex);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(text(row.getCell(c), formatter));
				}
				if (!handler.row(row.getRowNum() + 1, cells)) {
					return;
				}
			}
		}
	}

	private static String text(Cell cell, TextFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
					cell.getCellStyle().getDataFormatString(), false);
		}
		if (type == CellType.STRING) {
			return cell.getRichStringCellValue().getString();
		}
		if (type == CellType.BOOLEAN) {
			return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
		}
		return "";
	}

	private static void readCsv(Path file, Encoding encoding, RowHandler handler) throws IOException {
		try (Reader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
				encoding.charset()
					.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE)),
				64 * 1024)) {
			in.mark(1);
			if (in.read() != '\uFEFF') {
				in.reset();
			}
			parseCsv(in, handler);
		}
		catch (CharacterCodingException ex) {
			throw new CellProblem("moving.problem.encoding", encoding.name());
		}
	}

	/**
	 * RFC 4180 with either a comma or, when the first line has a tab and no comma, a tab
	 * between fields.
	 */
	static void parseCsv(Reader reader, RowHandler handler) throws IOException {
		BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
		// the first line, read ahead and given back, chooses the separator
		in.mark(65_537);
		StringBuilder first = new StringBuilder();
		for (int c = in.read(); c >= 0 && c != '\n' && first.length() < 65_536; c = in.read()) {
			first.append((char) c);
		}
		in.reset();
		char separator = first.indexOf("\t") >= 0 && first.indexOf(",") < 0 ? '\t' : ',';
		parseWith(in, separator, handler);
	}

	private static void parseWith(BufferedReader in, char separator, RowHandler handler) throws IOException {
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int rowNumber = 1;
		int c;
		boolean any = false;
		while ((c = in.read()) >= 0) {
			char ch = (char) c;
			any = true;
			if (quoted) {
				if (ch == '"') {
					in.mark(1);
					int next = in.read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						if (next >= 0) {
							in.reset();
						}
					}
				}
				else {
					field.append(ch);
				}
				continue;
			}
			if (ch == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (ch == separator) {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (ch == '\n') {
				row.add(stripCr(field));
				field.setLength(0);
				if (!(row.size() == 1 && row.getFirst().isEmpty()) && !handler.row(rowNumber, List.copyOf(row))) {
					return;
				}
				row.clear();
				rowNumber++;
				any = false;
			}
			else {
				field.append(ch);
			}
		}
		if (any) {
			row.add(stripCr(field));
			if (!(row.size() == 1 && row.getFirst().isEmpty())) {
				handler.row(rowNumber, List.copyOf(row));
			}
		}
	}

	private static String stripCr(StringBuilder field) {
		int n = field.length();
		return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
	}

}
