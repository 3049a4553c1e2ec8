package jp.kyoten.institution;

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
 * The support institutions as xlsx or CSV: the list page's filters and order, every match
 * (docs/adr/242).
 */
@Controller
@PreAuthorize(Roles.EXPORTERS)
class InstitutionListExportController {

	static final ListColumns<InstitutionView> COLUMNS = ListColumns
		.<InstitutionView>of("institutions", "export.list.institutions")
		.column("institution.kind", i -> Label.of("institutionKind.", i.kind()))
		.column("institution.name", InstitutionView::name)
		.column("institution.branch", InstitutionView::branch)
		.column("institution.nameKana", InstitutionView::nameKana)
		.column("institution.postalCode", InstitutionView::postalCode)
		.column("institution.address", InstitutionView::address)
		.column("institution.phone", InstitutionView::phone)
		.column("institution.url", InstitutionView::url)
		.column("institution.state", i -> Label.key(i.active() ? "institution.active" : "institution.inactive"))
		.column("institution.notes", InstitutionView::notes);

	private final Institutions institutions;

	private final ListExports exports;

	InstitutionListExportController(Institutions institutions, ListExports exports) {
		this.institutions = institutions;
		this.exports = exports;
	}

	@GetMapping("/institutions/list.{extension}")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) InstitutionKind kind,
			@RequestParam(defaultValue = "false") boolean financial,
			@RequestParam(defaultValue = "false") boolean inactive, ListParams list, HttpServletRequest request,
			HttpServletResponse response) {
		var filter = new Institutions.Filter(FormText.trimmed(q), kind, financial, inactive);
		exports.respond(COLUMNS, request, response,
				each -> institutions.export(filter, list.request(Institutions.SORTING), each));
	}

}
