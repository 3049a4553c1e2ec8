package jp.kyoten.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * One document to hand to an official, built top to bottom and written by
 * {@link #toPdf()}. Obtain it from {@link PdfDocuments#portrait(String)} or
 * {@link PdfDocuments#landscape(String)}.
 * <p>
 * The first page opens with the title block: the addressee ({@link #addressee}) on the
 * left, the stamp boxes ({@link #stampBoxes}) and 作成日 in 和暦 and 西暦 ({@link #createdOn})
 * and the hub ({@link #hub}) on the right, the title and the period ({@link #period})
 * centred. Then the blocks in the order added: {@link #heading}, {@link #text},
 * {@link #note}, {@link #table} and {@link #fillIn} lines. Every page ends with 「1 / 3」
 * and later pages repeat the title and hub at the top; a table's headings repeat on every
 * page it spans. All text is in the one embedded Japanese font.
 */
public final class OfficialPdf {

	private static final float TITLE = 15;

	private static final float HEADING = 11;

	private final JapaneseFont font;

	private final Layout layout;

	private final String title;

	private final Set<Integer> codePoints = new TreeSet<>();

	private final List<Consumer<Writer>> blocks = new ArrayList<>();

	private String hub;

	private String period;

	private String addressee;

	private LocalDate createdOn;

	private List<String> stampRoles = List.of();

	enum Layout {

		PORTRAIT(com.lowagie.text.PageSize.A4, 10, 9), LANDSCAPE(com.lowagie.text.PageSize.A4.rotate(), 9, 8);

		final Rectangle page;

		final float text;

		final float cell;

		Layout(Rectangle page, float text, float cell) {
			this.page = page;
			this.text = text;
			this.cell = cell;
		}

	}

	record Labels(String createdOn) {
	}

	private final Labels labels;

	OfficialPdf(JapaneseFont font, Labels labels, Layout layout, String title) {
		this.font = font;
		this.labels = labels;
		used(labels.createdOn());
		this.layout = layout;
		this.title = used(title);
		used("0123456789 /／—：（）年月日元");
	}

	/** The hub issuing the document, printed under 作成日 and at the top of later pages. */
	public OfficialPdf hub(String name) {
		this.hub = used(name);
		return this;
	}

	/** The period the document covers, as officials write it (令和8年4月（2026年4月）, 令和8年度). */
	public OfficialPdf period(String text) {
		this.period = used(text);
		return this;
	}

	/** To whom it goes (熊本県 商工観光労働部 御中), top left. */
	public OfficialPdf addressee(String text) {
		this.addressee = used(text);
		return this;
	}

	/** 作成日, printed as 令和8年12月6日（2026年12月6日）. */
	public OfficialPdf createdOn(LocalDate day) {
		this.createdOn = day;
		used(JapaneseDates.both(day));
		return this;
	}

	/**
	 * Empty boxes to stamp, headed by role (担当, 確認, 承認), at the top right of the first
	 * page.
	 */
	public OfficialPdf stampBoxes(String... roles) {
		this.stampRoles = List.of(roles);
		for (String role : roles) {
			used(role);
		}
		return this;
	}

	public OfficialPdf heading(String text) {
		return paragraph(text, w -> w.heading, 10, 4);
	}

	/** A paragraph; line breaks in the text are kept. */
	public OfficialPdf text(String text) {
		return paragraph(text, w -> w.text, 0, 0);
	}

	/** Small print: explanations, the privacy note. */
	public OfficialPdf note(String text) {
		return paragraph(text, w -> w.small, 2, 0);
	}

	private OfficialPdf paragraph(String text, java.util.function.Function<Writer, Font> font, float before,
			float after) {
		String t = used(text == null ? "" : text);
		blocks.add(w -> {
			Paragraph p = new Paragraph(t, font.apply(w));
			p.setSpacingBefore(before);
			p.setSpacingAfter(after);
			w.add(p);
		});
		return this;
	}

	/** Lines to fill in by hand, one per label: 「選んだ日：＿＿＿＿」. */
	public OfficialPdf fillIn(String... labels) {
		for (String label : labels) {
			used(label);
		}
		blocks.add(w -> {
			float widest = 0;
			for (String l : labels) {
				widest = Math.max(widest, w.base.getWidthPoint(l, layout.text));
			}
			float width = w.contentWidth();
			float labelWidth = Math.min(widest + ColumnWidths.PADDING, width / 2);
			PdfPTable lines = new PdfPTable(new float[] { labelWidth, width - labelWidth });
			lines.setWidthPercentage(100);
			lines.setSpacingBefore(8);
			for (String label : labels) {
				PdfPCell name = new PdfPCell(new Phrase(label, w.text));
				name.setBorder(Rectangle.NO_BORDER);
				name.setFixedHeight(24);
				name.setVerticalAlignment(Element.ALIGN_BOTTOM);
				PdfPCell line = new PdfPCell(new Phrase(" ", w.text));
				line.setBorder(Rectangle.BOTTOM);
				line.setFixedHeight(24);
				lines.addCell(name);
				lines.addCell(line);
			}
			w.add(lines);
		});
		return this;
	}

	public OfficialPdf table(PdfTable table) {
		table.headers.forEach(this::used);
		table.rows.forEach(r -> r.forEach(v -> used(PdfTable.text(v))));
		if (table.total != null) {
			table.total.forEach(v -> used(PdfTable.text(v)));
		}
		used(table.whenEmpty);
		blocks.add(w -> w.add(w.table(table)));
		return this;
	}

	/** The document as PDF bytes. */
	public byte[] toPdf() {
		Writer w = new Writer(font.forDocument(codePoints));
		return w.write();
	}

	private String used(String text) {
		if (text != null) {
			text.codePoints().forEach(codePoints::add);
		}
		return text;
	}

	/**
	 * One rendering: the fonts of this document and the OpenPDF document being written.
	 */
	private final class Writer {

		final BaseFont base;

		final Font titleFont;

		final Font heading;

		final Font text;

		final Font small;

		final Font cell;

		final Font header;

		private Document document;

		Writer(BaseFont base) {
			this.base = base;
			this.titleFont = new Font(base, TITLE, Font.BOLD);
			this.heading = new Font(base, HEADING, Font.BOLD);
			this.text = new Font(base, layout.text);
			this.small = new Font(base, layout.text - 2);
			this.cell = new Font(base, layout.cell);
			this.header = new Font(base, layout.cell, Font.BOLD);
		}

		byte[] write() {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document = new Document(layout.page, 36, 36, 40, 40);
			try {
				PdfWriter writer = PdfWriter.getInstance(document, out);
				writer.setPageEvent(new PageFrame());
				document.addTitle(title);
				document.addCreator("Kyoten");
				document.open();
				titleBlock();
				blocks.forEach(b -> b.accept(this));
				document.close();
			}
			catch (DocumentException ex) {
				throw new IllegalStateException("PDF could not be written: " + title, ex);
			}
			return out.toByteArray();
		}

		void add(Element element) {
			try {
				document.add(element);
			}
			catch (DocumentException ex) {
				throw new IllegalStateException("PDF could not be written: " + title, ex);
			}
		}

		float contentWidth() {
			return document.right() - document.left();
		}

		private void titleBlock() {
			PdfPTable top = new PdfPTable(new float[] { 1, 1 });
			top.setWidthPercentage(100);
			PdfPCell left = new PdfPCell();
			left.setBorder(Rectangle.NO_BORDER);
			left.setVerticalAlignment(Element.ALIGN_BOTTOM);
			if (addressee != null) {
				left.addElement(new Paragraph(addressee, text));
			}
			PdfPCell right = new PdfPCell();
			right.setBorder(Rectangle.NO_BORDER);
			if (!stampRoles.isEmpty()) {
				right.addElement(stampTable());
			}
			if (createdOn != null) {
				right.addElement(rightAligned(labels.createdOn() + "　" + JapaneseDates.both(createdOn), text));
			}
			if (hub != null) {
				right.addElement(rightAligned(hub, text));
			}
			top.addCell(left);
			top.addCell(right);
			add(top);
			Paragraph t = new Paragraph(title, titleFont);
			t.setAlignment(Element.ALIGN_CENTER);
			t.setSpacingBefore(8);
			add(t);
			if (period != null) {
				Paragraph p = new Paragraph(period, text);
				p.setAlignment(Element.ALIGN_CENTER);
				add(p);
			}
			Paragraph gap = new Paragraph(" ", small);
			add(gap);
		}

		private Paragraph rightAligned(String line, Font f) {
			Paragraph p = new Paragraph(line, f);
			p.setAlignment(Element.ALIGN_RIGHT);
			return p;
		}

		private PdfPTable stampTable() {
			PdfPTable stamps = new PdfPTable(stampRoles.size());
			stamps.setTotalWidth(52f * stampRoles.size());
			stamps.setLockedWidth(true);
			stamps.setHorizontalAlignment(Element.ALIGN_RIGHT);
			stamps.setSpacingAfter(6);
			for (String role : stampRoles) {
				PdfPCell c = new PdfPCell(new Phrase(role, small));
				c.setHorizontalAlignment(Element.ALIGN_CENTER);
				c.setGrayFill(0.92f);
				stamps.addCell(c);
			}
			for (int i = 0; i < stampRoles.size(); i++) {
				PdfPCell box = new PdfPCell(new Phrase(" ", small));
				box.setFixedHeight(48);
				stamps.addCell(box);
			}
			return stamps;
		}

		PdfPTable table(PdfTable t) {
			float[] widths = ColumnWidths.of(t, contentWidth(), s -> base.getWidthPoint(s, layout.cell) * 1.05,
					s -> base.getWidthPoint(s, layout.cell));
			PdfPTable table = new PdfPTable(widths);
			table.setWidthPercentage(100);
			table.setHeaderRows(1);
			table.setSpacingBefore(2);
			for (String h : t.headers) {
				PdfPCell c = new PdfPCell(new Phrase(h, header));
				c.setGrayFill(0.9f);
				c.setHorizontalAlignment(Element.ALIGN_CENTER);
				c.setVerticalAlignment(Element.ALIGN_MIDDLE);
				c.setPaddingBottom(4);
				table.addCell(c);
			}
			for (List<Object> row : t.rows) {
				cells(table, row, false);
			}
			if (t.total != null) {
				cells(table, t.total, true);
			}
			if (t.rows.isEmpty() && t.total == null) {
				PdfPCell none = new PdfPCell(new Phrase(t.whenEmpty, cell));
				none.setColspan(t.headers.size());
				none.setHorizontalAlignment(Element.ALIGN_CENTER);
				table.addCell(none);
			}
			return table;
		}

		private void cells(PdfPTable table, List<Object> row, boolean total) {
			for (Object value : row) {
				PdfPCell c = new PdfPCell(new Phrase(PdfTable.text(value), total ? header : cell));
				c.setHorizontalAlignment(PdfTable.isRightAligned(value) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
				c.setVerticalAlignment(Element.ALIGN_MIDDLE);
				c.setPaddingBottom(4);
				if (total) {
					c.setGrayFill(0.95f);
				}
				table.addCell(c);
			}
		}

		/**
		 * 「1 / 3」 at the foot of every page (the total is drawn once known) and the title
		 * at the top of later ones.
		 */
		private final class PageFrame extends PdfPageEventHelper {

			private PdfTemplate total;

			@Override
			public void onOpenDocument(PdfWriter writer, Document doc) {
				total = writer.getDirectContent().createTemplate(40, 12);
			}

			@Override
			public void onEndPage(PdfWriter writer, Document doc) {
				PdfContentByte canvas = writer.getDirectContent();
				float size = layout.text - 1;
				String page = writer.getPageNumber() + " / ";
				float centre = (doc.left() + doc.right()) / 2;
				float y = doc.bottom() - 20;
				canvas.beginText();
				canvas.setFontAndSize(base, size);
				canvas.showTextAligned(Element.ALIGN_RIGHT, page, centre, y, 0);
				canvas.endText();
				canvas.addTemplate(total, centre, y);
				if (writer.getPageNumber() > 1) {
					String running = hub == null ? title : title + "　" + hub;
					canvas.beginText();
					canvas.setFontAndSize(base, size);
					canvas.showTextAligned(Element.ALIGN_RIGHT, running, doc.right(), doc.top() + 16, 0);
					canvas.endText();
				}
			}

			@Override
			public void onCloseDocument(PdfWriter writer, Document doc) {
				total.beginText();
				total.setFontAndSize(base, layout.text - 1);
				// closing has already turned to a page that will never be written
				total.showText(String.valueOf(writer.getPageNumber() - 1));
				total.endText();
			}

		}

	}

}
