package jp.kyoten.directory;

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
import jp.kyoten.platform.web.ListParams;

/**
 * The company directory as xlsx or CSV: the list page's search and filters, every company
 * they find (not only up to the count cap the page stops at), in the page's order
 * (docs/adr/242).
 */
@Controller
@PreAuthorize(Roles.EXPORTERS)
class CompanyListExportController {

	static final ListColumns<CompanyRow> COLUMNS = ListColumns.<CompanyRow>of("companies", "export.list.companies")
		.column("company.corporateNumber", CompanyRow::corporateNumber)
		.column("company.name", CompanyRow::name)
		.column("company.nameKana", CompanyRow::nameKana)
		.column("export.col.prefecture", c -> Prefectures.name(c.prefectureCode()))
		.column("company.municipality", c -> Places.municipalityName(c.municipalityCode()))
		.column("company.industry",
				c -> c.industry() == null || c.industry().isBlank() ? null
						: Label.of("company.industry.", c.industry().substring(0, 1)))
		.column("company.employees", CompanyRow::employees)
		.column("company.sizeBand", c -> Label.of("company.sizeBand.", c.sizeBand()))
		.column("company.mainBank", CompanyRow::mainBank)
		.column("company.sme", CompanyRow::sme)
		.column("company.closed", CompanyRow::closed);

	private final CompanySearch search;

	private final ListExports exports;

	CompanyListExportController(CompanySearch search, ListExports exports) {
		this.search = search;
		this.exports = exports;
	}

	/** The same parameters as the list page ({@code CompaniesController#list}). */
	@GetMapping("/companies/list.{extension}")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) String municipalityCode,
			@RequestParam(required = false) String industry, @RequestParam(required = false) SizeBand sizeBand,
			@RequestParam(required = false) Boolean sme, @RequestParam(required = false) String mainBank,
			@RequestParam(required = false) CompanySearch.Status status, ListParams list, HttpServletRequest request,
			HttpServletResponse response) {
		var criteria = new CompanySearch.Criteria(q, municipalityCode, industry, sizeBand, sme, mainBank, status);
		exports.respond(COLUMNS, request, response,
				each -> search.export(criteria, list.request(CompanySearch.SORTING), each));
	}

}
