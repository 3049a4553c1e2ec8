package jp.kyoten.directory;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.kyoten.platform.Roles;

/** The directory across hubs for the system administrator, as JSON. */
@RestController
@RequestMapping("/api/v1/admin/companies")
@PreAuthorize(Roles.SYSTEM_ADMIN)
@Tag(name = "admin-companies", description = "全拠点の企業検索 — which hubs keep a company (system administrator)")
class AdminCompaniesApiController {

	/**
	 * A page of companies across hubs; {@code tooMany} when more than {@code cap} match,
	 * and then no rows.
	 */
	record AcrossHubsPage(List<CompaniesAcrossHubs.Found> companies, int page, int size, int total, boolean tooMany,
			int cap) {
	}

	private static final int MAX_SIZE = 100;

	private final CompaniesAcrossHubs companies;

	AdminCompaniesApiController(CompaniesAcrossHubs companies) {
		this.companies = companies;
	}

	@GetMapping
	@Operation(summary = "Search every hub's companies",
			description = "q: name or kana fragment, or 4+ digits of a corporate number (required; blank finds none). "
					+ "hubId: one hub only. Registry columns only. More than cap matches answer tooMany and no rows.")
	AcrossHubsPage search(@RequestParam(required = false) String q, @RequestParam(required = false) Long hubId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		var result = companies.search(q, hubId, Math.max(page, 0), Math.max(1, Math.min(size, MAX_SIZE)));
		return new AcrossHubsPage(result.rows(), result.page(), result.size(), result.total(), result.tooMany(),
				result.cap());
	}

}
