package jp.kyoten.identity;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.platform.export.Label;
import jp.kyoten.platform.export.ListColumns;
import jp.kyoten.platform.export.ListExports;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.web.FormText;

/**
 * The hub's accounts (アカウント管理) as xlsx or CSV (docs/adr/242), as the page lists them: by
 * name, with role, state, second factor and last sign-in. Under {@code /accounts}, the
 * hub manager's (the security configuration); the export is also refused to whoever may
 * not take personal data out. A hub has tens of accounts: the list the page reads is the
 * list exported.
 */
@Controller
class AccountListExportController {

	/** An account as the list shows it, with whether a second factor is enrolled. */
	record AccountRow(AccountView account, boolean twoFactor) {
	}

	static final ListColumns<AccountRow> COLUMNS = ListColumns.<AccountRow>of("user_account", "export.list.accounts")
		.column("account.displayName", r -> r.account().displayName())
		.column("account.email", r -> r.account().email())
		.column("account.role", r -> Label.of("role.", r.account().role()))
		.column("account.state",
				r -> Label.key(r.account().locked() ? "account.locked"
						: r.account().enabled() ? "account.active" : "account.disabledState"))
		.column("account.twoFactor", AccountRow::twoFactor)
		.column("account.lastSignIn", r -> r.account().lastSignInAt());

	private final UserAccounts accounts;

	private final SecondFactors secondFactors;

	private final ListExports exports;

	AccountListExportController(UserAccounts accounts, SecondFactors secondFactors, ListExports exports) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.exports = exports;
	}

	@GetMapping("/accounts/list.{extension}")
	void export(@AuthenticationPrincipal KyotenUser me, @RequestParam(required = false) String q, ListParams list,
			HttpServletRequest request, HttpServletResponse response) {
		exports.respond(COLUMNS, request, response, each -> {
			Set<Long> enrolled = secondFactors.enrolledIn(me.hubId());
			accounts.eachAsListed(me.hubId(), FormText.trimmed(q), list.request(UserAccounts.SORTING),
					a -> each.accept(new AccountRow(a, enrolled.contains(a.id()))));
		});
	}

}
