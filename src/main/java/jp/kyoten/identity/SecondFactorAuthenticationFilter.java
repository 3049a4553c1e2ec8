package jp.kyoten.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Takes the second factor: {@code POST /login/two-factor} with the code, from a person
 * signed in with their password. On success Spring Security's multi-factor support adds
 * the new factor to the password's (the authorities of both stay, with their issue
 * times), the session id changes and the person goes on to the page they asked for. A
 * wrong code stays on the form; a locked account is signed out.
 */
class SecondFactorAuthenticationFilter extends AbstractAuthenticationProcessingFilter {

	static final String PATH = "/login/two-factor";

	SecondFactorAuthenticationFilter(AuthenticationManager manager) {
		super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH), manager);
		setSecurityContextRepository(new HttpSessionSecurityContextRepository());
		setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
		setAuthenticationSuccessHandler(new SavedRequestAwareAuthenticationSuccessHandler());
		setAuthenticationFailureHandler(failureHandler());
	}

	@Override
	public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !current.isAuthenticated() || !(current.getPrincipal() instanceof KyotenUser user)) {
			throw new AuthenticationCredentialsNotFoundException("sign in with the password first");
		}
		return getAuthenticationManager()
			.authenticate(SecondFactorToken.unauthenticated(user.email(), request.getParameter("code")));
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			if (exception instanceof LockedException || exception instanceof DisabledException
					|| exception instanceof AuthenticationCredentialsNotFoundException) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/login?error");
			}
			else {
				response.sendRedirect(request.getContextPath() + PATH + "?error");
			}
		};
	}

}
