package jp.kyoten.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.Feedback;

/** A user's own page: change password, create and revoke personal API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

	private final Clock clock;

	/** Tokens expire at the end of a day in Japan, where the hubs are. */
	record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword,
			@NotBlank String confirmPassword) {
	}

	record TokenForm(@NotBlank @Size(max = 100) String name,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {
	}

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	private final Feedback feedback;

	private final SecondFactors secondFactors;

	private final SecondFactorPolicy secondFactorPolicy;

	private final UserAccountRepository accountRepository;

	private final Passkeys passkeys;

	ProfileController(UserAccounts accounts, ApiTokens tokens, Feedback feedback, Clock clock,
			SecondFactors secondFactors, SecondFactorPolicy secondFactorPolicy, UserAccountRepository accountRepository,
			Passkeys passkeys) {
		this.passkeys = passkeys;
		this.secondFactors = secondFactors;
		this.secondFactorPolicy = secondFactorPolicy;
		this.accountRepository = accountRepository;
		this.clock = clock;
		this.accounts = accounts;
		this.tokens = tokens;
		this.feedback = feedback;
	}

	@GetMapping
	String profile(@AuthenticationPrincipal KyotenUser user, Model model) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm("", "", ""));
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm("", null));
		}
		model.addAttribute("tokens", tokens.of(user.userId()));
		model.addAttribute("user", user);
		boolean enrolled = secondFactors.enrolled(user.userId());
		model.addAttribute("twoFactor",
				new TwoFactorState(enrolled,
						accountRepository.findById(user.userId()).map(secondFactorPolicy::optionalFor).orElse(true),
						enrolled ? secondFactors.recoveryCodesLeft(user.userId()) : 0));
		model.addAttribute("passkeys", passkeys.of(user));
		return "identity/profile";
	}

	@PostMapping("/passkeys/{id}/remove")
	String removePasskey(@AuthenticationPrincipal KyotenUser user, @PathVariable String id,
			RedirectAttributes redirect) {
		if (passkeys.remove(user, id)) {
			feedback.done(redirect, "passkey.removed");
		}
		else {
			feedback.refuse(redirect, "passkey.notFound");
		}
		return "redirect:/profile";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal KyotenUser user, @Valid @ModelAttribute PasswordForm passwordForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!result.hasErrors() && !passwordForm.newPassword().equals(passwordForm.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		var renewed = feedback.saved(result,
				code -> code.equals("password.currentWrong") ? "currentPassword" : "newPassword",
				() -> accounts.changeOwnPassword(user.userId(), passwordForm.currentPassword(),
						passwordForm.newPassword(), request.getSession().getId()));
		if (renewed.isPresent()) {
			SignedInSession.renew(renewed.get(), request, response);
			feedback.done(redirect, "password.changed");
			return "redirect:/profile";
		}
		model.addAttribute("tokenForm", new TokenForm("", null));
		return profile(user, model);
	}

	@PostMapping("/tokens")
	String createToken(@AuthenticationPrincipal KyotenUser user, @Valid @ModelAttribute TokenForm tokenForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock);
		if (!result.hasErrors() && tokenForm.expiresOn() != null && !tokenForm.expiresOn().isAfter(today)) {
			result.rejectValue("expiresOn", "token.expiresInPast");
		}
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", new PasswordForm("", "", ""));
			return profile(user, model);
		}
		Instant expires = tokenForm.expiresOn() == null ? null
				: tokenForm.expiresOn().plusDays(1).atStartOfDay(HubTime.ZONE).toInstant();
		feedback.obtain(redirect, () -> tokens.issue(user.userId(), tokenForm.name().strip(), expires))
			.ifPresent(issued -> redirect.addFlashAttribute("newToken", issued.token()));
		return "redirect:/profile";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal KyotenUser user, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(user.userId(), id);
		redirect.addFlashAttribute("flash", feedback.say("token.revoked"));
		return "redirect:/profile";
	}

}
