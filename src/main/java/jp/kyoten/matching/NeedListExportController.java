package jp.kyoten.matching;

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
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The talent needs as xlsx or CSV: the list page's filters, text and order, every
 * matching need (docs/adr/242).
 */
@Controller
@PreAuthorize(Roles.EXPORTERS)
class NeedListExportController {

	static final ListColumns<NeedView> COLUMNS = ListColumns.<NeedView>of("needs", "export.list.needs")
		.column("need.learnedOn", NeedView::learnedOn)
		.column("needs.company", NeedView::companyName)
		.column("need.title", NeedView::title)
		.column("need.jobCategory", n -> Label.of("jobCategory.", n.jobCategory()))
		.column("need.employmentForm", n -> Label.of("employmentForm.", n.employmentForm()))
		.column("need.digital", NeedView::digital)
		.column("need.cxo", NeedView::cxo)
		.column("needs.status", n -> Label.of("needStatus.", n.status()))
		.column("export.col.statusChangedAt", NeedView::statusChangedAt)
		.column("need.referral",
				n -> n.referral().isInstitution() ? n.referralInstitutionName()
						: Label.of("referralSource.", n.referral().source()))
		.column("need.financialReferral", NeedView::financialReferral)
		.column("export.col.consultedOn", NeedView::consultedOn)
		.column("need.followUpOn", NeedView::followUpOn)
		.column("export.col.handOffs", NeedView::handOffs)
		.column("export.col.placements", NeedView::placements)
		.column("need.description", NeedView::description)
		.column("need.conditions", NeedView::conditions);

	private final Needs needs;

	private final ListExports exports;

	NeedListExportController(Needs needs, ListExports exports) {
		this.needs = needs;
		this.exports = exports;
	}

	/** The same parameters as the list page ({@code NeedsController#list}). */
	@GetMapping("/needs/list.{extension}")
	void export(@RequestParam(required = false) NeedStatus status, @RequestParam(required = false) Boolean open,
			@RequestParam(required = false) JobCategory jobCategory,
			@RequestParam(required = false) EmploymentForm employmentForm,
			@RequestParam(required = false) Boolean digital, @RequestParam(required = false) String q, ListParams list,
			HttpServletRequest request, HttpServletResponse response) {
		NeedFilter filter = new NeedFilter(status, open, jobCategory, employmentForm, digital, null, null,
				FormText.trimmed(q));
		exports.respond(COLUMNS, request, response, each -> needs.export(filter, list.request(Needs.SORTING), each));
	}

}
