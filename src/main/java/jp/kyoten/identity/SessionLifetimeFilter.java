package jp.kyoten.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session timeout: a session signed in longer ago than
 * {@code kyoten.sessions.absolute-timeout} is ended on its next request, however active
 * it has been. The sign-in time is the issue time of the first factor (Spring Security's
 * {@link FactorGrantedAuthority}), which lives in the security context in the PostgreSQL
 * session: every node reads the same one, so the limit holds whichever node serves the
 * request. No extra query.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final SessionSettings settings;

	private final Clock clock;

	SessionLifetimeFilter(SessionSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Optional<Instant> signedIn = signedInAt(auth);
		if (signedIn.isPresent() && !signedIn.get().plus(settings.absoluteTimeout()).isAfter(clock.instant())) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SignInPages.sendToSignIn(request, response, "expired");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * When the authentication's first factor was given; empty for one without factors
	 * (none signed in).
	 */
	static Optional<Instant> signedInAt(Authentication auth) {
		if (auth == null) {
			return Optional.empty();
		}
		return auth.getAuthorities()
			.stream()
			.filter(FactorGrantedAuthority.class::isInstance)
			.map(a -> ((FactorGrantedAuthority) a).getIssuedAt())
			.min(Instant::compareTo);
	}

}
