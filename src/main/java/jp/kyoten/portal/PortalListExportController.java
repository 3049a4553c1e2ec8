package jp.kyoten.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.platform.export.Label;
import jp.kyoten.platform.export.ListColumns;
import jp.kyoten.platform.export.ListExports;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * The portal's staff lists as xlsx or CSV (docs/adr/242): the consultation-form
 * submissions (相談フォーム) of the status the page shows (新着 when none), newest first, with
 * the sender's data — personal data, so the export is refused to whoever may not take it
 * out and audited — and the self-diagnosis results.
 */
@Controller
@PreAuthorize(PortalRoles.STAFF)
class PortalListExportController {

	static final ListColumns<InquiryView> COLUMNS = ListColumns
		.<InquiryView>of("portal_inquiry", "export.list.inquiries")
		.column("inquiry.receipt", InquiryView::receiptNumber)
		.column("inquiry.receivedAt", InquiryView::receivedAt)
		.column("portal.inquiry.senderKind", i -> Label.of("portal.senderKind.", i.senderKind()))
		.column("portal.inquiry.organisationName", InquiryView::organisationName)
		.column("portal.inquiry.senderName", InquiryView::senderName)
		.column("portal.inquiry.email", InquiryView::email)
		.column("portal.inquiry.phone", InquiryView::phone)
		.column("portal.inquiry.issues", i -> Label.all("issue.", i.issues()))
		.column("portal.inquiry.message", InquiryView::message)
		.column("export.col.inquiryStatus", i -> Label.of("inquiry.status.", i.status()))
		.column("export.col.handledBy", InquiryView::handledBy);

	static final ListColumns<DiagnosisResult> DIAGNOSES = ListColumns
		.<DiagnosisResult>of("diagnosis", "export.list.diagnoses")
		.column("diagnoses.takenAt", DiagnosisResult::takenAt)
		.column("diagnoses.band", DiagnosisResult::bandLabel)
		.column("diagnoses.employees", DiagnosisResult::employees)
		.column("export.col.industry", d -> d.industry() == null ? null : Label.of("company.industry.", d.industry()))
		.column("diagnoses.total", DiagnosisResult::totalScore);

	private final Inquiries inquiries;

	private final Diagnoses diagnoses;

	private final ListExports exports;

	PortalListExportController(Inquiries inquiries, Diagnoses diagnoses, ListExports exports) {
		this.inquiries = inquiries;
		this.diagnoses = diagnoses;
		this.exports = exports;
	}

	/**
	 * The same parameters as the page ({@code TriageController#list}): the status (新着
	 * when none), text and order.
	 */
	@GetMapping("/portal/inquiries/list.{extension}")
	void export(@RequestParam(required = false) InquiryStatus status, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, HttpServletResponse response) {
		InquiryStatus shown = status == null ? InquiryStatus.NEW : status;
		exports.respond(COLUMNS, request, response,
				each -> inquiries.export(shown, FormText.trimmed(q), list.request(Inquiries.SORTING), each));
	}

	/**
	 * The self-diagnosis results (自己診断), newest first as the page lists them: anonymous —
	 * band, size, score.
	 */
	@GetMapping("/portal/diagnoses/list.{extension}")
	void diagnoses(HttpServletRequest request, HttpServletResponse response) {
		exports.respond(DIAGNOSES, request, response, diagnoses::export);
	}

}
