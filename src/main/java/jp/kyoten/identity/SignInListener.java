package jp.kyoten.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;

import jp.kyoten.audit.AuditTrail;

/**
 * Counts wrong passwords and wrong second-factor codes towards the one lockout and writes
 * sign-ins to the audit log. A form sign-in is audited once per factor; API calls
 * authenticate on every request and are audited only when they fail. The count of
 * failures starts over only when a sign-in is complete: a password alone, where a second
 * factor is needed, must not give a guesser of codes five new tries.
 */
@Component
class SignInListener {

	private final UserAccountRepository accounts;

	private final AuditTrail audit;

	SignInListener(UserAccountRepository accounts, AuditTrail audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String email = String.valueOf(event.getAuthentication().getPrincipal());
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			accounts.recordFailedAttempt(email);
		}
		var account = accounts.findByEmail(email);
		String reason = event.getException().getClass().getSimpleName();
		if (event.getAuthentication() instanceof WebAuthnAuthenticationRequestToken) {
			// the passkey's request names no account before it is verified: nothing to
			// count, only the failure
			audit.signIn(null, null, null, false, "パスキー: " + reason);
			return;
		}
		if (event.getAuthentication() instanceof SecondFactorToken) {
			reason = event instanceof AuthenticationFailureBadCredentialsEvent ? "二要素認証: 確認コードの誤り" : "二要素認証: " + reason;
		}
		audit.signIn(account.map(UserAccount::getId).orElse(null), email,
				account.map(UserAccount::getHubId).orElse(null), false, reason);
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof KyotenUser user && complete(event, user)) {
			accounts.clearFailedAttempts(user.userId());
		}
	}

	@EventListener
	@Transactional
	public void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof KyotenUser user) {
			if (SecondFactorRequirement.hasFactor(event.getAuthentication(), SecondFactorRequirement.TOTP_AUTHORITY)) {
				// the second factor: recorded by its provider, which knows whether it was
				// a recovery code
				return;
			}
			if (SecondFactorRequirement.hasFactor(event.getAuthentication(),
					FactorGrantedAuthority.WEBAUTHN_AUTHORITY)) {
				// a passkey completes the sign-in on its own or after the password
				accounts.recordSuccessfulSignIn(user.userId());
				audit.signIn(user.userId(), user.email(), user.hubId(), true,
						SecondFactorRequirement.hasFactor(event.getAuthentication(),
								FactorGrantedAuthority.PASSWORD_AUTHORITY) ? "二要素認証: パスキー" : "パスキーでログイン");
				return;
			}
			if (user.secondFactorRequired()) {
				audit.signIn(user.userId(), user.email(), user.hubId(), true, "パスワード確認（続けて二要素認証）");
			}
			else {
				accounts.recordSuccessfulSignIn(user.userId());
				audit.signIn(user.userId(), user.email(), user.hubId(), true, null);
			}
		}
	}

	/** Whether the sign-in needs nothing more: no second factor, or this was it. */
	private static boolean complete(AuthenticationSuccessEvent event, KyotenUser user) {
		return !user.secondFactorRequired() || SecondFactorRequirement.provedSecondFactor(event.getAuthentication());
	}

	@EventListener
	@Transactional
	public void onLogout(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof KyotenUser user) {
			audit.signOut(user);
		}
	}

}
