package jp.kyoten.platform.tenancy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security has authenticated the request and puts the user's hub in
 * scope for the rest of it.
 */
@Component
@Order(0)
class HubScopeFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		HubMember member = auth != null && auth.getPrincipal() instanceof HubMember m ? m : null;
		try (HubScope.Entered scope = member == null ? HubScope.enter(null)
				: HubScope.enter(member.hubId(), member.agencyId())) {
			chain.doFilter(request, response);
		}
	}

}
