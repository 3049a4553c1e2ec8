package jp.kyoten.identity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer kyt_…} for scripts and integrations. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final UserAccountRepository accounts;

	private final AuthenticationEntryPoint entryPoint;

	ApiTokenAuthenticationFilter(ApiTokens tokens, UserAccountRepository accounts,
			AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var user = tokens.userOf(header.substring(7).trim())
			.flatMap(accounts::findById)
			.map(account -> account.toPrincipal(false))
			.filter(u -> u.isEnabled() && u.isAccountNonLocked());
		if (user.isEmpty()) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
			return;
		}
		KyotenUser principal = user.get();
		principal.eraseCredentials();
		// the token is the call's factor (FACTOR_BEARER): it was issued from a session
		// that passed the second factor
		// where one is required, so the call needs no other (SecondFactorRequirement)
		List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY));
		var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

}
