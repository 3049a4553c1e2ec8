package jp.kyoten.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authorisation on every request includes the account itself: a session whose account has
 * since been disabled, or whose access version is older than the account's (new role, new
 * password), is ended on its very next request and the person is sent to the sign-in
 * page. The account's current version comes with the session's own read
 * ({@link AccessVersionInSessionRead}), so a page request costs no query of its own; only
 * a request whose session does not carry it (an account not found under the session's
 * name, a disabled one, a principal put in place without a stored session) reads the
 * account by its key. The API authenticates every call afresh and needs no such check.
 */
class SessionAccessFilter extends OncePerRequestFilter {

	private final JdbcClient jdbc;

	SessionAccessFilter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof KyotenUser user && !stillGranted(user, request)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SignInPages.sendToSignIn(request, response, "ended");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean stillGranted(KyotenUser user, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(AccessVersionInSessionRead.ATTRIBUTE) instanceof Long folded
				&& folded >>> 32 == user.userId()) {
			return user.grantedBy((int) (folded & 0xFFFF_FFFFL));
		}
		Optional<Integer> version = jdbc.sql("SELECT access_version FROM user_account WHERE id = ? AND enabled")
			.param(user.userId())
			.query(Integer.class)
			.optional();
		return version.isPresent() && user.grantedBy(version.get());
	}

}
