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

/**
 * The hand-offs and the placements as xlsx or CSV: each list page's filters, text and
 * order, every matching row (docs/adr/242). The company and need are named as the hub
 * provided them to the agency, as on the pages. Agency users, who see their own hand-offs
 * in the portal, may not export (403).
 */
@Controller
@PreAuthorize(Roles.EXPORTERS)
class HandOffListExportController {

	static final ListColumns<HandOffView> HAND_OFFS = ListColumns.<HandOffView>of("handoffs", "export.list.handOffs")
		.column("handOff.chosenOn", HandOffView::chosenOn)
		.column("needs.company", h -> h.provided() == null ? null : h.provided().companyName())
		.column("need.title", h -> h.provided() == null ? null : h.provided().needTitle())
		.column("handOff.agency", HandOffView::agencyName)
		.column("handOff.chosenBy", HandOffView::chosenBy)
		.column("handOff.method", h -> Label.of("choiceMethod.", h.choiceMethod()))
		.column("handOff.status", h -> Label.of("handOffStatus.", h.status()))
		.column("handOff.changedAt", HandOffView::statusChangedAt)
		.column("export.col.notPlacedReason", HandOffView::notPlacedReason)
		.column("placement.title", h -> h.placementId() == null ? null
				: Label.key(h.placementConfirmed() ? "placement.confirmed" : "placement.unconfirmed"));

	static final ListColumns<PlacementView> PLACEMENTS = ListColumns
		.<PlacementView>of("placements", "export.list.placements")
		.column("placement.contractDate", PlacementView::contractDate)
		.column("needs.company", PlacementView::companyName)
		.column("need.title", PlacementView::needTitle)
		.column("handOff.agency", PlacementView::agencyName)
		.column("need.employmentForm", p -> Label.of("employmentForm.", p.employmentForm()))
		.column("placement.startDate", PlacementView::startDate)
		.column("placement.residenceBefore", p -> place(p.residenceBefore()))
		.column("placement.residenceAfter", p -> place(p.residenceAfter()))
		.column("placement.fee.yen", PlacementView::fee)
		.column("placement.state", p -> Label.key(p.confirmed() ? "placement.confirmed" : "placement.unconfirmed"))
		.column("placement.joined",
				p -> p.joined() == null ? Label.key("placement.joined.unknown")
						: Label.of("placement.joined.", p.joined()))
		.column("placement.joined.date", PlacementView::joinedOn)
		.column("placement.reportedBy",
				p -> Label.key(p.reportedByAgency() ? "placement.byAgency" : "placement.byStaff"));

	private final HandOffs handOffs;

	private final Placements placements;

	private final ListExports exports;

	HandOffListExportController(HandOffs handOffs, Placements placements, ListExports exports) {
		this.handOffs = handOffs;
		this.placements = placements;
		this.exports = exports;
	}

	@GetMapping("/handoffs/list.{extension}")
	void handOffs(@RequestParam(required = false) HandOffStatus status, @RequestParam(required = false) Boolean open,
			@RequestParam(required = false) String q, ListParams list, HttpServletRequest request,
			HttpServletResponse response) {
		exports.respond(HAND_OFFS, request, response,
				each -> handOffs.export(new HandOffFilter(null, null, null, status, open), FormText.trimmed(q),
						list.request(HandOffs.SORTING), each));
	}

	@GetMapping("/placements/list.{extension}")
	void placements(@RequestParam(required = false) Boolean confirmed, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, HttpServletResponse response) {
		exports.respond(PLACEMENTS, request, response,
				each -> placements.export(new PlacementFilter(null, null, confirmed, null, null), FormText.trimmed(q),
						list.request(Placements.SORTING), each));
	}

	/** 熊本県 熊本市: the residence by name. */
	private static String place(Residence residence) {
		return residence == null ? null
				: jp.kyoten.directory.Places.name(residence.prefectureCode(), residence.municipalityCode());
	}

}
