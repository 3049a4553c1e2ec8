package jp.kyoten.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.ReferencedRecordNotFoundException;

/**
 * The JSON API answers every error as application/problem+json (RFC 9457), its detail in Japanese. Ordered before
 * Spring Boot's own problem-details handler (order 0), which would otherwise answer validation and unreadable-body
 * errors first, in English and without the field errors.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling {

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

	/** A link to a record the hub does not have: 404 like any other, and the field that names it. */
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
			.map(e -> Map.of("field", e.getField(), "message",
					messages.getMessage(e, LocaleContextHolder.getLocale())))
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

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
