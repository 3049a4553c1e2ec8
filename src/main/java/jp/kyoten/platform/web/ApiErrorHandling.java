package jp.kyoten.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.ReferencedRecordNotFoundException;

/**
 * The JSON API answers every error as application/problem+json (RFC 9457), its detail in
 * Japanese. Ordered before Spring Boot's own problem-details handler (order 0), which
 * would otherwise answer validation and unreadable-body errors first, in English and
 * without the field errors.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiErrorHandling.class);

	private final MessageSource messages;

	ApiErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message("api.notFound"));
		problem.setType(URI.create("https://kyoten.jp/problems/not-found"));
		return problem;
	}

	/**
	 * A link to a record the hub does not have: 404 like any other, and the field that
	 * names it.
	 */
	@ExceptionHandler(ReferencedRecordNotFoundException.class)
	ProblemDetail referenceNotFound(ReferencedRecordNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message(ex.messageKey()));
		problem.setType(URI.create("https://kyoten.jp/problems/not-found"));
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail businessRule(BusinessRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				message(ex.messageKey(), ex.arguments()));
		problem.setType(URI.create("https://kyoten.jp/problems/business-rule"));
		problem.setProperty("code", ex.messageKey());
		return problem;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("api.invalid"));
		problem.setType(URI.create("https://kyoten.jp/problems/validation"));
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, LocaleContextHolder.getLocale())))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			IllegalArgumentException.class })
	ProblemDetail unreadable(Exception ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("api.unreadable"));
		problem.setType(URI.create("https://kyoten.jp/problems/bad-request"));
		return problem;
	}

	/** Someone else saved the record in between. */
	@ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	ProblemDetail staleVersion() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("error.optimisticLock"));
		problem.setType(URI.create("https://kyoten.jp/problems/business-rule"));
		return problem;
	}

	/**
	 * A request that is not multipart where a file is expected: unreadable, as any other
	 * malformed body.
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail notMultipart(MultipartException ex) {
		return unreadable(ex);
	}

	/**
	 * Every other error Spring MVC knows the status of (a missing parameter or part, a
	 * wrong method or media type, a constraint on a parameter) keeps its status and gets
	 * a Japanese detail; a refused authorisation stays with the security filters;
	 * anything else is a 500 that says so in Japanese and is logged.
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail other(Exception ex) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		HttpStatusCode status = ex instanceof ErrorResponse response ? response.getStatusCode()
				: ex instanceof jakarta.validation.ConstraintViolationException ? HttpStatus.BAD_REQUEST
						: HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.is5xxServerError()) {
			LOG.error("API request failed", ex);
		}
		String key = switch (status.value()) {
			case 400 -> "api.unreadable";
			case 404 -> "api.notFound";
			case 405 -> "api.methodNotAllowed";
			case 406 -> "api.notAcceptable";
			case 413 -> "api.tooLarge";
			case 415 -> "api.unsupportedMediaType";
			default -> status.is4xxClientError() ? "api.unreadable" : "api.internal";
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(key));
		problem
			.setType(URI.create(status.is5xxServerError() ? "about:blank" : "https://kyoten.jp/problems/bad-request"));
		return problem;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
