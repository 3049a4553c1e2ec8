package jp.kyoten.activity;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.platform.Roles;
import jp.kyoten.platform.export.ListColumns;
import jp.kyoten.platform.export.ListExports;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * The visit list as xlsx or CSV: the list page's dates, text and order, every matching
 * visit (docs/adr/242).
 */
@Controller
@PreAuthorize(Roles.EXPORTERS)
class VisitListExportController {

	static final ListColumns<VisitView> COLUMNS = ListColumns.<VisitView>of("visits", "export.list.visits")
		.column("visit.visitedOn", VisitView::visitedOn)
		.column("consultation.company", VisitView::companyName)
		.column("visit.staff", VisitView::staffNames)
		.column("visit.metWith", VisitView::metWith)
		.column("visit.discussed", VisitView::discussed)
		.column("consultation.nextAction", VisitView::nextAction)
		.column("consultation.followUpOn", VisitView::followUpOn)
		.column("consultation.followedUp", VisitView::followUpDone);

	private final Visits visits;

	private final ListExports exports;

	VisitListExportController(Visits visits, ListExports exports) {
		this.visits = visits;
		this.exports = exports;
	}

	@GetMapping("/visits/list.{extension}")
	void export(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String q, ListParams list, HttpServletRequest request,
			HttpServletResponse response) {
		exports.respond(COLUMNS, request, response,
				each -> visits.export(from, to, FormText.trimmed(q), list.request(Visits.SORTING), each));
	}

}
