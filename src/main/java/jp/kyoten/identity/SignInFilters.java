package jp.kyoten.identity;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.audit.AuditTrail;

/**
 * The pages' chain's own filters for the second factor and the session's lifetime, made
 * from the beans they need. Neither the filters nor the second factor's provider are
 * beans: a filter bean would run once more for every request as a servlet filter, and a
 * provider bean would replace the password's as the application's authentication.
 */
@Component
class SignInFilters {

	private final SecondFactorAuthenticationProvider provider;

	private final AuthenticationEventPublisher authenticationEvents;

	private final ApplicationEventPublisher events;

	private final SessionSettings sessions;

	private final Clock clock;

	private final PasskeyAuthenticationProvider passkeys;

	SignInFilters(UserAccountRepository accounts, SecondFactors secondFactors, SecondFactorPolicy policy,
			PlatformTransactionManager transactions, ObjectProvider<AuthenticationEventPublisher> authenticationEvents,
			ApplicationEventPublisher events, SessionSettings sessions, Clock clock, AuditTrail audit,
			WebAuthnRelyingPartyOperations relyingParty, KyotenUserDetailsService users) {
		this.passkeys = new PasskeyAuthenticationProvider(relyingParty, users);
		this.provider = new SecondFactorAuthenticationProvider(accounts, secondFactors, policy,
				new TransactionTemplate(transactions), audit);
		// the one the password's sign-in publishes through (Spring Boot's), so that
		// SignInListener hears both
		this.authenticationEvents = authenticationEvents
			.getIfAvailable(() -> new DefaultAuthenticationEventPublisher(events));
		this.events = events;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Takes the second factor's code. Its failures are published like the password's (for
	 * the lockout), its success like a sign-in (for the audit log).
	 */
	SecondFactorAuthenticationFilter secondFactor() {
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(authenticationEvents);
		SecondFactorAuthenticationFilter filter = new SecondFactorAuthenticationFilter(manager);
		filter.setApplicationEventPublisher(events);
		// what @EnableMultiFactorAuthentication does for the sign-in filters that are
		// beans or built by the DSL
		filter.setMfaEnabled(true);
		return filter;
	}

	/**
	 * Makes Spring Security's passkey sign-in filter (built by {@code http.webAuthn(..)})
	 * sign in a {@link KyotenUser}, publish its outcome like the password's (lockout,
	 * audit), keep the context in the session under a new session id, and add its factor
	 * to a password already given (the second factor).
	 */
	<O extends WebAuthnAuthenticationFilter> O passkeySignIn(O filter) {
		ProviderManager manager = new ProviderManager(passkeys);
		manager.setAuthenticationEventPublisher(authenticationEvents);
		filter.setAuthenticationManager(manager);
		filter.setApplicationEventPublisher(events);
		filter.setSecurityContextRepository(new HttpSessionSecurityContextRepository());
		filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
		filter.setMfaEnabled(true);
		return filter;
	}

	SessionLifetimeFilter lifetime() {
		return new SessionLifetimeFilter(sessions, clock);
	}

}
