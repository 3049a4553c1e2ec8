package jp.kyoten.portal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders a Thymeleaf view into a string instead of the response, so that a public page
 * that is the same for every visitor (no user, no CSRF token) can be rendered once and
 * served from memory ({@link HubPages}).
 */
@Component
class RenderedPage {

	private final ViewResolver views;

	RenderedPage(@org.springframework.beans.factory.annotation.Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.views = views;
	}

	String render(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View view = views.resolveViewName(viewName, locale);
			if (view == null) {
				throw new IllegalStateException("no view " + viewName);
			}
			Capture capture = new Capture(response);
			view.render(model, request, capture);
			capture.getWriter().flush();
			return capture.text.toString();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("rendering " + viewName, ex);
		}
	}

	/** The response as the view sees it: headers go nowhere, the body into a string. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter(16_384);

		private final PrintWriter writer = new PrintWriter(text);

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			// Thymeleaf writes through getWriter(); a view asking for a byte stream would
			// be a programming error
			throw new IllegalStateException("a rendered page is written as text, never as bytes");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setHeader(String name, String value) {
		}

		@Override
		public void addHeader(String name, String value) {
		}

		@Override
		public void setLocale(Locale loc) {
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

	}

}
