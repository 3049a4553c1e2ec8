package jp.kyoten.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sends a person whose session has ended to the sign-in page, saying why; an htmx request is told to go there. */
final class SignInPages {

	private SignInPages() {
	}

	static void sendToSignIn(HttpServletRequest request, HttpServletResponse response, String reason)
			throws IOException {
		String target = request.getContextPath() + "/login?" + reason;
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		}
		else {
			response.sendRedirect(target);
		}
	}

}
