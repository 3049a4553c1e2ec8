package jp.kyoten.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The one place that sends a person to a sign-in page: with a session ended or expired,
 * with no session, or with a factor missing. A page request is redirected (302); an htmx
 * request is answered 401 with {@code HX-Redirect}, since htmx follows a 302 itself and
 * would swap the sign-in page into a table row.
 */
final class SignInPages {

	static final String HTMX_REDIRECT = "HX-Redirect";

	private SignInPages() {
	}

	/** To {@code /login?reason} (ended, expired). */
	static void sendToSignIn(HttpServletRequest request, HttpServletResponse response, String reason)
			throws IOException {
		sendTo(request, response, request.getContextPath() + "/login?" + reason);
	}

	static void sendTo(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
		if (isHtmx(request)) {
			response.setHeader(HTMX_REDIRECT, target);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		}
		else {
			response.sendRedirect(target);
		}
	}

	/**
	 * Spring Security's entry point to a sign-in page (the password's, the second
	 * factor's), which saves the request for after the sign-in as before; an htmx request
	 * is told where to go instead of redirected.
	 */
	static AuthenticationEntryPoint entryPoint(String path) {
		LoginUrlAuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint(path);
		return (request, response, exception) -> {
			if (isHtmx(request)) {
				sendTo(request, response, request.getContextPath() + path);
			}
			else {
				pages.commence(request, response, exception);
			}
		};
	}

	private static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

}
