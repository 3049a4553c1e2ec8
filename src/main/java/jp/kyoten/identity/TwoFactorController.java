package jp.kyoten.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.QrCode;
import jp.kyoten.platform.web.Feedback;

/**
 * The second factor, from the person's side: the code asked for after the password (its
 * POST is taken by {@link SecondFactorAuthenticationFilter}), enrolling an authenticator
 * app by its QR code with the recovery codes shown once, and removing it where the hub
 * does not require one. The sign-in pages need only the password; the profile's need the
 * whole sign-in.
 */
@Controller
class TwoFactorController {

	/**
	 * The secret drawn for an enrolment, until a code made from it proves the app holds
	 * it.
	 */
	static final String PENDING_SECRET = TwoFactorController.class.getName() + ".pendingSecret";

	private static final String ISSUER = "Kyoten";

	private final SecondFactors secondFactors;

	private final SecondFactorPolicy policy;

	private final UserAccountRepository accounts;

	private final AuditTrail audit;

	private final Feedback feedback;

	private final Passkeys passkeys;

	TwoFactorController(SecondFactors secondFactors, SecondFactorPolicy policy, UserAccountRepository accounts,
			AuditTrail audit, Feedback feedback, Passkeys passkeys) {
		this.passkeys = passkeys;
		this.secondFactors = secondFactors;
		this.policy = policy;
		this.accounts = accounts;
		this.audit = audit;
		this.feedback = feedback;
	}

	/** The code of the app, or a passkey; someone with neither enrols an app first. */
	@GetMapping(SecondFactorAuthenticationFilter.PATH)
	String prompt(@AuthenticationPrincipal KyotenUser user, Model model) {
		boolean hasApp = secondFactors.enrolled(user.userId());
		boolean hasPasskey = passkeys.any(user);
		if (!hasApp && !hasPasskey) {
			return "redirect:" + SecondFactorAuthenticationFilter.PATH + "/setup";
		}
		model.addAttribute("hasApp", hasApp);
		model.addAttribute("hasPasskey", hasPasskey);
		return SignedInSession.provedSecondFactor() ? "redirect:/" : "identity/two-factor";
	}

	@GetMapping(SecondFactorAuthenticationFilter.PATH + "/setup")
	String setup(@AuthenticationPrincipal KyotenUser user, HttpSession session, Model model) {
		if (mayNotEnrol(user)) {
			return "redirect:" + SecondFactorAuthenticationFilter.PATH;
		}
		byte[] secret = Totp.newSecret();
		session.setAttribute(PENDING_SECRET, secret);
		return setupPage(user, secret, model);
	}

	@PostMapping(SecondFactorAuthenticationFilter.PATH + "/setup")
	String enrol(@AuthenticationPrincipal KyotenUser user, @RequestParam(required = false) String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (mayNotEnrol(user)) {
			return "redirect:" + SecondFactorAuthenticationFilter.PATH;
		}
		HttpSession session = request.getSession();
		if (!(session.getAttribute(PENDING_SECRET) instanceof byte[] secret)) {
			return "redirect:" + SecondFactorAuthenticationFilter.PATH + "/setup";
		}
		Optional<List<String>> recoveryCodes = secondFactors.enrol(user.userId(), secret, code);
		if (recoveryCodes.isEmpty()) {
			model.addAttribute("codeError", feedback.say("twoFactor.setup.wrongCode"));
			return setupPage(user, secret, model);
		}
		session.removeAttribute(PENDING_SECRET);
		audit.created("two_factor", user.userId(), "確認コードアプリを登録し、回復コード " + SecondFactors.RECOVERY_CODES + " 件を発行しました");
		// the code just typed proves the app: this session has the second factor from now
		// on
		UserAccount account = accounts.findById(user.userId()).orElseThrow();
		SignedInSession.renew(policy.principal(account), request, response,
				FactorGrantedAuthority.fromAuthority(SecondFactorRequirement.TOTP_AUTHORITY));
		model.addAttribute("recoveryCodes", recoveryCodes.get());
		return "identity/two-factor-recovery-codes";
	}

	@PostMapping("/profile/two-factor/remove")
	String remove(@AuthenticationPrincipal KyotenUser user, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		UserAccount account = accounts.findById(user.userId()).orElseThrow();
		if (!policy.optionalFor(account)) {
			feedback.refuse(redirect, "twoFactor.requiredByHub");
			return "redirect:/profile";
		}
		if (secondFactors.remove(user.userId())) {
			audit.deleted("two_factor", user.userId(), "本人が二要素認証を解除しました");
		}
		SignedInSession.renew(policy.principal(account), request, response);
		feedback.done(redirect, "twoFactor.removed");
		return "redirect:/profile";
	}

	/**
	 * Someone signed in with the password alone must not replace an app already enrolled
	 * (that would let a stolen password take the account): a new app is enrolled only by
	 * someone who has none yet or who proved the old one.
	 */
	private boolean mayNotEnrol(KyotenUser user) {
		return secondFactors.enrolled(user.userId()) && !SignedInSession.provedSecondFactor();
	}

	private String setupPage(KyotenUser user, byte[] secret, Model model) {
		String base32 = Base32.encode(secret);
		model.addAttribute("secret", base32.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("qr", QrCode.of(otpauthUri(user.email(), base32)));
		return "identity/two-factor-setup";
	}

	/**
	 * The Key Uri Format every authenticator app reads:
	 * otpauth://totp/Issuer:account?secret=…&issuer=Issuer.
	 */
	static String otpauthUri(String email, String base32Secret) {
		String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
				+ Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
	}

}
