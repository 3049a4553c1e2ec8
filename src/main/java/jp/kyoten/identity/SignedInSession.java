package jp.kyoten.identity;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Renews the signed-in person in this session (a new password, a second factor enrolled
 * or required), under a new session id. The factors they proved stay, with their issue
 * times, so that the absolute timeout still counts from the sign-in
 * ({@link SessionLifetimeFilter}).
 */
final class SignedInSession {

	private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

	private SignedInSession() {
	}

	static void renew(KyotenUser principal, HttpServletRequest request, HttpServletResponse response,
			GrantedAuthority... newFactors) {
		List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null) {
			current.getAuthorities()
				.stream()
				.filter(FactorGrantedAuthority.class::isInstance)
				.forEach(authorities::add);
		}
		authorities.addAll(List.of(newFactors));
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
		SecurityContextHolder.setContext(context);
		SESSIONS.saveContext(context, request, response);
	}

	/** Whether this session's sign-in proved the second factor. */
	static boolean provedSecondFactor() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return SecondFactorRequirement.provedSecondFactor(current);
	}

}
