package jp.kyoten.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.pdf.OfficialPdf;
import jp.kyoten.platform.pdf.PdfDocuments;
import jp.kyoten.platform.pdf.PdfTable;

/**
 * A report as PDF on A4 landscape, on the platform's PDF kit: title block with the hub,
 * 作成日 in 和暦 and 西暦 and the boxes the prefecture stamps (担当・確認・承認・県受付), then each section
 * as a heading and a table (figures right-aligned with separators) or a text.
 */
@Component
class PdfReport {

	private final PdfDocuments documents;

	private final MessageSource messages;

	PdfReport(PdfDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	byte[] write(ReportDocument doc, LocalDate createdOn) {
		OfficialPdf pdf = documents.landscape(doc.title())
			.hub(doc.hub())
			.createdOn(createdOn)
			.stampBoxes(m("report.stamp.staff"), m("report.stamp.checked"), m("report.stamp.approved"),
					m("report.stamp.received"));
		if (!doc.subtitle().isEmpty()) {
			pdf.period(String.join("　", doc.subtitle()));
		}
		for (ReportDocument.Section section : doc.sections()) {
			pdf.heading(section.heading());
			if (section.isText()) {
				pdf.text(section.text().isBlank() ? m("report.none") : section.text());
				continue;
			}
			PdfTable table = PdfTable.withColumns(section.columns()).whenEmpty(m("report.none"));
			for (List<Object> row : section.rows()) {
				table.row(row.stream().map(PdfReport::cell).toList());
			}
			pdf.table(table);
		}
		return pdf.toPdf();
	}

	private static Object cell(Object value) {
		return value instanceof ReportDocument.Percent p ? PdfTable.right(p.toString()) : value;
	}

	private String m(String key) {
		return messages.getMessage(key, null, Locale.JAPANESE);
	}

}
