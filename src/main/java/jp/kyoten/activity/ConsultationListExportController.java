package jp.kyoten.activity;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.platform.Roles;
import jp.kyoten.platform.export.Label;
import jp.kyoten.platform.export.ListColumns;
import jp.kyoten.platform.export.ListExports;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * The consultation list as xlsx or CSV ({@code /consultations/list.xlsx}, {@code .csv}):
 * the list page's filters, text and order, every matching consultation (docs/adr/242).
 */
@Controller
@PreAuthorize(Roles.EXPORTERS)
class ConsultationListExportController {

	static final ListColumns<ConsultationView> COLUMNS = ListColumns
		.<ConsultationView>of("consultations", "export.list.consultations")
		.column("consultation.date", ConsultationView::date)
		.column("consultation.company", ConsultationView::companyName)
		.column("consultation.kind",
				c -> Label.key(c.isFollowUp() ? "consultation.kind.followUp" : "consultation.kind.new"))
		.column("consultation.channel", c -> Label.of("channel.", c.channel()))
		.column("consultation.referral",
				c -> c.referral().isInstitution() ? c.referralInstitutionName()
						: Label.of("referralSource.", c.referral().source()))
		.column("consultation.issues", c -> Label.all("issue.", c.issues()))
		.column("consultation.contactName", ConsultationView::contactName)
		.column("consultation.staff", ConsultationView::staffName)
		.column("consultation.summary", ConsultationView::summary)
		.column("consultation.nextAction", ConsultationView::nextAction)
		.column("consultation.followUpOn", ConsultationView::followUpOn)
		.column("consultation.followedUp", ConsultationView::followUpDone);

	private final Consultations consultations;

	private final ListExports exports;

	ConsultationListExportController(Consultations consultations, ListExports exports) {
		this.consultations = consultations;
		this.exports = exports;
	}

	/** The same parameters as the list page ({@code ConsultationsController#list}). */
	@GetMapping("/consultations/list.{extension}")
	void export(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) ManagementIssue issue,
			@RequestParam(required = false) Boolean followUp, @RequestParam(required = false) Long staff,
			@RequestParam(required = false) String q, ListParams list, HttpServletRequest request,
			HttpServletResponse response) {
		ConsultationFilter filter = new ConsultationFilter(from, to, null, staff, channel, issue, followUp);
		exports.respond(COLUMNS, request, response,
				each -> consultations.export(filter, FormText.trimmed(q), list.request(Consultations.SORTING), each));
	}

}
