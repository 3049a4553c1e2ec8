package jp.kyoten.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Makes a stored session look as if it had signed in long ago: its factors' issue times
 * are moved back, in the security context kept in PostgreSQL, as any node reads it.
 */
public final class SessionAging {

	private SessionAging() {
	}

	public static <S extends Session> void signedInAgo(FindByIndexNameSessionRepository<S> sessions, String id,
			Duration ago) {
		S session = sessions.findById(id);
		if (session == null) {
			throw new AssertionError("no session " + id);
		}
		String key = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
		SecurityContext context = session.getAttribute(key);
		Authentication auth = context.getAuthentication();
		Instant then = Instant.now().minus(ago);
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (GrantedAuthority a : auth.getAuthorities()) {
			authorities.add(a instanceof FactorGrantedAuthority factor
					? FactorGrantedAuthority.withAuthority(factor.getAuthority()).issuedAt(then).build() : a);
		}
		session.setAttribute(key, new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, authorities)));
		sessions.save(session);
	}

	/**
	 * The session id in a {@code SESSION} cookie's value (Spring Session writes it
	 * base64-encoded).
	 */
	public static String idOf(String cookieValue) {
		return new String(java.util.Base64.getDecoder().decode(cookieValue), java.nio.charset.StandardCharsets.UTF_8);
	}

}
