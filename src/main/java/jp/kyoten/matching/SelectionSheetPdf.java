package jp.kyoten.matching;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.pdf.OfficialPdf;
import jp.kyoten.platform.pdf.PdfDocuments;
import jp.kyoten.platform.pdf.PdfTable;

/**
 * The selection sheet printed for the company (A4 portrait, on the platform's PDF kit):
 * addressed to the company, the need, the eligible registered agencies in the sheet's
 * recorded order with their contact and a box to tick, how the order came about, and
 * lines for when, who and how the company chose.
 */
@Component
class SelectionSheetPdf {

	private final PdfDocuments documents;

	private final MessageSource messages;

	private final Hubs hubs;

	SelectionSheetPdf(PdfDocuments documents, MessageSource messages, Hubs hubs) {
		this.documents = documents;
		this.messages = messages;
		this.hubs = hubs;
	}

	/**
	 * @throws IllegalStateException when the configured font is missing (install
	 * fonts-noto-cjk)
	 */
	byte[] render(long hubId, NeedView need, SheetView sheet) {
		PdfTable agencies = PdfTable.withColumns(msg("sheet.no"), msg("sheet.agency"), msg("sheet.agencyDescription"),
				msg("sheet.contact"), msg("sheet.choose"));
		for (SheetView.SheetAgency a : sheet.agencies()) {
			agencies.row(a.position(), a.name() + "\n" + msg("sheet.licence") + " " + a.licenceNumber(),
					a.description(), a.contact(), "□ " + msg("sheet.chosen"));
		}
		OfficialPdf pdf = documents.portrait(msg("sheet.title"))
			.addressee(msg("sheet.addressee", need.companyName()))
			.hub(hubs.nameOf(hubId))
			.createdOn(LocalDate.ofInstant(sheet.createdAt(), HubTime.ZONE))
			.text(msg("need.title") + "：" + need.title())
			.text(msg("need.jobCategory") + "：" + msg("jobCategory." + need.jobCategory()) + "　"
					+ msg("need.employmentForm") + "：" + msg("employmentForm." + need.employmentForm()))
			.note(msg("sheet.explain"));
		SheetView.Rotation rotation = sheet.rotation();
		pdf.note(rotation == null ? msg("sheet.orderNote") : msg("sheet.orderNote")
				+ msg("sheet.rotation", rotation.start(), rotation.count(), rotation.sheetNumber()));
		return pdf.table(agencies)
			.fillIn(msg("sheet.chosenOnLine"), msg("sheet.chosenByLine"))
			.text(msg("sheet.methodLine"))
			.note(msg("sheet.privacy"))
			.toPdf();
	}

	/** The sheet is a document for the company: always in Japanese. */
	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, Locale.JAPANESE);
	}

	static String fileName(NeedView need, LocalDate day) {
		return "selection-sheet-" + need.id() + "-" + day + ".pdf";
	}

}
