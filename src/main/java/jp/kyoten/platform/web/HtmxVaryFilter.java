package jp.kyoten.platform.web;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any page may answer a fragment when {@code HX-Request} is set and the full page when it
 * is not (STYLE.md), so every response says that it varies by that header: a browser or
 * proxy must not serve a cached fragment as the page after "back" or a reload. Set here
 * once instead of in each controller that answers both ways.
 */
@Component
class HtmxVaryFilter extends OncePerRequestFilter {

	static final String HX_REQUEST = "HX-Request";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.addHeader("Vary", HX_REQUEST);
		chain.doFilter(request, response);
	}

}
