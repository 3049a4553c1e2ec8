package jp.kyoten.directory;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.Roles;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * 全拠点の企業検索: the system administrator finds which hubs hold a company
 * ({@link CompaniesAcrossHubs}), to answer a hub's question about a company another hub
 * also keeps. The results fragment answers htmx as the hub's own search does.
 */
@Controller
@RequestMapping("/admin/companies")
@PreAuthorize(Roles.SYSTEM_ADMIN)
class AdminCompaniesController {

	/** One order only: kana, as the matches are sorted. */
	private static final ListSorting SORTING = ListSorting.by("name", "id").key("name", "name_kana", "name");

	private final CompaniesAcrossHubs companies;

	private final Hubs hubs;

	AdminCompaniesController(CompaniesAcrossHubs companies, Hubs hubs) {
		this.companies = companies;
		this.hubs = hubs;
	}

	@GetMapping
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) Long hubId, ListParams list,
			HttpServletRequest request, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model) {
		ListRequest asked = new ListParams(list.page(), list.size() == null ? "20" : list.size(), null, null)
			.request(SORTING);
		CompaniesAcrossHubs.Result result = companies.search(q, hubId, asked.page(), asked.size());
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("hubId", hubId);
		model.addAttribute("hubs", hubs.all());
		model.addAttribute("result", result);
		model.addAttribute("list",
				new ListPage<>(result.rows(), result.total(),
						new ListRequest(result.page(), result.size(), asked.sort(), asked.descending()),
						ListParams.baseUrl(request), false));
		return htmx != null && historyRestore == null ? "companies/across-hubs :: rows" : "companies/across-hubs";
	}

}
