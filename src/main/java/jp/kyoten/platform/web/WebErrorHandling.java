package jp.kyoten.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;

import jp.kyoten.platform.RecordNotFoundException;

/** Pages: a record that is missing or belongs to another hub shows the same 404 page; a malformed upload a 400. */
@ControllerAdvice(annotations = Controller.class)
class WebErrorHandling {

	@ExceptionHandler(RecordNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		return "error/404";
	}

	/** A form that should carry a file but is not multipart at all (a robot, a broken client). */
	@ExceptionHandler(MultipartException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String notMultipart() {
		return "error/400";
	}

}
