package jp.kyoten.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;

/**
 * Counts wrong passwords towards the lockout and writes sign-ins to the audit log. A form sign-in is audited once;
 * API calls authenticate on every request and are audited only when they fail.
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
			accounts.recordFailedAttempt(email, UserAccount.MAX_FAILED_ATTEMPTS,
					(int) UserAccount.LOCKOUT.toMinutes());
		}
		var account = accounts.findByEmail(email);
		audit.signIn(account.map(UserAccount::getId).orElse(null), email,
				account.map(UserAccount::getHubId).orElse(null), false,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof KyotenUser user) {
			accounts.clearFailedAttempts(user.userId());
		}
	}

	@EventListener
	@Transactional
	public void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof KyotenUser user) {
			accounts.recordSuccessfulSignIn(user.userId());
			audit.signIn(user.userId(), user.email(), user.hubId(), true, null);
		}
	}

	@EventListener
	@Transactional
	public void onLogout(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof KyotenUser user) {
			audit.signOut(user);
		}
	}

}
