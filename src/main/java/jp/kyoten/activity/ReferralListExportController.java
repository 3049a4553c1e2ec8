package jp.kyoten.activity;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.Roles;
import jp.kyoten.platform.export.Label;
import jp.kyoten.platform.export.ListColumns;
import jp.kyoten.platform.export.ListExports;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * The referrals to other institutions as xlsx or CSV: the list page's fiscal year (this
 * one unless another is asked), status, text and order, every matching referral
 * (docs/adr/242).
 */
@Controller
@PreAuthorize(Roles.EXPORTERS)
class ReferralListExportController {

	static final ListColumns<ReferralView> COLUMNS = ListColumns.<ReferralView>of("referrals", "export.list.referrals")
		.column("referral.referredOn", ReferralView::referredOn)
		.column("consultation.company", ReferralView::companyName)
		.column("referral.institution", ReferralView::institutionName)
		.column("referral.reason", ReferralView::reason)
		.column("referral.consentForm", r -> Label.of("consentForm.", r.consentForm()))
		.column("referral.consentOn", ReferralView::consentOn)
		.column("consultation.followUpOn", ReferralView::followUpOn)
		.column("referral.status", r -> Label.of("referralStatus.", r.status()))
		.column("referral.outcomeNote", ReferralView::outcomeNote)
		.column("export.col.outcomeOn", ReferralView::outcomeOn)
		.column("referral.staff", ReferralView::staffName);

	private final InstitutionReferrals referrals;

	private final ListExports exports;

	private final Clock clock;

	ReferralListExportController(InstitutionReferrals referrals, ListExports exports, Clock clock) {
		this.referrals = referrals;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/referrals/list.{extension}")
	void export(@RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) ReferralStatus status, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, HttpServletResponse response) {
		int year = fiscalYear != null ? fiscalYear : Hubs.fiscalYearOf(LocalDate.now(clock));
		exports.respond(COLUMNS, request, response,
				each -> referrals.export(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), status,
						FormText.trimmed(q), list.request(InstitutionReferrals.SORTING), each));
	}

}
