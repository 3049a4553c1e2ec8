package jp.kyoten.platform.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jp.kyoten.platform.RecordNotFoundException;

/**
 * Pages: a record that is missing or belongs to another hub shows the same 404 page; a
 * form that should carry a file but is not multipart at all a 400. An address that is no
 * page ({@code /consultations/abc}, {@code /no-such-page}) is a 404 page too, and a query
 * a page cannot read ({@code ?fiscalYear=abc}) a Japanese 400 page — a browser never gets
 * Spring's English problem JSON. Under {@code /api/} the same cases answer problem+json
 * with a Japanese detail. Ordered after {@link ApiErrorHandling} and before Spring Boot's
 * problem-details handler (order 0), which would otherwise answer first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WebErrorHandling {

	private final MessageSource messages;

	WebErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/**
	 * A form that should carry a file but is not multipart at all (a robot, a broken
	 * client).
	 */
	@ExceptionHandler(MultipartException.class)
	Object notMultipart(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "api.unreadable", "bad-request");
	}

	/**
	 * Static files have their own paths, so an unknown address is "no handler", not "no
	 * resource".
	 */
	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object noSuchPage(HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "api.notFound", "not-found");
	}

	/**
	 * A path variable that cannot be read names no record (404); a query parameter is a
	 * bad request (400).
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object unreadableArgument(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		boolean pathVariable = ex.getParameter()
			.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
		return pathVariable ? answer(request, HttpStatus.NOT_FOUND, "api.notFound", "not-found")
				: answer(request, HttpStatus.BAD_REQUEST, "api.unreadable", "bad-request");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "api.unreadable", "bad-request");
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String detailKey, String type) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					messages.getMessage(detailKey, null, detailKey, LocaleContextHolder.getLocale()));
			problem.setType(URI.create("https://kyoten.jp/problems/" + type));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404" : "error/400");
		page.setStatus(status);
		return page;
	}

}
