package jp.kyoten.agency;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.web.FormText;

/**
 * The hub manager issues accounts to people at a registered agency; such an account sees
 * only the hand-offs made to that agency. Accounts are disabled or reset on the hub's
 * account page like any other.
 */
@Controller
@RequestMapping("/agencies/{id}/accounts")
@PreAuthorize("hasRole('HUB_MANAGER')")
class AgencyAccountsController {

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final Feedback feedback;

	AgencyAccountsController(Agencies agencies, UserAccounts accounts, Feedback feedback) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.feedback = feedback;
	}

	@PostMapping
	String issue(@PathVariable long id, @RequestParam String email, @RequestParam String displayName,
			@RequestParam String password, RedirectAttributes redirect) {
		AgencyView agency = agencies.get(id);
		String mail = FormText.trimmed(email);
		String name = FormText.trimmed(displayName);
		if (!agency.registered()) {
			feedback.refuse(redirect, "agency.account.notRegistered");
		}
		else if (mail == null || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || name == null || name.length() > 100) {
			feedback.refuse(redirect, "agency.account.invalid");
		}
		else if (feedback.accepted(redirect,
				() -> accounts.createAgencyUser(HubScope.require(), id, mail, name, password))) {
			feedback.done(redirect, "agency.account.issued", mail);
		}
		return "redirect:/agencies/" + id + "#accounts";
	}

}
