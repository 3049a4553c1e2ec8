package jp.kyoten.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A report as PDF on A4 landscape with the Japanese font embedded (Noto Sans CJK JP from Debian's fonts-noto-cjk,
 * subset to the characters used), so that it reads the same on any machine. The font file is read once.
 */
final class PdfReport {

	/** Where Debian's fonts-noto-cjk puts the font; ",0" is Noto Sans CJK JP within the collection. */
	static final List<Path> FONT_FILES = List.of(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
			Path.of("/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc"));

	private static volatile BaseFont font;

	private PdfReport() {
	}

	static byte[] write(ReportDocument doc) {
		BaseFont base = font();
		Font title = new Font(base, 14, Font.BOLD);
		Font heading = new Font(base, 11, Font.BOLD);
		Font text = new Font(base, 8);
		Font header = new Font(base, 8, Font.BOLD);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document pdf = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
		try {
			PdfWriter.getInstance(pdf, out);
			pdf.addTitle(doc.title());
			pdf.open();
			pdf.add(new Paragraph(doc.title(), title));
			for (String line : doc.subtitle()) {
				pdf.add(new Paragraph(line, text));
			}
			for (ReportDocument.Section section : doc.sections()) {
				Paragraph h = new Paragraph(section.heading(), heading);
				h.setSpacingBefore(10);
				h.setSpacingAfter(4);
				pdf.add(h);
				if (section.isText()) {
					pdf.add(new Paragraph(section.text(), text));
					continue;
				}
				PdfPTable table = new PdfPTable(widths(section));
				table.setWidthPercentage(100);
				table.setHeaderRows(1);
				for (String column : section.columns()) {
					PdfPCell cell = new PdfPCell(new Phrase(column, header));
					cell.setGrayFill(0.9f);
					table.addCell(cell);
				}
				for (List<Object> row : section.rows()) {
					for (Object value : row) {
						PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value.toString(), text));
						if (value instanceof Number || value instanceof ReportDocument.Percent) {
							cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
						}
						table.addCell(cell);
					}
				}
				if (section.rows().isEmpty()) {
					table.completeRow();
				}
				pdf.add(table);
			}
			pdf.close();
			return out.toByteArray();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("PDF could not be written", ex);
		}
	}

	/** Relative column widths from the longest text in each column, so that names wrap less than flags. */
	static float[] widths(ReportDocument.Section section) {
		float[] widths = new float[section.columns().size()];
		for (int c = 0; c < widths.length; c++) {
			int longest = section.columns().get(c).length() / 2;
			for (List<Object> row : section.rows()) {
				Object v = row.get(c);
				longest = Math.max(longest, v == null ? 0 : v.toString().length());
			}
			widths[c] = Math.clamp(longest, 3, 16);
		}
		return widths;
	}

	private static BaseFont font() {
		if (font == null) {
			synchronized (PdfReport.class) {
				if (font == null) {
					Path file = FONT_FILES.stream()
						.filter(Files::isReadable)
						.findFirst()
						.orElseThrow(() -> new IllegalStateException(
								"Japanese font missing: install fonts-noto-cjk (" + FONT_FILES.get(0) + ")"));
					try {
						font = BaseFont.createFont(file + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			}
		}
		return font;
	}

}
