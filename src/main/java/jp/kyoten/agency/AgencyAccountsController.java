package jp.kyoten.agency;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.FormText;

/**
 * The hub manager issues accounts to people at a registered agency; such an account sees only the hand-offs made to
 * that agency. Accounts are disabled or reset on the hub's account page like any other.
 */
@Controller
@RequestMapping("/agencies/{id}/accounts")
@PreAuthorize("hasRole('HUB_MANAGER')")
class AgencyAccountsController {

	private final Agencies agencies;

	private final UserAccounts accounts;

	private final MessageSource messages;

	AgencyAccountsController(Agencies agencies, UserAccounts accounts, MessageSource messages) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.messages = messages;
	}

	@PostMapping
	String issue(@PathVariable long id, @RequestParam String email, @RequestParam String displayName,
			@RequestParam String password, RedirectAttributes redirect) {
		AgencyView agency = agencies.get(id);
		String mail = FormText.trimmed(email);
		String name = FormText.trimmed(displayName);
		try {
			if (!agency.registered()) {
				throw new BusinessRuleException("agency.account.notRegistered");
			}
			if (mail == null || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || name == null || name.length() > 100) {
				throw new BusinessRuleException("agency.account.invalid");
			}
			accounts.createAgencyUser(HubScope.require(), id, mail, name, password);
			redirect.addFlashAttribute("flash", message("agency.account.issued", mail));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", message(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/agencies/" + id + "#accounts";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
