package jp.kyoten.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The one gate for control characters in request parameters (query string and form
 * fields, names and values, of every page and API call): such a request is answered 400
 * before any controller runs — problem+json under {@code /api}, the Japanese "bad
 * request" page elsewhere — instead of a NUL reaching PostgreSQL as an invalid byte
 * sequence. JSON bodies are checked by {@link UnsafeTextConfiguration}'s string reader.
 */
class UnsafeTextFilter extends OncePerRequestFilter {

	private final MessageSource messages;

	private final LocaleResolver locales;

	UnsafeTextFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!unsafe(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			String detail = messages.getMessage("api.controlCharacters", null, locales.resolveLocale(request));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"https://kyoten.jp/problems/bad-request\",\"title\":\"Bad Request\",\"status\":400,"
						+ "\"detail\":\"" + detail + "\"}");
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	private static boolean unsafe(HttpServletRequest request) {
		if (ControlCharacters.in(request.getQueryString()) || ControlCharacters.in(request.getRequestURI())) {
			return true;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (ControlCharacters.in(parameter.getKey())) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (ControlCharacters.in(value)) {
					return true;
				}
			}
		}
		return false;
	}

}
