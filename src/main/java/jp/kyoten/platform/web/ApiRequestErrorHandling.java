package jp.kyoten.platform.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The API's errors that happen before a controller is chosen (a wrong method or media
 * type, an unknown path), which {@link ApiErrorHandling} cannot see: problem+json with a
 * Japanese detail under {@code /api}; pages keep Spring's own handling.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRequestErrorHandling {

	private final MessageSource messages;

	private final LocaleResolver locales;

	ApiRequestErrorHandling(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class, NoResourceFoundException.class })
	ProblemDetail beforeAController(Exception ex, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex;
		}
		HttpStatusCode status = ((org.springframework.web.ErrorResponse) ex).getStatusCode();
		String key = switch (status.value()) {
			case 405 -> "api.methodNotAllowed";
			case 406 -> "api.notAcceptable";
			case 415 -> "api.unsupportedMediaType";
			default -> "api.notFound";
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key, null, locales.resolveLocale(request)));
		problem.setType(URI.create("https://kyoten.jp/problems/bad-request"));
		return problem;
	}

}
