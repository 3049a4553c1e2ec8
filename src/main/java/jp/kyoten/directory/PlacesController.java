package jp.kyoten.directory;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The municipality type-ahead of every form that asks for a place: the options for the
 * text typed so far in the field named {@code field}, within the prefecture chosen in the
 * field named {@code prefectureField}.
 */
@Controller
class PlacesController {

	/** More suggestions than this help nobody choose. */
	static final int MAX_OPTIONS = 20;

	@GetMapping("/places/municipalities")
	String municipalities(@RequestParam String field, @RequestParam(required = false) String prefectureField,
			HttpServletRequest request, Model model) {
		String prefecture = prefectureField == null ? null : request.getParameter(prefectureField);
		model.addAttribute("municipalities",
				Places.search(prefecture, request.getParameter(field)).stream().limit(MAX_OPTIONS).toList());
		return "fragments/places :: options";
	}

}
