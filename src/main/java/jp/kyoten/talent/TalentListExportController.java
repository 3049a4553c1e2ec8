package jp.kyoten.talent;

import java.util.List;

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
import jp.kyoten.platform.web.ListParams;

/**
 * The staff's talent list as xlsx or CSV: the list page's skills, kind, region and order,
 * every match, with the columns the page shows (docs/adr/242). A foreign talent's
 * sensitive fields are never in it; the anonymised list for the bureau stays
 * {@code /talent/export.csv} ({@link TalentExportsController}).
 */
@Controller
@PreAuthorize(Roles.EXPORTERS)
class TalentListExportController {

	static final ListColumns<TalentProfiles.Row> COLUMNS = ListColumns.<TalentProfiles.Row>of("talent",
			"export.list.talent")
		.column("talent.code", TalentProfiles.Row::code)
		.column("talent.name", TalentProfiles.Row::name)
		.column("talent.kind", t -> Label.of("talentKind.", t.kind()))
		.column("talent.prefecture", TalentProfiles.Row::prefectureName)
		.column("talent.skills", t -> String.join("、", t.skills()))
		.column("talent.status", t -> Label.of("talentStatus.", t.status()))
		.column("export.col.sharesAnonymised", TalentProfiles.Row::sharesAnonymised);

	private final TalentProfiles profiles;

	private final ListExports exports;

	TalentListExportController(TalentProfiles profiles, ListExports exports) {
		this.profiles = profiles;
		this.exports = exports;
	}

	@GetMapping("/talent/list.{extension}")
	void export(@RequestParam(required = false) List<Long> skill, @RequestParam(required = false) TalentKind kind,
			@RequestParam(required = false) String prefecture, ListParams list, HttpServletRequest request,
			HttpServletResponse response) {
		var filter = new TalentProfiles.Filter(skill, kind, prefecture);
		exports.respond(COLUMNS, request, response,
				each -> profiles.export(filter, list.request(TalentProfiles.SORTING), each));
	}

}
