package jp.kyoten.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.audit.AuditTrail;

/**
 * Checks a second-factor code. A wrong one is a bad credential like a wrong password
 * ({@link SignInListener} counts it towards the same lockout); a locked or disabled
 * account is refused whatever the code. A right one completes the sign-in, audited with
 * what it was (the app's code, or a recovery code and how many are left). Not a bean: the
 * sign-in form's password provider stays the application's only global one.
 */
class SecondFactorAuthenticationProvider implements AuthenticationProvider {

	private final UserAccountRepository accounts;

	private final SecondFactors secondFactors;

	private final SecondFactorPolicy policy;

	private final TransactionTemplate tx;

	private final AuditTrail audit;

	SecondFactorAuthenticationProvider(UserAccountRepository accounts, SecondFactors secondFactors,
			SecondFactorPolicy policy, TransactionTemplate tx, AuditTrail audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.policy = policy;
		this.tx = tx;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		SecondFactorToken token = (SecondFactorToken) authentication;
		String email = (String) token.getPrincipal();
		return tx.execute(status -> {
			// locked until the sign-in is recorded: two codes of one account at once are
			// checked one after the other, and the entity writes the counters (ADR 245)
			UserAccount account = accounts.findForUpdateByEmail(email)
				.orElseThrow(() -> new BadCredentialsException("no such account"));
			if (!account.isEnabled()) {
				throw new DisabledException("disabled");
			}
			if (account.isLocked(java.time.Instant.now())) {
				throw new LockedException("locked");
			}
			SecondFactors.Verified verified = secondFactors.verify(account.getId(), (String) token.getCredentials())
				.orElseThrow(() -> new BadCredentialsException("wrong second factor"));
			KyotenUser user = policy.principal(account);
			user.eraseCredentials();
			account.signedIn(java.time.Instant.now());
			audit.signIn(user.userId(), user.email(), user.hubId(), true, verified.auditSummary());
			List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
			authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactorRequirement.TOTP_AUTHORITY));
			// a token that can be built upon (toBuilder), so that the filter adds the
			// password's factor to it
			return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
		});
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return SecondFactorToken.class.isAssignableFrom(authentication);
	}

}
