package jp.kyoten.matching;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.time.HubTime;

/**
 * The selection sheet printed for the company (A4, Japanese font embedded): the need, the eligible registered
 * agencies in the sheet's recorded order with a box to tick, and lines for who chose, when and how.
 */
@Component
class SelectionSheetPdf {

	private final MatchingSettings settings;

	private final MessageSource messages;

	private final Hubs hubs;

	SelectionSheetPdf(MatchingSettings settings, MessageSource messages, Hubs hubs) {
		this.settings = settings;
		this.messages = messages;
		this.hubs = hubs;
	}

	/** @throws IllegalStateException when the configured font is missing (install fonts-noto-cjk) */
	byte[] render(long hubId, NeedView need, SheetView sheet) {
		if (!Files.isReadable(settings.fontFile())) {
			throw new IllegalStateException("Japanese font for PDF not found: " + settings.pdfFont()
					+ " (apt-get install fonts-noto-cjk, or set kyoten.matching.pdf-font)");
		}
		Locale ja = Locale.JAPANESE;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
		try {
			BaseFont base = BaseFont.createFont(settings.pdfFont(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			Font title = new Font(base, 16, Font.BOLD);
			Font text = new Font(base, 10);
			Font small = new Font(base, 8);
			PdfWriter.getInstance(doc, out);
			doc.addTitle(msg("sheet.title", ja));
			doc.open();
			Paragraph heading = new Paragraph(msg("sheet.title", ja), title);
			heading.setAlignment(Element.ALIGN_CENTER);
			doc.add(heading);
			doc.add(new Paragraph(hubs.nameOf(hubId) + "　" + msg("sheet.madeOn", ja) + " "
					+ DateTimeFormatter.ISO_LOCAL_DATE.format(sheet.createdAt().atZone(HubTime.ZONE)), small));
			doc.add(new Paragraph(" ", text));
			doc.add(new Paragraph(msg("sheet.company", ja) + "：" + need.companyName() + "　様", text));
			doc.add(new Paragraph(msg("need.title", ja) + "：" + need.title(), text));
			doc.add(new Paragraph(msg("need.jobCategory", ja) + "：" + msg("jobCategory." + need.jobCategory(), ja)
					+ "　" + msg("need.employmentForm", ja) + "：" + msg("employmentForm." + need.employmentForm(), ja),
					text));
			doc.add(new Paragraph(" ", text));
			doc.add(new Paragraph(msg("sheet.explain", ja), small));
			doc.add(new Paragraph(msg("sheet.orderNote", ja) + "（" + sheet.ordering() + "）", small));
			doc.add(new Paragraph(" ", text));
			PdfPTable table = new PdfPTable(new float[] { 6, 30, 44, 20 });
			table.setWidthPercentage(100);
			for (String h : new String[] { "sheet.no", "sheet.agency", "sheet.agencyDescription", "sheet.choose" }) {
				PdfPCell cell = new PdfPCell(new Phrase(msg(h, ja), text));
				cell.setGrayFill(0.9f);
				table.addCell(cell);
			}
			for (SheetView.SheetAgency a : sheet.agencies()) {
				table.addCell(new Phrase(String.valueOf(a.position()), text));
				table.addCell(new Phrase(a.name() + "\n" + msg("sheet.licence", ja) + " " + a.licenceNumber(), text));
				table.addCell(new Phrase(a.description() == null ? "" : a.description(), small));
				table.addCell(new Phrase("□ " + msg("sheet.chosen", ja), text));
			}
			doc.add(table);
			doc.add(new Paragraph(" ", text));
			doc.add(new Paragraph(msg("sheet.chosenOnLine", ja), text));
			doc.add(new Paragraph(msg("sheet.chosenByLine", ja), text));
			doc.add(new Paragraph(msg("sheet.methodLine", ja), text));
			doc.add(new Paragraph(" ", text));
			doc.add(new Paragraph(msg("sheet.privacy", ja), small));
			doc.close();
		}
		catch (java.io.IOException | com.lowagie.text.DocumentException ex) {
			throw new IllegalStateException("selection sheet PDF", ex);
		}
		return out.toByteArray();
	}

	/** The sheet is a document for the company: always in Japanese. */
	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	static String fileName(NeedView need, LocalDate day) {
		return "selection-sheet-" + need.id() + "-" + day + ".pdf";
	}

}
