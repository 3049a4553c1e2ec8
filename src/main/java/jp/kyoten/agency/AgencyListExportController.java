package jp.kyoten.agency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.Roles;
import jp.kyoten.platform.export.Label;
import jp.kyoten.platform.export.ListColumns;
import jp.kyoten.platform.export.ListExports;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The recruitment agencies as xlsx or CSV: the list page's filters, text and order, every
 * match (docs/adr/242).
 */
@Controller
@PreAuthorize(Roles.EXPORTERS)
class AgencyListExportController {

	static final ListColumns<AgencyView> COLUMNS = ListColumns.<AgencyView>of("agencies", "export.list.agencies")
		.column("agency.name", AgencyView::name)
		.column("agency.nameKana", AgencyView::nameKana)
		.column("agency.corporateNumber", AgencyView::corporateNumber)
		.column("agency.licenceNumber", AgencyView::licenceNumber)
		.column("agency.status", a -> Label.of("agencyStatus.", a.status()))
		.column("export.col.statusChangedAt", AgencyView::statusChangedAt)
		.column("agency.agreementDate", AgencyView::agreementDate)
		.column("agency.agreementEnd", AgencyView::agreementEnd)
		.column("agency.employmentForms", a -> Label.all("employmentForm.", a.employmentForms()))
		.column("agency.jobCategories", a -> Label.all("jobCategory.", a.jobCategories()))
		.column("agency.industries", a -> Label.all("company.industry.", a.industries()))
		.column("agency.region",
				a -> a.prefectureCodes().isEmpty() ? Label.key("agency.regions.nationwide")
						: String.join("、", a.prefectureCodes().stream().map(Prefectures::name).toList()))
		.column("agency.description", AgencyView::description)
		.column("agency.phone", AgencyView::phone)
		.column("agency.email", AgencyView::email)
		.column("agency.address", AgencyView::address)
		.column("agency.website", AgencyView::website)
		.column("agency.notes", AgencyView::notes);

	private final Agencies agencies;

	private final ListExports exports;

	AgencyListExportController(Agencies agencies, ListExports exports) {
		this.agencies = agencies;
		this.exports = exports;
	}

	/** The same parameters as the list page ({@code AgenciesController#list}). */
	@GetMapping("/agencies/list.{extension}")
	void export(@RequestParam(required = false) AgencyStatus status,
			@RequestParam(required = false) EmploymentForm employmentForm,
			@RequestParam(required = false) JobCategory jobCategory, @RequestParam(required = false) String prefecture,
			@RequestParam(required = false) String q, ListParams list, HttpServletRequest request,
			HttpServletResponse response) {
		var filter = new Agencies.Filter(status, employmentForm, jobCategory,
				Prefectures.isValid(prefecture) ? prefecture : null);
		exports.respond(COLUMNS, request, response,
				each -> agencies.export(filter, FormText.trimmed(q), list.request(Agencies.SORTING), each));
	}

}
