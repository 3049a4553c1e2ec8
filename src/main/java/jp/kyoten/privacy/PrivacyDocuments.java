package jp.kyoten.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.pdf.JapaneseDates;
import jp.kyoten.platform.pdf.OfficialPdf;
import jp.kyoten.platform.pdf.PdfDocuments;
import jp.kyoten.platform.pdf.PdfTable;
import jp.kyoten.platform.time.HubTime;

/**
 * The written reports the contract asks for, on the platform's PDF kit and always in
 * Japanese (an official document is Japanese whatever the user's language): the register
 * of handlers (作業従事者名簿, 第4), the incident report (事故報告書, 第17) and the erasure certificate
 * (消去証明書, 第13).
 */
@Component
class PrivacyDocuments {

	private final PdfDocuments documents;

	private final MessageSource messages;

	private final Clock clock;

	PrivacyDocuments(PdfDocuments documents, MessageSource messages, Clock clock) {
		this.documents = documents;
		this.messages = messages;
		this.clock = clock;
	}

	byte[] register(String hubName, String prefectureCode, List<Handler> handlers) {
		PdfTable table = PdfTable
			.withColumns(msg("handler.responsible"), msg("handler.name"), msg("handler.organisation"),
					msg("handler.roleTitle"), msg("handler.dataHandled"), msg("handler.nationality"),
					msg("handler.expertise"), msg("handler.fromDate"), msg("handler.toDate"))
			.whenEmpty(msg("handler.none"));
		for (Handler h : handlers) {
			table.row(h.responsible() ? "○" : "", h.name(), h.organisation(), h.roleTitle(), h.dataHandled(),
					h.nationality(), h.expertise(), h.fromDate(), h.toDate());
		}
		return documents.landscape(msg("handler.document"))
			.addressee(msg("pdf.addressee", Prefectures.name(prefectureCode)))
			.hub(hubName)
			.createdOn(currentDay())
			.stampBoxes(msg("pdf.stamp.staff"), msg("pdf.stamp.approve"))
			.note(msg("handler.document.basis"))
			.table(table)
			.toPdf();
	}

	byte[] incident(String hubName, String prefectureCode, Incident i) {
		PdfTable facts = PdfTable.withColumns(msg("incident.item"), msg("incident.content"));
		facts.row(msg("incident.foundOn"), JapaneseDates.both(i.foundOn()))
			.row(msg("incident.occurredOn"), i.occurredOn() == null ? "" : JapaneseDates.both(i.occurredOn()))
			.row(msg("incident.whatHappened"), i.whatHappened())
			.row(msg("incident.dataKinds"), i.dataKinds())
			.row(msg("incident.recordsCount"), i.recordsCount())
			.row(msg("incident.peopleCount"), i.peopleCount())
			.row(msg("incident.location"), i.location())
			.row(msg("incident.cause"), i.cause())
			.row(msg("incident.measures"), i.measures())
			.row(msg("incident.malicious"), msg(i.malicious() ? "incident.malicious.yes" : "incident.malicious.no"));
		IncidentDeadlines d = i.deadlines();
		PdfTable reports = PdfTable.withColumns(msg("incident.report"), msg("incident.deadline"),
				msg("incident.reportedOn"), msg("incident.reportedTo"));
		reports.row(msg("incident.prelim"),
				msg("incident.deadline.prelim", JapaneseDates.both(d.prelimFrom()), JapaneseDates.both(d.prelimBy())),
				i.prelimReportedOn(), i.prelimReportedTo());
		reports.row(msg("incident.final"), JapaneseDates.both(d.finalBy()), i.finalReportedOn(), i.finalReportedTo());
		return documents.portrait(msg("incident.document"))
			.addressee(msg("pdf.addressee", Prefectures.name(prefectureCode)))
			.hub(hubName)
			.createdOn(currentDay())
			.stampBoxes(msg("pdf.stamp.staff"), msg("pdf.stamp.check"), msg("pdf.stamp.approve"))
			.heading(i.title())
			.note(msg("incident.document.basis"))
			.table(facts)
			.heading(msg("incident.reports"))
			.table(reports)
			.toPdf();
	}

	byte[] certificate(Erasure e, HandBack handBack, List<HandBackExport.Entry> entries) {
		PdfTable counts = PdfTable.withColumns(msg("erasure.table"), msg("erasure.tableName"), msg("erasure.rows"))
			.whenEmpty(msg("erasure.noRows"));
		for (Erasure.Count c : e.counts()) {
			counts.row(c.label(), c.table(), c.rows());
		}
		counts.total(msg("erasure.total"), "", e.totalRows());
		PdfTable sums = PdfTable.withColumns(msg("erasure.entry"), msg("erasure.entryRows"), msg("erasure.sha256"));
		sums.row(handBack.fileName(), null, handBack.zipSha256());
		for (HandBackExport.Entry en : entries) {
			if (en.name().startsWith("tables/")) {
				sums.row(en.name(), en.rows(), en.sha256());
			}
		}
		LocalDate erasedOn = HubTime.dateOf(e.finishedAt());
		return documents.portrait(msg("erasure.document"))
			.addressee(msg("erasure.addressee"))
			.hub(e.hubName())
			.createdOn(currentDay())
			.stampBoxes(msg("pdf.stamp.staff"), msg("pdf.stamp.approve"))
			.text(msg("erasure.statement", e.hubName()))
			.note(msg("erasure.document.basis"))
			.heading(msg("erasure.what"))
			.text(msg("erasure.scope." + e.scope()) + "\n"
					+ msg("erasure.when", JapaneseDates.both(erasedOn), HubTime.dateTime(e.finishedAt())) + "\n"
					+ msg("erasure.by", e.erasedBy()) + "\n" + msg("erasure.files", e.filesErased()))
			.table(counts)
			.heading(msg("erasure.handedBack"))
			.text(msg("erasure.handedBack.text", handBack.id(), HubTime.dateTime(handBack.finishedAt()),
					handBack.confirmedBy(), HubTime.dateTime(handBack.confirmedAt()), handBack.confirmationNote()))
			.table(sums)
			.toPdf();
	}

	private LocalDate currentDay() {
		return LocalDate.now(clock.withZone(HubTime.ZONE));
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, Locale.JAPANESE);
	}

}
