package jp.kyoten.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;
import jp.kyoten.platform.web.Feedback;

/** The hub manager manages the accounts of their own hub. */
@Controller
@RequestMapping("/accounts")
class AccountsController {

	record AccountForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 100) String displayName,
			@NotNull Role role, String password) {
	}

	private final UserAccounts accounts;

	private final Feedback feedback;

	private final AuditTrail audit;

	private final SecondFactors secondFactors;

	private final SecondFactorAdministration secondFactorAdministration;

	private final Hubs hubs;

	AccountsController(UserAccounts accounts, Feedback feedback, AuditTrail audit, SecondFactors secondFactors,
			SecondFactorAdministration secondFactorAdministration, Hubs hubs) {
		this.accounts = accounts;
		this.feedback = feedback;
		this.audit = audit;
		this.secondFactors = secondFactors;
		this.secondFactorAdministration = secondFactorAdministration;
		this.hubs = hubs;
	}

	@ModelAttribute("roles")
	java.util.Set<Role> roles() {
		return Role.assignableByHubManager();
	}

	@GetMapping
	String list(@AuthenticationPrincipal KyotenUser me, @RequestParam(required = false) String q, ListParams list,
			HttpServletRequest request, Model model) {
		String text = FormText.trimmed(q);
		model.addAttribute("q", text);
		model.addAttribute("accounts",
				accounts.page(me.hubId(), text, list.request(UserAccounts.SORTING), ListParams.baseUrl(request)));
		model.addAttribute("twoFactorEnrolled", secondFactors.enrolledIn(me.hubId()));
		model.addAttribute("twoFactorRequired", hubs.twoFactorRequired(me.hubId()));
		return "identity/accounts";
	}

	/**
	 * The hub's requirement of a second factor. Turned on, it holds at once: the manager
	 * is asked to enrol on the next page, and everyone else it concerns who has none is
	 * signed out to enrol at their next sign-in.
	 */
	@PostMapping("/two-factor")
	String requireTwoFactor(@AuthenticationPrincipal KyotenUser me, @RequestParam boolean required,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		SignedInSession.renew(secondFactorAdministration.requireForHub(me.hubId(), required, me.userId()), request,
				response);
		feedback.done(redirect, required ? "accounts.twoFactor.required" : "accounts.twoFactor.optional");
		return "redirect:/accounts";
	}

	/**
	 * A lost phone: the person's app and recovery codes go, their sessions end, and they
	 * enrol again.
	 */
	@PostMapping("/{id}/two-factor/reset")
	String resetTwoFactor(@AuthenticationPrincipal KyotenUser me, @PathVariable long id, RedirectAttributes redirect) {
		if (id == me.userId()) {
			feedback.refuse(redirect, "account.twoFactor.notOwn");
		}
		else {
			secondFactorAdministration.resetInHub(me.hubId(), id);
			feedback.done(redirect, "account.twoFactor.reset");
		}
		return "redirect:/accounts/" + id;
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("accountForm", new AccountForm("", "", Role.COORDINATOR, ""));
		model.addAttribute("editing", false);
		return "identity/account-form";
	}

	@PostMapping
	String create(@AuthenticationPrincipal KyotenUser me, @Valid @ModelAttribute AccountForm accountForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (accountForm.role() != null && !Role.assignableByHubManager().contains(accountForm.role())) {
			result.rejectValue("role", "account.role.notAllowed");
		}
		// a password rule's refusal belongs to the password, the taken address to the
		// e-mail field
		if (feedback.accepted(result,
				code -> code.startsWith("password") ? "password" : Feedback.field("email").apply(code),
				() -> accounts.create(me.hubId(), accountForm.email(), accountForm.displayName().strip(),
						accountForm.role(), accountForm.password()))) {
			feedback.done(redirect, "account.created", accountForm.email());
			return "redirect:/accounts";
		}
		model.addAttribute("editing", false);
		return "identity/account-form";
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal KyotenUser me, @PathVariable long id, Model model) {
		UserAccount account = accounts.inHub(me.hubId(), id);
		audit.viewed("user", id, account.getEmail());
		model.addAttribute("account", AccountView.of(account));
		model.addAttribute("twoFactorEnrolled", secondFactors.enrolled(id));
		model.addAttribute("accountForm",
				new AccountForm(account.getEmail(), account.getDisplayName(), account.getRole(), ""));
		model.addAttribute("editing", true);
		return "identity/account-form";
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal KyotenUser me, @PathVariable long id,
			@Valid @ModelAttribute AccountForm accountForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserAccount account = accounts.inHub(me.hubId(), id);
		// an agency user stays one (and acts for its agency); no other account becomes
		// one here
		boolean keepsAgencyRole = account.getRole() == Role.AGENCY_USER && accountForm.role() == Role.AGENCY_USER;
		if (accountForm.role() != null && !keepsAgencyRole
				&& !Role.assignableByHubManager().contains(accountForm.role())) {
			result.rejectValue("role", "account.role.notAllowed");
		}
		if (result.hasFieldErrors("displayName") || result.hasFieldErrors("role")) {
			model.addAttribute("account", AccountView.of(account));
			model.addAttribute("twoFactorEnrolled", secondFactors.enrolled(id));
			model.addAttribute("editing", true);
			return "identity/account-form";
		}
		accounts.update(me.hubId(), id, accountForm.displayName().strip(), accountForm.role());
		feedback.done(redirect, "account.updated");
		return "redirect:/accounts";
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@AuthenticationPrincipal KyotenUser me, @PathVariable long id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/accounts", enabled ? "account.enabled" : "account.disabled",
				() -> accounts.setEnabled(me.hubId(), id, enabled, me.userId()));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@AuthenticationPrincipal KyotenUser me, @PathVariable long id, RedirectAttributes redirect) {
		accounts.unlock(me.hubId(), id);
		feedback.done(redirect, "account.unlocked");
		return "redirect:/accounts";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal KyotenUser me, @PathVariable long id, @RequestParam String password,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/accounts/" + id, "account.passwordReset",
				() -> accounts.resetPassword(me.hubId(), id, password));
	}

}
